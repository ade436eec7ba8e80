# Every way a comment suppresses a finding. Each group is encrypted, keyed and authenticated except for what the
# comments are about.

# tfguard:ignore:TFG-EC-001 migrated by snapshot in Q1; the new group replaces it
resource "aws_elasticache_replication_group" "above" {
  replication_group_id       = "above"
  description                = "comment on the line above the block"
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  transit_encryption_enabled = true
  auth_token                 = var.token
}

resource "aws_elasticache_replication_group" "on_attribute" {
  replication_group_id       = "on-attribute"
  description                = "comment on the offending attribute's line"
  at_rest_encryption_enabled = false // tfguard:ignore:TFG-EC-001 test data only, deleted nightly
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  transit_encryption_enabled = true
  auth_token                 = var.token
}

resource "aws_elasticache_replication_group" "expiring" {
  # tfguard:ignore:TFG-EC-003:exp:2001-01-31 clients move to TLS in January
  # tfguard:ignore:TFG-EC-004:exp:2999-12-31 a private subnet, reviewed yearly
  replication_group_id       = "expiring"
  description                = "an expired suppression and a current one"
  at_rest_encryption_enabled = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_elasticache_replication_group" "no_reason" {
  replication_group_id       = "no-reason"
  description                = "a suppression without a reason suppresses nothing"
  at_rest_encryption_enabled = false # tfguard:ignore:TFG-EC-001
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  transit_encryption_enabled = true
  auth_token                 = var.token
}

resource "aws_elasticache_replication_group" "peers" {
  #checkov:skip=CKV_AWS_29:encrypted by the snapshot restore
  replication_group_id = "peers"
  description          = "comments written for other scanners"
  kms_key_id           = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  auth_token           = var.token
  #tfsec:ignore:aws-elasticache-enable-in-transit-encryption
}

#trivy:ignore:AVD-AWS-0045 legacy cluster, see ticket OPS-12
resource "aws_elasticache_replication_group" "each" {
  for_each                   = toset(["a", "b"])
  replication_group_id       = "each-${each.key}"
  description                = "one suppression covers every instance"
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  transit_encryption_enabled = true
  auth_token                 = var.token
}

variable "token" {
  type      = string
  sensitive = true
}
