variable "name" {
  type = string
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = var.name
  description                = "cache ${var.name}"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  user_group_ids             = ["app"]
}
