# The configuration of ../insecure with every failure fixed (the plan beside it was composed by hand).

resource "aws_kms_key" "cache" {
  description         = "cache"
  enable_key_rotation = true
}

resource "aws_kms_key" "shared" {
  description         = "cache"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Account"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

data "aws_kms_key" "orders" {
  key_id = "alias/orders-cache"
}

resource "aws_security_group" "cache" {
  name   = "cache"
  vpc_id = "vpc-0a1b2c3d4e5f60001"
}

resource "aws_vpc_security_group_ingress_rule" "clients" {
  security_group_id = aws_security_group.cache.id
  cidr_ipv4         = "10.20.0.0/16"
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
  transit_encryption_mode    = "required"
  user_group_ids             = ["app-users"]
  snapshot_retention_limit   = 7
  auto_minor_version_upgrade = true
  automatic_failover_enabled = true
  multi_az_enabled           = true
  subnet_group_name          = "cache-private"
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
  multi_az_enabled           = true
  subnet_group_name          = "cache-private"
}

resource "aws_elasticache_global_replication_group" "sessions" {
  global_replication_group_id_suffix = "sessions"
  primary_replication_group_id       = aws_elasticache_replication_group.sessions.id
}

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

resource "aws_elasticache_serverless_cache" "pages" {
  name                 = "pages"
  engine               = "valkey"
  major_engine_version = "8"
  kms_key_id           = "arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-aaaa-bbbb-cccc-000000000003"
  user_group_id        = "app-users"
}

# A member of the sessions group: it takes the group's settings.
resource "aws_elasticache_cluster" "legacy" {
  cluster_id           = "sessions-3"
  replication_group_id = aws_elasticache_replication_group.sessions.id
}
