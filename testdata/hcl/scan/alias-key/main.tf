resource "aws_kms_key" "cache" { # expect TFG-KMS-001
  description = "cache"
}

resource "aws_kms_alias" "cache" {
  name          = "alias/cache"
  target_key_id = aws_kms_key.cache.key_id
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description                = "cache"
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_alias.cache.target_key_arn
  transit_encryption_enabled = true
  user_group_ids             = ["app"]
}
