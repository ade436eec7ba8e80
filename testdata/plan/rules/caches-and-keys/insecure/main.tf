# One configuration with a failure for most of the cache and key rules (the plan beside it was composed by hand).

resource "aws_kms_key" "cache" {
  description         = "cache"
  enable_key_rotation = true
  is_enabled          = false # TFG-KMS-002: sessions uses it
}

resource "aws_kms_key" "shared" {
  description         = "cache"
  enable_key_rotation = true
  policy = jsonencode({ # TFG-KMS-003
    Version   = "2012-10-17"
    Statement = [{ Sid = "Everyone", Effect = "Allow", Principal = { AWS = "*" }, Action = "kms:*", Resource = "*" }]
  })
}

data "aws_kms_key" "orders" {
  key_id = "alias/aws/elasticache" # TFG-EC-002 on orders
}

resource "aws_security_group" "cache" {
  name   = "cache"
  vpc_id = "vpc-0a1b2c3d4e5f60001"
}

resource "aws_vpc_security_group_ingress_rule" "clients" {
  security_group_id = aws_security_group.cache.id
  cidr_ipv4         = "0.0.0.0/0" # TFG-EC-018
  ip_protocol       = "tcp"
  from_port         = 6379
  to_port           = 6379
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions cache"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred" # TFG-EC-014
  user_group_ids             = ["app-users"]
  snapshot_retention_limit   = 0       # TFG-EC-006
  auto_minor_version_upgrade = false   # TFG-EC-007
  automatic_failover_enabled = false   # TFG-EC-008
  multi_az_enabled           = false
  subnet_group_name          = "default" # TFG-EC-010
  security_group_ids         = [aws_security_group.cache.id]
}

resource "aws_elasticache_replication_group" "orders" {
  replication_group_id       = "orders"
  description                = "orders cache"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  kms_key_id                 = data.aws_kms_key.orders.arn
  transit_encryption_enabled = true
  user_group_ids             = ["app-users"]
  snapshot_retention_limit   = 7
  automatic_failover_enabled = true
  multi_az_enabled           = false # TFG-EC-009
  subnet_group_name          = "cache-private"
}

resource "aws_elasticache_global_replication_group" "sessions" {
  global_replication_group_id_suffix = "sessions"
  primary_replication_group_id       = aws_elasticache_replication_group.sessions.id
}

# Takes encryption, engine and token from the primary: not reported by TFG-EC-001, 003 or 004.
resource "aws_elasticache_replication_group" "secondary" {
  replication_group_id        = "sessions-us"
  description                 = "sessions, secondary"
  global_replication_group_id = aws_elasticache_global_replication_group.sessions.global_replication_group_id
  num_cache_clusters          = 2
  automatic_failover_enabled  = true
  multi_az_enabled            = true
  subnet_group_name           = "cache-private"
  snapshot_retention_limit    = 7
  kms_key_id                  = "arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-aaaa-bbbb-cccc-000000000002"
}

resource "aws_elasticache_serverless_cache" "pages" { # TFG-EC-011, TFG-EC-012
  name                 = "pages"
  engine               = "valkey"
  major_engine_version = "8"
}

resource "aws_elasticache_cluster" "legacy" { # TFG-EC-013
  cluster_id               = "legacy"
  engine                   = "redis"
  node_type                = "cache.t4g.small"
  num_cache_nodes          = 1
  snapshot_retention_limit = 1
  subnet_group_name        = "cache-private"
}
