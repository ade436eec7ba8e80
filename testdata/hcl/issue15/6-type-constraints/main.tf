# optional() defaults, nullable = false and conversions are applied before the value is judged
variable "cache" {
  type = object({
    encrypted = optional(bool, true)
    transit   = optional(string, "false")
  })
  default = {}
}

variable "kms_key_id" {
  type     = string
  default  = "arn:aws:kms:eu-west-1:111122223333:key/abcd"
  nullable = false
}

module "cache" {
  source     = "./modules/cache"
  encrypted  = var.cache.encrypted
  transit    = var.cache.transit
  kms_key_id = null
}
