resource "aws_kms_key" "shared" {
  description         = "shared key"
  enable_key_rotation = true
}

resource "aws_kms_key" "regional" {
  for_each            = toset(["eu"])
  description         = "regional key"
  enable_key_rotation = true
}

resource "aws_elasticache_replication_group" "eu" {
  replication_group_id       = "eu-cache"
  description                = "eu cache"
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.regional["eu"].arn
  transit_encryption_enabled = true
}

# The key comes out of a module as an output.
module "keys" {
  source = "./modules/keys"
}

resource "aws_elasticache_replication_group" "via_output" {
  replication_group_id       = "via-output"
  description                = "output cache"
  at_rest_encryption_enabled = true
  kms_key_id                 = module.keys.key_arn
  transit_encryption_enabled = true
}

# The shared key reaches module.cache_eu.module.redis through two module inputs.
module "cache_eu" {
  source      = "./modules/cache"
  name        = "eu"
  kms_key_arn = aws_kms_key.shared.arn
}

# An external key, passed as a constant to each instance of the module.
module "regional" {
  source      = "./modules/cache"
  for_each    = toset(["a"])
  name        = each.key
  kms_key_arn = "arn:aws:kms:eu-west-1:444455556666:key/7b1e9c2a-3d4f-4a5b-8c6d-9e0f1a2b3c4d"
}
