variable "encrypted" {
  type    = bool
  default = false
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = var.encrypted
}

resource "aws_elasticache_replication_group" "catalog" {
  replication_group_id       = "catalog"
  description                = "product catalog"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = var.encrypted
}
