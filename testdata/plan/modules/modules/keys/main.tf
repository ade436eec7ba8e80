resource "aws_kms_key" "this" {
  description         = "keys module key"
  enable_key_rotation = true
}

output "key_arn" {
  description = "ARN of the key"
  value       = aws_kms_key.this.arn
}
