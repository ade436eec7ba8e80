# A cache's security groups are read from the configuration: a group it does not create (a variable
# without a value, a data source, a module outside the scan, a literal id) has ingress rules the scan
# cannot see, so whether the port is open to any address is unverified, never a silent pass.
variable "extra_security_group_id" {
  type = string
}

data "aws_security_group" "shared" {
  name = "shared"
}

resource "aws_security_group" "cache" {
  name   = "cache"
  vpc_id = "vpc-0a1b2c3d4e5f60001"
}

resource "aws_vpc_security_group_ingress_rule" "clients" {
  security_group_id = aws_security_group.cache.id
  cidr_ipv4         = "10.0.0.0/16"
  ip_protocol       = "tcp"
  from_port         = 6379
  to_port           = 6379
}

resource "aws_elasticache_replication_group" "scanned_group" {
  replication_group_id       = "a"
  description                = "a"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  security_group_ids         = [aws_security_group.cache.id]
}

resource "aws_elasticache_replication_group" "variable_group" {
  replication_group_id       = "b"
  description                = "b"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  security_group_ids         = [aws_security_group.cache.id, var.extra_security_group_id] # unverified TFG-EC-018
}

resource "aws_elasticache_replication_group" "data_source_group" {
  replication_group_id       = "c"
  description                = "c"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  security_group_ids         = [data.aws_security_group.shared.id] # unverified TFG-EC-018
}

resource "aws_elasticache_cluster" "literal_group" {
  cluster_id         = "d"
  engine             = "memcached"
  node_type          = "cache.t4g.micro"
  num_cache_nodes    = 1
  security_group_ids = ["sg-0a1b2c3d4e5f60001"] # unverified TFG-EC-018
}
