variable "name" {
  type = string
}

variable "size" {
  type    = number
  default = 1
}

variable "tags" {
  type    = map(string)
  default = {}
}

resource "terraform_data" "r" {
  input = var.name
}

locals {
  label = "${var.name}-${var.size}"
}

output "greeting" {
  value = "hello ${var.name}"
}

output "size2" {
  value = var.size * 2
}

output "tags" {
  value = var.tags
}

output "id" {
  value = terraform_data.r.id
}

output "input" {
  value = terraform_data.r.input
}

output "label" {
  value = local.label
}

output "obj" {
  value = { name = var.name, size = var.size }
}

output "nothing" {
  value = null
}
