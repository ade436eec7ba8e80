variable "name" {}
variable "kms_key_arn" {}

resource "aws_kms_key" "this" {
  description         = "module key"
  enable_key_rotation = false
}

resource "aws_elasticache_replication_group" "own_key" {
  replication_group_id       = "${var.name}-own"
  description                = "own key"
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.this.arn
  transit_encryption_enabled = true
}

module "redis" {
  source      = "../redis"
  name        = "${var.name}-inner"
  kms_key_arn = var.kms_key_arn
}
