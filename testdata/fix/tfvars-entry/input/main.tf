variable "tls" {
  type    = bool
  default = true
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = var.tls
  transit_encryption_mode    = "required"
}
