# Before this change: "sessions" had no kms_key_arn; "orders" had tls_enabled = false and a final snapshot name in
# its state; "carts" kept no snapshots.

resource "aws_kms_key" "memorydb" {
  description         = "memorydb"
  enable_key_rotation = true
}

# Replaced, but the new cluster starts from a snapshot taken before the change.
resource "aws_memorydb_cluster" "sessions" {
  name                     = "sessions"
  acl_name                 = "sessions"
  engine                   = "valkey"
  engine_version           = "7.3"
  node_type                = "db.r7g.large"
  snapshot_retention_limit = 7
  kms_key_arn              = aws_kms_key.memorydb.arn
  snapshot_name            = "sessions-before-replace"
}

# Replaced; the old cluster leaves the final snapshot its state names.
resource "aws_memorydb_cluster" "orders" {
  name                     = "orders"
  acl_name                 = "orders"
  engine                   = "valkey"
  engine_version           = "7.3"
  node_type                = "db.r7g.large"
  snapshot_retention_limit = 7
  tls_enabled              = true
  final_snapshot_name      = "orders-final"
}

# Updated in place: backups and a replica per shard are added to the running cluster.
resource "aws_memorydb_cluster" "carts" {
  name                     = "carts"
  acl_name                 = "carts"
  engine                   = "valkey"
  engine_version           = "7.3"
  node_type                = "db.r7g.large"
  snapshot_retention_limit = 7
  num_replicas_per_shard   = 1
}
