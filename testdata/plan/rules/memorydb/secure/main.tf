# The configuration of ../insecure with every setting fixed.

resource "aws_kms_key" "memorydb" {
  description         = "memorydb"
  enable_key_rotation = true
}

resource "aws_security_group" "memorydb" {
  name   = "memorydb"
  vpc_id = "vpc-0a1b2c3d4e5f60001"
}

resource "aws_vpc_security_group_ingress_rule" "clients" {
  security_group_id = aws_security_group.memorydb.id
  cidr_ipv4         = "10.0.0.0/16"
  ip_protocol       = "tcp"
  from_port         = 6379
  to_port           = 6379
}

resource "random_password" "app" {
  length = 32
}

resource "aws_memorydb_user" "app" {
  user_name     = "app"
  access_string = "on ~app:* -@all +@read +@write"

  authentication_mode {
    type      = "password"
    passwords = [random_password.app.result]
  }
}

resource "aws_memorydb_acl" "sessions" {
  name       = "sessions"
  user_names = [aws_memorydb_user.app.user_name]
}

resource "aws_memorydb_cluster" "sessions" {
  name                     = "sessions"
  acl_name                 = aws_memorydb_acl.sessions.name
  engine                   = "valkey"
  engine_version           = "7.3"
  node_type                = "db.r7g.large"
  num_shards               = 2
  num_replicas_per_shard   = 1
  security_group_ids       = [aws_security_group.memorydb.id]
  kms_key_arn              = aws_kms_key.memorydb.arn
  snapshot_retention_limit = 7
}

resource "aws_memorydb_cluster" "open" {
  name                     = "open"
  acl_name                 = aws_memorydb_acl.sessions.name
  engine                   = "redis"
  engine_version           = "7.1"
  node_type                = "db.r7g.large"
  kms_key_arn              = aws_kms_key.memorydb.arn
  snapshot_retention_limit = 7
}
