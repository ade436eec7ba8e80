# The plan shows that "old" runs already and that "fresh" and "added" are created by this change.
resource "aws_elasticache_replication_group" "old" {
  replication_group_id       = "old"
  description                = "running sessions"
  node_type                  = "cache.t4g.small"
  engine_version             = "7.1"
  transit_encryption_enabled = false
}

resource "aws_elasticache_replication_group" "fresh" {
  replication_group_id       = "fresh"
  description                = "new sessions"
  node_type                  = "cache.t4g.small"
  engine_version             = "7.1"
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred"
}

resource "aws_elasticache_replication_group" "added" {
  replication_group_id = "added"
  description          = "new catalog"
  node_type            = "cache.t4g.small"
  engine_version       = "7.1"
}
