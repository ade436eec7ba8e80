variable "name" {}
variable "kms_key_arn" {}

locals {
  description = "inner cache"
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = var.name
  description                = local.description
  at_rest_encryption_enabled = true
  kms_key_id                 = var.kms_key_arn
}
