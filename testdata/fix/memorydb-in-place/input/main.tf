variable "replicas" {
  type    = number
  default = 0
}

# Backups and replicas are added to the running cluster; open access is explained, not changed.
resource "aws_memorydb_cluster" "sessions" {
  name                     = "sessions"
  acl_name                 = "open-access"
  engine                   = "valkey"
  engine_version           = "7.3"
  node_type                = "db.r7g.large"
  num_replicas_per_shard   = var.replicas
  snapshot_retention_limit = 0
  kms_key_arn              = "arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-aaaa-bbbb-cccc-000000000004"
}

resource "aws_memorydb_cluster" "carts" {
  name           = "carts"
  acl_name       = "carts"
  engine         = "valkey"
  engine_version = "7.3"
  node_type      = "db.r7g.large"
  kms_key_arn    = "arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-aaaa-bbbb-cccc-000000000004"
}
