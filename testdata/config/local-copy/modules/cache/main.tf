variable "name" {
  type = string
}

variable "at_rest_encryption_enabled" {
  type    = bool
  default = false
}

module "key" {
  source = "../key"
  # copied from example-org/kms/aws 0.3.0

  rotate = false
}

module "alarms" {
  source = "./modules/alarms"

  group = var.name
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = var.name
  description                = "cache ${var.name}"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = var.at_rest_encryption_enabled
  kms_key_id                 = module.key.arn
  transit_encryption_enabled = true
}
