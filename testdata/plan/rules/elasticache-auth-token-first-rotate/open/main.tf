# Before this change neither group had an auth_token: both add their first token, "sessions" with ROTATE
# written, "orders" with no strategy (AWS then uses ROTATE).

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
  auth_token_update_strategy = "ROTATE"
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
}
