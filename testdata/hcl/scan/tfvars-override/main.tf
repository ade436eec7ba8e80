variable "transit" {
  type    = bool
  default = true
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description                = "cache"
  at_rest_encryption_enabled = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/abcd" # unverified TFG-KMS-001
  transit_encryption_enabled = var.transit
  user_group_ids             = ["app"]
}
