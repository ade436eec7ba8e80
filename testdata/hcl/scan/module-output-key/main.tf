module "keys" {
  source = "./modules/keys"
}

resource "aws_elasticache_replication_group" "own_key" {
  replication_group_id       = "own"
  description                = "own"
  at_rest_encryption_enabled = true
  kms_key_id                 = module.keys.key_arn
  transit_encryption_enabled = true
  user_group_ids             = ["app"]
}

resource "aws_elasticache_replication_group" "managed_key" {
  replication_group_id       = "managed"
  description                = "managed"
  at_rest_encryption_enabled = true
  kms_key_id                 = module.keys.managed_arn # expect TFG-EC-002
  transit_encryption_enabled = true
  user_group_ids             = ["app"]
}
