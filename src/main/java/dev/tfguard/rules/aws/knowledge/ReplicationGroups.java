package dev.tfguard.rules.aws.knowledge;

import dev.tfguard.model.Resource;

/**
 * ElastiCache replication groups and the clusters in them. An {@code aws_elasticache_cluster} with
 * {@code replication_group_id} is a member of that group and takes the group's engine, encryption
 * and backup settings; one without stands alone.
 */
public final class ReplicationGroups {
    /** A replication group. */
    public static final String GROUP = "aws_elasticache_replication_group";

    /** A cache cluster, standalone or a member of a group. */
    public static final String CLUSTER = "aws_elasticache_cluster";

    private ReplicationGroups() {}

    /**
     * True when {@code cluster} is a member of a replication group: its {@code
     * replication_group_id} is written (a value known only at apply counts as written).
     */
    public static boolean isMember(Resource cluster) {
        return !cluster.value("replication_group_id").isNull();
    }
}
