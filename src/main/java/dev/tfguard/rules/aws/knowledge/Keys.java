package dev.tfguard.rules.aws.knowledge;

import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Mode;
import dev.tfguard.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * KMS keys and their aliases: which key a reference leads to, and which keys AWS manages. A
 * resource names its key by the key itself, by an {@code aws_kms_alias} whose {@code target_key_id}
 * names the key, or by a lookup ({@code data "aws_kms_key"}, {@code data "aws_kms_alias"}) of a key
 * managed elsewhere.
 */
public final class Keys {
    /** The resource types that are KMS keys. */
    public static final Set<String> KEY_TYPES = Set.of("aws_kms_key", "aws_kms_replica_key");

    /** An alias, which names a key through {@code target_key_id}. */
    public static final String ALIAS = "aws_kms_alias";

    /**
     * An AWS managed key's alias ({@code alias/aws/elasticache}), alone or at the end of an alias
     * ARN. AWS reserves the {@code alias/aws/} prefix for the keys it manages
     * (https://docs.aws.amazon.com/kms/latest/developerguide/alias-about.html).
     */
    private static final Pattern AWS_MANAGED_ALIAS = Pattern.compile("(^|:)alias/aws/[^/]+$");

    /** How many aliases deep a key is followed (an alias naming an alias). */
    private static final int MAX_ALIAS_DEPTH = 4;

    private Keys() {}

    /**
     * What an attribute's key reference leads to.
     *
     * @param keys the KMS keys in the scan
     * @param opaque lookups on the way, whose key cannot be inspected
     */
    public record Use(List<Resource> keys, List<Resource> opaque) {}

    /**
     * The KMS keys that {@code resource}'s attribute uses: keys reached directly or through an
     * alias, and the lookups it names.
     */
    public static Use of(ResourceGraph graph, Resource resource, String attribute) {
        List<Resource> keys = new ArrayList<>();
        List<Resource> opaque = new ArrayList<>();
        for (Resource t : graph.targets(resource, attribute)) {
            collect(graph, t, keys, opaque, 0);
        }
        return new Use(dedupe(keys), dedupe(opaque));
    }

    private static void collect(
            ResourceGraph graph,
            Resource t,
            List<Resource> keys,
            List<Resource> opaque,
            int depth) {
        if (t.mode() == Mode.DATA) {
            opaque.add(t);
        } else if (KEY_TYPES.contains(t.type())) {
            keys.add(t);
        } else if (t.type().equals(ALIAS) && depth < MAX_ALIAS_DEPTH) {
            for (Resource k : graph.targets(t, "target_key_id")) {
                collect(graph, k, keys, opaque, depth + 1);
            }
        }
    }

    private static List<Resource> dedupe(List<Resource> list) {
        Map<String, Resource> m = new LinkedHashMap<>();
        list.forEach(r -> m.putIfAbsent(r.address(), r));
        return List.copyOf(m.values());
    }

    /** True when {@code id} is an AWS managed key's alias or alias ARN. */
    public static boolean isAwsManagedAlias(String id) {
        return id != null && AWS_MANAGED_ALIAS.matcher(id).find();
    }

    /**
     * The argument by which a lookup names its key: {@code key_id} of {@code data "aws_kms_key"},
     * {@code name} of {@code data "aws_kms_alias"}; null for any other resource.
     */
    public static String lookupArgument(Resource lookup) {
        if (lookup.mode() != Mode.DATA) {
            return null;
        }
        return lookup.type().equals("aws_kms_key")
                ? "key_id"
                : lookup.type().equals(ALIAS) ? "name" : null;
    }

    /**
     * True when a key lookup shows that AWS manages the key: Terraform read it while planning, and
     * the plan gives its {@code key_manager} as {@code AWS}.
     */
    public static boolean managedByAws(Resource lookup) {
        return lookup.type().equals("aws_kms_key")
                && "AWS".equals(lookup.value("key_manager").asString());
    }
}
