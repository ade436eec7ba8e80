# Before this change: at_rest_encryption_enabled = false on "sessions", "orders" used key ...0001 and already had
# final_snapshot_identifier = "orders-final", and "carts" kept one day of snapshots.

# Replaced, but created from the snapshot taken before the change.
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions cache"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
  subnet_group_name          = "cache-private"
  snapshot_retention_limit   = 7
  at_rest_encryption_enabled = true
  snapshot_name              = "sessions-before-encryption"
}

# Replaced; the old group leaves a final snapshot, set in an earlier apply.
resource "aws_elasticache_replication_group" "orders" {
  replication_group_id       = "orders"
  description                = "orders cache"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
  subnet_group_name          = "cache-private"
  snapshot_retention_limit   = 7
  at_rest_encryption_enabled = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-aaaa-bbbb-cccc-000000000002"
  final_snapshot_identifier  = "orders-final"
}

# Updated in place.
resource "aws_elasticache_replication_group" "carts" {
  replication_group_id       = "carts"
  description                = "carts cache"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
  subnet_group_name          = "cache-private"
  snapshot_retention_limit   = 7
  at_rest_encryption_enabled = true
}
