variable "rotate" {
  type    = bool
  default = true
}

resource "aws_kms_key" "this" {
  description         = "cache key"
  enable_key_rotation = var.rotate
}

output "arn" {
  value = aws_kms_key.this.arn
}
