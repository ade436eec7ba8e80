resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "user sessions"
  node_type            = "cache.t4g.small"
}

resource "aws_elasticache_replication_group" "catalog" {
  replication_group_id       = "catalog-${var.env}"
  description                = "product catalog"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  kms_key_id                 = "alias/aws/elasticache"
}

variable "env" {
  type    = string
  default = "prod"
}
