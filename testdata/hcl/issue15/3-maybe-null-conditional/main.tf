# an unknown condition with a null branch may be null: unverified for a presence check, not "set"
variable "customer_key" {
  type = bool
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "a"
  description                = "a"
  at_rest_encryption_enabled = true
  kms_key_id                 = var.customer_key ? aws_kms_key.k.arn : null # unverified TFG-EC-002
  transit_encryption_enabled = true
  user_group_ids             = ["app"]
}
