# Groups that already run: TLS goes on in place through "preferred" where the engine allows it.
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  node_type                  = "cache.t4g.small"
  engine_version             = "7.1"
  transit_encryption_enabled = false
}

resource "aws_elasticache_replication_group" "legacy" {
  replication_group_id = "legacy"
  description          = "legacy sessions"
  node_type            = "cache.t4g.small"
  engine_version       = "6.2"
}

resource "aws_elasticache_replication_group" "unversioned" {
  replication_group_id = "unversioned"
  description          = "sessions on the default engine version"
  node_type            = "cache.t4g.small"
}
