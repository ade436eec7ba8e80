# Two caches: one turns encryption at rest off, the other does not say.
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = false
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "catalog" {
  replication_group_id = "catalog"
  description          = "product catalog"
  node_type            = "cache.t4g.small"

  tags = {
    team = "shop"
  }
}
