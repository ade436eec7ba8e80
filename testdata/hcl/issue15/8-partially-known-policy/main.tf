# a principal known by its prefix ("arn:aws:iam::") is never "*": the policy passes without being known
data "aws_caller_identity" "current" {}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AccountAdministers"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

variable "principal" {
  type = string
}

resource "aws_kms_key" "unknown" {
  enable_key_rotation = true
  policy = jsonencode({ # unverified TFG-KMS-003
    Statement = [{ Effect = "Allow", Principal = { AWS = var.principal }, Action = "kms:*", Resource = "*" }]
  })
}
