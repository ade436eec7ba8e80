resource "aws_elasticache_replication_group" "example" {
  replication_group_id = "example"
  description          = "an example that is not deployed"
}
