# aws_kms_key.retired was removed from this file: the plan deletes it.

variable "billing_token" {
  type      = string
  sensitive = true
}

resource "aws_kms_key" "rotated" {
  description         = "rotated key"
  enable_key_rotation = true # was false: an in-place update
}

# at_rest_encryption_enabled cannot change in place: replaced, destroy first.
resource "aws_elasticache_replication_group" "replaced" {
  replication_group_id       = "billing"
  description                = "billing cache"
  at_rest_encryption_enabled = true
  auth_token                 = var.billing_token
}

# AWS provider 6 writes these nullable booleans as strings; create_before_destroy gives ["create","delete"].
resource "aws_elasticache_replication_group" "strings" {
  replication_group_id       = "search"
  description                = "search cache"
  node_type                  = "cache.t4g.medium"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = false

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_s3_bucket" "logs" {
  bucket = "acme-logs"
}
