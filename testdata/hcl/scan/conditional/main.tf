variable "environment" {
  default = "dev"
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache-${var.environment}"
  description                = "cache"
  at_rest_encryption_enabled = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/abcd" # unverified TFG-KMS-001
  transit_encryption_enabled = var.environment == "prod" ? true : false # expect TFG-EC-003
  user_group_ids             = ["app"]
}
