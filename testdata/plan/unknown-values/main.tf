variable "redis_auth_token" {
  description = "AUTH token for the orders cache"
  type        = string
  sensitive   = true
}

variable "sessions_user_group" {
  type    = string
  default = "sessions-users"
}

resource "aws_kms_key" "cache" {
  description         = "cache encryption"
  enable_key_rotation = true
}

# Already in state: planned as no-op.
resource "aws_kms_key" "legacy" {
  description = "legacy key"
}

# New: kms_key_id refers to a key created in the same apply, at_rest_encryption_enabled is left to the provider.
resource "aws_elasticache_replication_group" "new_key" {
  replication_group_id       = "orders"
  description                = "orders cache"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
  transit_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
  auth_token                 = var.redis_auth_token
}

# Already in state: kms_key_id is known, and still written as a reference.
resource "aws_elasticache_replication_group" "legacy_key" {
  replication_group_id       = "sessions"
  description                = "sessions cache"
  engine                     = "redis"
  node_type                  = "cache.t4g.medium"
  num_cache_clusters         = 1
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  kms_key_id                 = aws_kms_key.legacy.arn
  user_group_ids             = [var.sessions_user_group]
}
