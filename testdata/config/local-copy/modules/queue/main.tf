variable "name" {
  type = string
}

variable "encrypted" {
  type    = bool
  default = false
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = var.name
  description                = "queue ${var.name}"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = var.encrypted
  transit_encryption_enabled = false
}
