# A running cluster without TLS and with the key AWS owns: both fixes replace it.
resource "aws_memorydb_cluster" "sessions" {
  name                     = "sessions"
  acl_name                 = "sessions"
  engine                   = "valkey"
  engine_version           = "7.3"
  node_type                = "db.r7g.large"
  tls_enabled              = false
  snapshot_retention_limit = 7
}

resource "aws_memorydb_multi_region_cluster" "global" {
  multi_region_cluster_name_suffix = "global"
  node_type                        = "db.r7g.xlarge"
  tls_enabled                      = false
}
