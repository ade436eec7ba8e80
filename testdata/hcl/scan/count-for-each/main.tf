variable "caches" {
  default = {
    sessions = "cache.t4g.small"
    catalog  = "cache.t4g.medium"
  }
}

resource "aws_kms_key" "per_cache" { # expect TFG-KMS-001 TFG-KMS-001
  for_each    = var.caches
  description = each.key
}

resource "aws_elasticache_replication_group" "each" {
  for_each                   = var.caches
  replication_group_id       = each.key
  description                = each.key
  node_type                  = each.value
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.per_cache[each.key].arn
  transit_encryption_enabled = false # expect TFG-EC-003 TFG-EC-003
  user_group_ids             = ["app"]
}

resource "aws_elasticache_replication_group" "disabled" {
  count                      = 0
  replication_group_id       = "off"
  description                = "never created"
  at_rest_encryption_enabled = false
}

resource "aws_elasticache_replication_group" "counted" { # expect TFG-EC-004
  count                      = 2
  replication_group_id       = "counted-${count.index}"
  description                = "counted"
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.per_cache["sessions"].arn
  transit_encryption_enabled = true # keeps every instance
  user_group_ids             = count.index == 0 ? ["app"] : [] # counted[1] has none
}
