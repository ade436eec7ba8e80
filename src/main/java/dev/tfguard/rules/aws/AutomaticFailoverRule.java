package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.Map;

/**
 * TFG-EC-008: a replication group fails over on its own. {@code automatic_failover_enabled} must be
 * true (the provider's default is false), and the group must have a replica to promote: with {@code
 * replicas_per_node_group = 0} in cluster mode, or {@code num_cache_clusters = 1}, failover is on
 * in name only.
 */
public final class AutomaticFailoverRule implements Check {

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        for (Resource group : graph.ofType(Caches.GROUP)) {
            Value failover = group.value("automatic_failover_enabled");
            if (failover instanceof Value.Unknown u) {
                verdicts.unverified(
                        group,
                        "automatic_failover_enabled",
                        verdicts.text("unverified", Map.of()),
                        u.reason());
                continue;
            }
            if (failover.isNull()) {
                verdicts.fail(
                        group,
                        "automatic_failover_enabled",
                        verdicts.text(
                                "fail",
                                Map.of("actual", "not set, and the provider default is false")));
                continue;
            }
            if (!Boolean.TRUE.equals(failover.asBool())) {
                String shown = failover.asString() != null ? failover.asString() : "not a bool";
                verdicts.fail(
                        group,
                        "automatic_failover_enabled",
                        verdicts.text("fail", Map.of("actual", shown)));
                continue;
            }
            String lacking = Caches.withoutReplica(group);
            if (lacking != null) {
                verdicts.fail(
                        group,
                        lacking,
                        verdicts.text(
                                "no_replica",
                                Map.of(
                                        "setting",
                                        lacking + " is " + group.value(lacking).asString())));
            }
        }
    }
}
