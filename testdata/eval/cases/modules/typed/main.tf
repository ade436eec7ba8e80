variable "settings" {
  type = object({
    name    = string
    port    = optional(number, 6379)
    enabled = optional(bool, true)
    extra   = optional(map(string), {})
  })
}

variable "items" {
  type    = set(string)
  default = []
}

variable "required_nonnull" {
  type     = string
  default  = "module-default"
  nullable = false
}

output "settings" {
  value = var.settings
}

output "port" {
  value = var.settings.port
}

output "items" {
  value = var.items
}

output "required_nonnull" {
  value = var.required_nonnull
}
