resource "aws_kms_key" "cache" {
  description         = "cache"
  enable_key_rotation = false # expect TFG-KMS-001
}
