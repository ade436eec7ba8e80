variable "name" {
  type = string
}

variable "encrypted" {
  type    = bool
  default = true
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = var.name
  description                = "cache ${var.name}"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = var.encrypted
  transit_encryption_enabled = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/abc"
  user_group_ids             = ["app"]
  automatic_failover_enabled = true
  multi_az_enabled           = true
  num_cache_clusters         = 2
  snapshot_retention_limit   = 7
  subnet_group_name          = "private"
}
