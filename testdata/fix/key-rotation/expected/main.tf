resource "aws_kms_key" "cache" {
  description             = "cache key"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

resource "aws_kms_key" "legacy" {
  description         = "legacy" # the old one
  enable_key_rotation = true     # rotation was off
}
