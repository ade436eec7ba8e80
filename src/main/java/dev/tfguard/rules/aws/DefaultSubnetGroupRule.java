package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.Map;

/**
 * TFG-EC-010: a replication group, or a cluster outside a replication group, names its own subnet
 * group. Without {@code subnet_group_name} (or with {@code "default"}) ElastiCache places the nodes
 * in the default subnet group, made of the default VPC's subnets. A cluster that belongs to a
 * replication group takes the group's.
 */
public final class DefaultSubnetGroupRule implements Check {

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        for (Resource cache : Caches.groupsAndStandaloneClusters(graph)) {
            Value name = cache.value("subnet_group_name");
            if (name instanceof Value.Unknown u) {
                // a reference to a subnet group or a required variable: set, and "default" cannot
                // be created
                if (!u.set()) {
                    verdicts.unverified(
                            cache,
                            "subnet_group_name",
                            verdicts.text("unverified", Map.of()),
                            u.reason());
                }
                continue;
            }
            String actual;
            if (name.isNull() || name.isEmptyKnown()) {
                actual = "not set";
            } else if ("default".equalsIgnoreCase(name.asString())) {
                actual = "\"" + name.asString() + "\"";
            } else {
                continue;
            }
            verdicts.fail(
                    cache, "subnet_group_name", verdicts.text("fail", Map.of("actual", actual)));
        }
    }
}
