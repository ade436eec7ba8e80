# Issue 7: the key a cache uses is followed through module outputs, to a resource or to a data source lookup.
resource "aws_kms_key" "cache" { # expect TFG-KMS-001
  description = "cache"
  is_enabled  = false # expect TFG-KMS-002
}

data "aws_kms_key" "managed" {
  key_id = "alias/aws/elasticache"
}

output "key_arn" {
  value = aws_kms_key.cache.arn
}

output "managed_arn" {
  value = data.aws_kms_key.managed.arn
}
