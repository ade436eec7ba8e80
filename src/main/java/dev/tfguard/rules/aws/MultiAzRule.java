package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.Map;

/**
 * TFG-EC-009: a cache whose nodes can sit in several Availability Zones uses them. A replication
 * group with automatic failover needs {@code multi_az_enabled = true} (default false); a Memcached
 * cluster of several nodes needs {@code az_mode = "cross-az"} (default {@code single-az}; the
 * attribute is for Memcached only). A group without a replica to place is left to TFG-EC-008.
 */
public final class MultiAzRule implements Check {

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        for (Resource group : graph.ofType(Caches.GROUP)) {
            Value failover = group.value("automatic_failover_enabled");
            if (failover.isKnown() && !Boolean.TRUE.equals(failover.asBool())
                    || failover.isNull()) {
                continue; // TFG-EC-008 asks for failover first; Multi-AZ needs it
            }
            if (Caches.withoutReplica(group) != null) {
                continue; // no replica to place in another zone: TFG-EC-008 reports the group
            }
            judge(
                    group,
                    "multi_az_enabled",
                    group.value("multi_az_enabled"),
                    "true",
                    "false",
                    failover.isUnknown(),
                    verdicts);
        }
        for (Resource cluster : Caches.groupsAndStandaloneClusters(graph)) {
            if (!cluster.type().equals(Caches.CLUSTER)) {
                continue;
            }
            Value engine = cluster.value("engine");
            if (engine.isKnown() && !"memcached".equals(engine.asString()) || engine.isNull()) {
                continue;
            }
            Integer nodes = Caches.integer(cluster.value("num_cache_nodes"));
            if (nodes != null && nodes <= 1) {
                continue; // one node is in one zone whatever az_mode says
            }
            boolean open = engine.isUnknown() || cluster.value("num_cache_nodes").isUnknown();
            judge(
                    cluster,
                    "az_mode",
                    cluster.value("az_mode"),
                    "cross-az",
                    "\"single-az\"",
                    open,
                    verdicts);
        }
    }

    private static void judge(
            Resource r,
            String attr,
            Value v,
            String wanted,
            String shownDefault,
            boolean open,
            Verdicts verdicts) {
        if (v instanceof Value.Unknown u) {
            verdicts.unverified(
                    r, attr, verdicts.text("unverified", Map.of("attr", attr)), u.reason());
            return;
        }
        if (wanted.equals(v.asString())) {
            return;
        }
        String actual =
                v.isNull()
                        ? "not set, and the provider default is " + shownDefault
                        : v.known() instanceof String s && !wanted.equals("true")
                                ? "\"" + s + "\""
                                : v.asString() != null
                                        ? v.asString()
                                        : "not a " + (wanted.equals("true") ? "bool" : "string");
        String message = verdicts.text(attr, Map.of("actual", actual));
        if (open) {
            verdicts.unverified(
                    r,
                    attr,
                    message,
                    "the rule applies only to groups with automatic failover and to "
                            + "Memcached clusters of several nodes, and that is unknown");
        } else {
            verdicts.fail(r, attr, message);
        }
    }
}
