variable "encrypted" {
  type = bool
}

variable "transit" {
  type = bool
}

variable "kms_key_id" {
  type     = string
  default  = "arn:aws:kms:eu-west-1:111122223333:key/abcd"
  nullable = false
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = "a"
  description                = "a"
  at_rest_encryption_enabled = var.encrypted
  kms_key_id                 = var.kms_key_id # unverified TFG-KMS-001
  transit_encryption_enabled = var.transit # expect TFG-EC-003
  user_group_ids             = ["app"]
}
