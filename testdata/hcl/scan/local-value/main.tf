locals {
  settings = {
    encrypted = false
  }
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description                = "cache"
  at_rest_encryption_enabled = local.settings.encrypted # expect TFG-EC-001
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/abcd" # unverified TFG-KMS-001
  transit_encryption_enabled = true
  user_group_ids             = ["app"]
}
