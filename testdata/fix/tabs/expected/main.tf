resource "aws_elasticache_replication_group" "sessions" {
	replication_group_id       = "sessions"
	description                = "sessions"
	at_rest_encryption_enabled = true
	transit_encryption_enabled = true
	transit_encryption_mode    = "required"

	lifecycle {
		prevent_destroy = true
	}
}
