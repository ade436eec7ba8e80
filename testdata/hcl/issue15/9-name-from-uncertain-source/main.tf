# An unknown subnet_group_name is a chosen subnet group only when it comes from subnet groups this
# configuration certainly creates (AWS reserves "default", and a group needs a name). A required
# variable may be "default"; a splat over a group whose count is known only at apply may be empty,
# and "" is the default subnet group.
variable "subnet_ids" {
  type = list(string)
}

variable "subnet_group_name" {
  type = string
}

variable "group_name" {
  type = string
}

resource "aws_elasticache_subnet_group" "maybe" {
  count      = length(var.subnet_ids) > 0 ? 1 : 0
  name       = "cache-maybe"
  subnet_ids = var.subnet_ids
}

resource "aws_elasticache_subnet_group" "one" {
  count      = 1
  name       = var.group_name
  subnet_ids = var.subnet_ids
}

resource "aws_elasticache_replication_group" "splat_of_unknown_count" {
  replication_group_id       = "a"
  description                = "a"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  subnet_group_name          = join("", aws_elasticache_subnet_group.maybe[*].name) # unverified TFG-EC-010
}

resource "aws_elasticache_replication_group" "splat_of_one" {
  replication_group_id       = "b"
  description                = "b"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  subnet_group_name          = join("", aws_elasticache_subnet_group.one[*].name)
}

resource "aws_elasticache_replication_group" "required_variable" {
  replication_group_id       = "c"
  description                = "c"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  subnet_group_name          = var.subnet_group_name # unverified TFG-EC-010
}

resource "aws_elasticache_cluster" "group_name_or_variable" {
  cluster_id        = "d"
  engine            = "memcached"
  node_type         = "cache.t4g.micro"
  num_cache_nodes   = 1
  subnet_group_name = var.subnet_group_name != "" ? var.subnet_group_name : aws_elasticache_subnet_group.one[0].name # unverified TFG-EC-010
}
