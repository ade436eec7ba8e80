# dynamic blocks over known collections are expanded, with their iterator
variable "rules" {
  default = [{ cidr = "0.0.0.0/0" }]
}

resource "aws_security_group" "open" {
  name = "open"
  dynamic "ingress" { # expect TFG-EC-018
    for_each = var.rules
    iterator = rule
    content {
      from_port   = 6379
      to_port     = 6379
      protocol    = "tcp"
      cidr_blocks = [rule.value.cidr]
    }
  }
}

resource "aws_security_group" "closed" {
  name = "closed"
  dynamic "ingress" {
    for_each = []
    content {
      from_port   = 6379
      to_port     = 6379
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}

resource "aws_elasticache_cluster" "memcached" {
  cluster_id         = "m"
  engine             = "memcached"
  node_type          = "cache.t4g.micro"
  num_cache_nodes    = 1
  port               = 6379
  subnet_group_name  = "private"
  security_group_ids = [aws_security_group.open.id, aws_security_group.closed.id]
}
