package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.Map;

/**
 * TFG-EC-006: a Redis OSS or Valkey replication group, or a cluster outside a replication group,
 * keeps automatic backups ({@code snapshot_retention_limit} of 1 or more; the provider default is
 * 0). Memcached has no snapshots, and neither have {@code cache.t1.micro} nodes.
 */
public final class AutomaticBackupsRule implements Check {

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        for (Resource cache : Caches.groupsAndStandaloneClusters(graph)) {
            if (Caches.snapshotsUnsupported(cache)) {
                continue;
            }
            Boolean redis = Caches.redisLike(Caches.engine(graph, cache));
            if (Boolean.FALSE.equals(redis)) {
                continue;
            }
            Value limit = cache.value("snapshot_retention_limit");
            String actual;
            if (limit instanceof Value.Unknown u) {
                verdicts.unverified(
                        cache,
                        "snapshot_retention_limit",
                        verdicts.text("unverified", Map.of()),
                        u.reason());
                continue;
            } else if (limit.isNull()) {
                actual = "not set, and the provider default is 0";
            } else {
                Integer days = Caches.integer(limit);
                if (days != null && days >= 1) {
                    continue;
                }
                actual = limit.asString() == null ? "not a number" : limit.asString();
            }
            String message = verdicts.text("fail", Map.of("actual", actual));
            if (redis == null) {
                verdicts.unverified(
                        cache,
                        "snapshot_retention_limit",
                        message,
                        "the rule applies to Redis OSS and Valkey, and the engine is unknown");
            } else {
                verdicts.fail(cache, "snapshot_retention_limit", message);
            }
        }
    }
}
