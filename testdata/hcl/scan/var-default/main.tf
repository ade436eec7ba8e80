variable "encrypt_at_rest" {
  type    = bool
  default = false
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description                = "cache"
  at_rest_encryption_enabled = var.encrypt_at_rest # expect TFG-EC-001
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/abcd" # unverified TFG-KMS-001
  transit_encryption_enabled = true
  auth_token                 = var.token
}

variable "token" {
  type      = string
  sensitive = true
}
