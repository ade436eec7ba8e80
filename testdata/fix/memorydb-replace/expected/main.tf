# A running cluster without TLS and with the key AWS owns: both fixes replace it.
resource "aws_memorydb_cluster" "sessions" {
  name                     = "sessions"
  acl_name                 = "sessions"
  engine                   = "valkey"
  engine_version           = "7.3"
  node_type                = "db.r7g.large"
  tls_enabled              = true
  snapshot_retention_limit = 7
  kms_key_arn              = aws_kms_key.sessions.arn
}

resource "aws_kms_key" "sessions" {
  description         = "MemoryDB cluster sessions"
  enable_key_rotation = true
}

resource "aws_kms_alias" "sessions" {
  name          = "alias/memorydb-sessions"
  target_key_id = aws_kms_key.sessions.key_id
}

resource "aws_memorydb_multi_region_cluster" "global" {
  multi_region_cluster_name_suffix = "global"
  node_type                        = "db.r7g.xlarge"
  tls_enabled                      = false
}
