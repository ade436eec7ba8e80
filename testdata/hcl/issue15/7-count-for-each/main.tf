# each instance is judged on its own: one insecure instance among secure ones is a finding on that instance
variable "caches" {
  default = {
    secure   = true
    insecure = false
  }
}

resource "aws_elasticache_replication_group" "each" {
  for_each                   = var.caches
  replication_group_id       = each.key
  description                = each.key
  at_rest_encryption_enabled = each.value # expect TFG-EC-001
  transit_encryption_enabled = true
  user_group_ids             = ["app"]
}

# a module called with count: its outputs are read per instance
module "key" {
  count  = 1
  source = "./modules/key"
}

resource "aws_elasticache_replication_group" "keyed" {
  replication_group_id       = "k"
  description                = "k"
  at_rest_encryption_enabled = true
  kms_key_id                 = module.key[0].arn
  transit_encryption_enabled = true
  user_group_ids             = ["app"]
}

# definitely no instance: nothing to report
resource "aws_elasticache_replication_group" "none" {
  count                      = 0
  replication_group_id       = "n"
  description                = "n"
  at_rest_encryption_enabled = false
}
