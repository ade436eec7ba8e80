# Before this change: at_rest_encryption_enabled = false on "sessions", and "orders" used key ...0001.

resource "aws_kms_key" "cache" {
  description         = "cache"
  enable_key_rotation = true
}

# Switching at-rest encryption on replaces the group: destroyed, then created empty.
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions cache"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
  subnet_group_name          = "cache-private"
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
}

# A new key replaces the group. The final snapshot is added in the same change, so it applies only to the new
# group: Terraform destroys the old one with the settings in its state, without a final snapshot.
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

  lifecycle {
    create_before_destroy = true
  }
}
