resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "user sessions"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.sessions.arn
}

resource "aws_kms_key" "sessions" {
  description         = "ElastiCache replication group sessions"
  enable_key_rotation = true
}

resource "aws_kms_alias" "sessions" {
  name          = "alias/elasticache-sessions"
  target_key_id = aws_kms_key.sessions.key_id
}

resource "aws_elasticache_replication_group" "catalog" {
  replication_group_id       = "catalog-${var.env}"
  description                = "product catalog"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.catalog.arn
}

resource "aws_kms_key" "catalog" {
  description         = "ElastiCache replication group catalog-${var.env}"
  enable_key_rotation = true
}

resource "aws_kms_alias" "catalog" {
  name          = "alias/elasticache-catalog-${var.env}"
  target_key_id = aws_kms_key.catalog.key_id
}

variable "env" {
  type    = string
  default = "prod"
}
