resource "aws_elasticache_replication_group" "valkey" {
  replication_group_id       = "cache"
  description                = "cache"
  engine                     = "valkey"
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/abcd" # unverified TFG-KMS-001
  transit_encryption_enabled = true
  user_group_ids             = ["app"]
}

resource "aws_elasticache_replication_group" "redis" { # expect TFG-EC-001
  replication_group_id       = "cache"
  description                = "cache"
  engine                     = "redis"
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/abcd" # unverified TFG-KMS-001
  transit_encryption_enabled = true
  user_group_ids             = ["app"]
}
