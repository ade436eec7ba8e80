resource "aws_elasticache_replication_group" "sessions" {
  # identity
  replication_group_id = "sessions"
  description          = "sessions" # shown in the console
  node_type            = "cache.t4g.small"

  /* engine */
  engine                     = "redis"
  engine_version             = "7.1"
  port                       = 6379 # the default port
  auth_token                 = "0123456789abcdef0123456789"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"

  # lifecycle stays last
  lifecycle {
    ignore_changes = [engine_version]
  }
}
