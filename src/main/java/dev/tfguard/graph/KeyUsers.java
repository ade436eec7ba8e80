package dev.tfguard.graph;

import dev.tfguard.model.Mode;
import dev.tfguard.model.Resource;
import java.util.Map;
import java.util.Set;

/**
 * Which AWS resource types encrypt with a KMS key, and through which argument: the one place that
 * says so, for the graph's key edges and the rules that follow a key to the resources it encrypts
 * (TFG-KMS-001, TFG-KMS-002). A new KMS-using type is added here alone.
 */
public final class KeyUsers {
    /**
     * The argument that names the key, by resource type. ElastiCache takes a key id, ARN, alias or
     * alias ARN in {@code kms_key_id}; MemoryDB a key ARN in {@code kms_key_arn} (AWS provider 5.x
     * and 6.x documentation).
     */
    private static final Map<String, String> ATTRIBUTE =
            Map.of(
                    "aws_elasticache_replication_group", "kms_key_id",
                    "aws_elasticache_serverless_cache", "kms_key_id",
                    "aws_memorydb_cluster", "kms_key_arn");

    private KeyUsers() {}

    /** The resource types that use a KMS key. */
    public static Set<String> types() {
        return ATTRIBUTE.keySet();
    }

    /**
     * The argument through which {@code resource} names its KMS key, or null when its type uses
     * none or it is a data source (a lookup of something managed elsewhere, which a plan lists with
     * every attribute).
     */
    public static String attribute(Resource resource) {
        return resource.mode() == Mode.MANAGED ? ATTRIBUTE.get(resource.type()) : null;
    }
}
