resource "aws_kms_key" "cache" {
  description         = "cache"
  enable_key_rotation = false # expect TFG-KMS-001
}

module "cache" {
  source      = "./modules/cache"
  kms_key_arn = aws_kms_key.cache.arn
}
