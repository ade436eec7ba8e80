# try() of an unknown value is unknown, never its fallback: the key's ARN comes through try() and is set
resource "aws_kms_key" "k" {
  count               = 1
  enable_key_rotation = true
}

resource "random_password" "token" {
  length = 32
}

variable "token" {
  type    = string
  default = null
}

resource "aws_elasticache_replication_group" "through_try" {
  replication_group_id       = "a"
  description                = "a"
  at_rest_encryption_enabled = true
  kms_key_id                 = try(aws_kms_key.k[0].arn, null)
  transit_encryption_enabled = true
  auth_token                 = try(coalesce(var.token, random_password.token.result), "")
}

# a key that names no instance is Terraform's error: try() takes its fallback, and the key is not set
resource "aws_kms_key" "none" {
  count               = 0
  enable_key_rotation = true
}

resource "aws_elasticache_replication_group" "fallback" {
  replication_group_id       = "b"
  description                = "b"
  at_rest_encryption_enabled = true
  kms_key_id                 = try(aws_kms_key.none[0].arn, null) # expect TFG-EC-002
  transit_encryption_enabled = true
  auth_token                 = random_password.token.result
}
