namespace = "elasticache-tutorial"

cluster_id = "redis-cluster"

node_groups = 3
