# The group lists the AWS-managed user "default" (no password, "on ~* +@all") beside the application's user.

variable "app_password" {
  type      = string
  sensitive = true
}

resource "aws_elasticache_user" "app" {
  user_id       = "sessions-app"
  user_name     = "app"
  engine        = "redis"
  access_string = "on ~app:* -@all +@read +@write"

  authentication_mode {
    type      = "password"
    passwords = [var.app_password]
  }
}

resource "aws_elasticache_user_group" "sessions" {
  user_group_id = "sessions"
  engine        = "redis"
  user_ids      = ["default", aws_elasticache_user.app.user_id]
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions cache"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
  subnet_group_name          = "cache-private"
  snapshot_retention_limit   = 7
  at_rest_encryption_enabled = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
  transit_encryption_enabled = true
  user_group_ids             = [aws_elasticache_user_group.sessions.user_group_id]
}
