package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.Map;

/**
 * TFG-EC-007: a Redis OSS or Valkey replication group, or a cluster outside a replication group,
 * does not turn off automatic minor version upgrades ({@code auto_minor_version_upgrade}; the
 * provider default is true, and the cluster resource writes it as a string). Memcached clusters do
 * not take the setting.
 */
public final class AutoMinorVersionUpgradeRule implements Check {

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        for (Resource cache : Caches.groupsAndStandaloneClusters(graph)) {
            Value upgrade = cache.value("auto_minor_version_upgrade");
            if (upgrade.isNull()) {
                continue;
            }
            if (upgrade instanceof Value.Unknown u) {
                verdicts.unverified(
                        cache,
                        "auto_minor_version_upgrade",
                        verdicts.text("unverified", Map.of()),
                        u.reason());
                continue;
            }
            if (!Boolean.FALSE.equals(upgrade.asBool())) {
                continue;
            }
            Boolean redis = Caches.redisLike(Caches.engine(graph, cache));
            if (Boolean.FALSE.equals(redis)) {
                continue;
            }
            String message = verdicts.text("fail", Map.of());
            if (redis == null) {
                verdicts.unverified(
                        cache,
                        "auto_minor_version_upgrade",
                        message,
                        "the rule applies to Redis OSS and Valkey, and the engine is unknown");
            } else {
                verdicts.fail(cache, "auto_minor_version_upgrade", message);
            }
        }
    }
}
