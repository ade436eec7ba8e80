package dev.tfguard.rules.aws.knowledge;

import dev.tfguard.model.Mode;
import dev.tfguard.model.Resource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which AWS resource types encrypt with a KMS key, and through which argument: the one table that
 * says so, for the relations reports draw and the rules that follow a key to the resources it
 * encrypts (TFG-KMS-001, TFG-KMS-002). A new KMS-using type is one entry in {@link #BUILT_IN}.
 */
public final class KeyUsers {
    /**
     * The built-in table. ElastiCache takes a key id, ARN, alias or alias ARN in {@code
     * kms_key_id}; MemoryDB a key ARN in {@code kms_key_arn} (AWS provider 5.x and 6.x
     * documentation).
     */
    public static final KeyUsers BUILT_IN =
            new KeyUsers(
                    Map.of(
                            "aws_elasticache_replication_group", "kms_key_id",
                            "aws_elasticache_serverless_cache", "kms_key_id",
                            "aws_memorydb_cluster", "kms_key_arn"));

    private final Map<String, String> attribute;

    private KeyUsers(Map<String, String> attribute) {
        this.attribute = Map.copyOf(attribute);
    }

    /** This table with {@code type} naming its key in {@code argument}. */
    public KeyUsers with(String type, String argument) {
        Map<String, String> more = new LinkedHashMap<>(attribute);
        more.put(type, argument);
        return new KeyUsers(more);
    }

    /** The resource types that use a KMS key. */
    public Set<String> types() {
        return Collections.unmodifiableSet(attribute.keySet());
    }

    /**
     * The argument through which {@code resource} names its KMS key, or null when its type uses
     * none or it is a data source (a lookup of something managed elsewhere, which a plan lists with
     * every attribute).
     */
    public String attribute(Resource resource) {
        return resource.mode() == Mode.MANAGED ? attribute.get(resource.type()) : null;
    }
}
