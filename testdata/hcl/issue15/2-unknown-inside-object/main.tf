# an object holding an unknown: the unknown attribute is unverified, the known one is judged
data "aws_ssm_parameter" "mode" {
  name = "mode"
}

locals {
  settings = {
    encrypt = data.aws_ssm_parameter.mode.value == "on"
    transit = false
  }
}

resource "aws_kms_key" "k" {
  enable_key_rotation = true
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "a"
  description                = "a"
  at_rest_encryption_enabled = local.settings.encrypt # unverified TFG-EC-001
  kms_key_id                 = aws_kms_key.k.arn
  transit_encryption_enabled = local.settings.transit # expect TFG-EC-003
  user_group_ids             = ["app"]
}
