# New groups: TLS on and required; an old engine cannot take transit_encryption_mode.
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions"
  description          = "user sessions"
  node_type            = "cache.t4g.small"
  engine_version       = "7.1"
}

resource "aws_elasticache_replication_group" "legacy" {
  replication_group_id       = "legacy"
  description                = "legacy sessions"
  node_type                  = "cache.t4g.small"
  engine_version             = "6.2"
  transit_encryption_enabled = "false"
}

resource "aws_elasticache_replication_group" "valkey" {
  replication_group_id       = "valkey"
  description                = "valkey sessions"
  node_type                  = "cache.t4g.small"
  engine                     = "valkey"
  transit_encryption_enabled = false
}
