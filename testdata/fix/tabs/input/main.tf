resource "aws_elasticache_replication_group" "sessions" {
	replication_group_id = "sessions"
	description          = "sessions"

	lifecycle {
		prevent_destroy = true
	}
}
