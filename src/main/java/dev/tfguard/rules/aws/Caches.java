package dev.tfguard.rules.aws;

import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import dev.tfguard.rules.aws.knowledge.GlobalDatastores;
import dev.tfguard.rules.aws.knowledge.ReplicationGroups;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What several ElastiCache rules need to know about a cache: its engine, whether it stands alone,
 * its port.
 */
final class Caches {
    static final String GROUP = ReplicationGroups.GROUP;
    static final String CLUSTER = ReplicationGroups.CLUSTER;
    static final String SERVERLESS = "aws_elasticache_serverless_cache";

    private Caches() {}

    /**
     * Replication groups, then clusters that are not members of a replication group (those take its
     * settings).
     */
    static List<Resource> groupsAndStandaloneClusters(ResourceGraph graph) {
        List<Resource> out = new ArrayList<>(graph.ofType(GROUP));
        for (Resource c : graph.ofType(CLUSTER)) {
            if (!ReplicationGroups.isMember(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The engine a cache runs: the written value, else the provider default ({@code redis} for a
     * replication group; a cluster must name its engine). For a global datastore secondary, the
     * engine of its primary.
     */
    static Value engine(ResourceGraph graph, Resource cache) {
        if (cache.type().equals(GROUP)) {
            GlobalDatastores.Membership m = GlobalDatastores.of(graph, cache);
            if (m.secondary()) {
                return m.primary() == null
                        ? Value.unknown(
                                "the engine comes from the primary of the global datastore "
                                        + m.datastore()
                                        + ", which is not in this configuration")
                        : engine(graph, m.primary());
            }
            Value v = cache.value("engine");
            return v.isNull() ? Value.of("redis") : v;
        }
        return cache.value("engine");
    }

    /**
     * True for Redis OSS and Valkey, false for Memcached (or no engine written), null when the
     * engine is unknown.
     */
    static Boolean redisLike(Value engine) {
        if (engine.isUnknown()) {
            return null;
        }
        String e = engine.asString();
        return e != null && (e.equals("redis") || e.equals("valkey"));
    }

    /**
     * The port clients connect to: {@code port} when written, else the engine's default (6379,
     * Memcached 11211).
     */
    static Value port(ResourceGraph graph, Resource cache) {
        Value p = cache.value("port");
        if (!p.isNull()) {
            return p;
        }
        Value engine = engine(graph, cache);
        if (engine.isUnknown()) {
            return engine;
        }
        return Value.of(BigDecimal.valueOf("memcached".equals(engine.asString()) ? 11211 : 6379));
    }

    /** {@code cache.t1.micro} nodes take no snapshots, so backup settings do not apply to them. */
    static boolean snapshotsUnsupported(Resource cache) {
        return "cache.t1.micro".equals(cache.value("node_type").asString());
    }

    /**
     * The major version of a known {@code engine_version} ({@code "5.0.6"} → 5, {@code "6.x"} → 6),
     * else null.
     */
    static Integer majorVersion(Value version) {
        String s = version.asString();
        if (s == null) {
            return null;
        }
        int dot = s.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? s : s.substring(0, dot));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The setting that leaves a replication group without a replica, when the configuration says
     * so: a known {@code replicas_per_node_group} of 0 (cluster mode) or a known {@code
     * num_cache_clusters} of 1, unless the other setting shows replicas. {@code null} when the
     * group has a replica or when that is not known.
     */
    static String withoutReplica(Resource group) {
        Integer replicas = integer(group.value("replicas_per_node_group"));
        Integer clusters = integer(group.value("num_cache_clusters"));
        if (replicas != null && replicas == 0 && (clusters == null || clusters <= 1)) {
            return "replicas_per_node_group";
        }
        if (clusters != null && clusters == 1 && (replicas == null || replicas == 0)) {
            return "num_cache_clusters";
        }
        return null;
    }

    /** A known number as an integer, or null. */
    static Integer integer(Value v) {
        String s = v.asString();
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
