variable "name" {}
variable "kms_key_arn" {}

variable "transit_encryption" {
  type    = bool
  default = true
}

locals {
  description = "inner cache"
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = var.name
  description                = local.description
  at_rest_encryption_enabled = true
  kms_key_id                 = var.kms_key_arn
  transit_encryption_enabled = var.transit_encryption
}
