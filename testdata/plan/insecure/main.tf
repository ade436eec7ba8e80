variable "cache_auth_token" {
  type      = string
  sensitive = true
}

resource "aws_kms_key" "cache" {
  description = "sessions cache at-rest encryption"
}

# Encrypted with a customer-managed key that never rotates, and open to anyone on the network.
resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
  transit_encryption_enabled = false
}

# Not encrypted at rest (redis default), no customer-managed key, but TLS and an AUTH token.
resource "aws_elasticache_replication_group" "catalog" {
  replication_group_id       = "catalog"
  description                = "product catalog"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  auth_token                 = var.cache_auth_token
}
