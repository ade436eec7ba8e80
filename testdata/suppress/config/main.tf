variable "encrypt" {
  type    = bool
  default = false
}

resource "aws_kms_key" "cache" {
  description = "cache key"
}

resource "aws_elasticache_replication_group" "legacy" {
  replication_group_id       = "legacy"
  description                = "legacy cache"
  at_rest_encryption_enabled = var.encrypt
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "current" {
  replication_group_id       = "current"
  description                = "current cache"
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
  transit_encryption_enabled = true
}
