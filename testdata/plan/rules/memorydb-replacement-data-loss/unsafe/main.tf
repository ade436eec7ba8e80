# Before this change: "sessions" had no kms_key_arn, and "orders" had tls_enabled = false with open access.

resource "aws_kms_key" "memorydb" {
  description         = "memorydb"
  enable_key_rotation = true
}

# A customer-managed key forces a new cluster: deleted with its transaction log, then created empty.
resource "aws_memorydb_cluster" "sessions" {
  name                     = "sessions"
  acl_name                 = "sessions"
  engine                   = "valkey"
  engine_version           = "7.3"
  node_type                = "db.r7g.large"
  snapshot_retention_limit = 7
  kms_key_arn              = aws_kms_key.memorydb.arn
}

# TLS forces a new cluster. The final snapshot is added in the same change, so it applies only to the new
# cluster: Terraform deletes the old one with the settings in its state, without a final snapshot.
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
