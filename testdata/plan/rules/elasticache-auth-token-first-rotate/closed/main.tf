# Before this change both groups had a token. "sessions" completes the move to a token with SET; "orders"
# rotates its existing token with ROTATE, keeping the old one valid while clients move.

variable "sessions_token" {
  type      = string
  sensitive = true
}

variable "orders_token" {
  type      = string
  sensitive = true
}

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
  transit_encryption_enabled = true
  auth_token                 = var.sessions_token
  auth_token_update_strategy = "SET"
}

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
  transit_encryption_enabled = true
  auth_token                 = var.orders_token
  auth_token_update_strategy = "ROTATE"
}
