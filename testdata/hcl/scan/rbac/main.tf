resource "aws_elasticache_user_group" "app" {
  engine        = "redis"
  user_group_id = "app"
  user_ids      = ["default"]
}

resource "aws_elasticache_replication_group" "rbac" {
  replication_group_id       = "cache"
  description                = "cache"
  at_rest_encryption_enabled = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/abcd" # unverified TFG-KMS-001
  transit_encryption_enabled = true
  user_group_ids             = [aws_elasticache_user_group.app.user_group_id]
}
