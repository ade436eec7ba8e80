package dev.tfguard.rules.aws;

import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Mode;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What several MemoryDB rules need to know: the resource types, a cluster's port, and which users
 * reach it.
 */
final class MemoryDb {
    static final String CLUSTER = "aws_memorydb_cluster";
    static final String MULTI_REGION_CLUSTER = "aws_memorydb_multi_region_cluster";
    static final String ACL = "aws_memorydb_acl";
    static final String USER = "aws_memorydb_user";

    private MemoryDb() {}

    /** The port clients connect to: {@code port} when written, else MemoryDB's default, 6379. */
    static Value port(Resource cluster) {
        Value p = cluster.value("port");
        return p.isNull() ? Value.of(BigDecimal.valueOf(6379)) : p;
    }

    /**
     * The clusters each {@code aws_memorydb_user} of the scan signs in to, by the user's address: a
     * cluster's {@code acl_name} names an {@code aws_memorydb_acl}, whose {@code user_names} name
     * the users. Users that no cluster in the scan reaches are not in the map.
     */
    static Map<String, List<String>> clustersByUser(ResourceGraph graph) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Resource cluster : graph.ofType(CLUSTER)) {
            for (Resource acl : graph.targets(cluster, "acl_name")) {
                if (!acl.type().equals(ACL) || acl.mode() != Mode.MANAGED) {
                    continue;
                }
                for (Resource user : graph.targets(acl, "user_names")) {
                    if (user.type().equals(USER) && user.mode() == Mode.MANAGED) {
                        List<String> clusters =
                                out.computeIfAbsent(user.address(), k -> new ArrayList<>());
                        if (!clusters.contains(cluster.address())) {
                            clusters.add(cluster.address());
                        }
                    }
                }
            }
        }
        return out;
    }
}
