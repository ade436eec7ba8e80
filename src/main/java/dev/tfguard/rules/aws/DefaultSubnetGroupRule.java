package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Attr;
import dev.tfguard.model.Mode;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.List;
import java.util.Map;

/**
 * TFG-EC-010: a replication group, or a cluster outside a replication group, names its own subnet
 * group. Without {@code subnet_group_name} (or with {@code "default"}) ElastiCache places the nodes
 * in the default subnet group, made of the default VPC's subnets. A cluster that belongs to a
 * replication group takes the group's.
 */
public final class DefaultSubnetGroupRule implements Check {
    private static final String SUBNET_GROUP = "aws_elasticache_subnet_group";

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        for (Resource cache : Caches.groupsAndStandaloneClusters(graph)) {
            Value name = cache.value("subnet_group_name");
            if (name instanceof Value.Unknown u) {
                String why = unknownName(graph, cache, u);
                if (why != null) {
                    verdicts.unverified(
                            cache, "subnet_group_name", verdicts.text("unverified", Map.of()), why);
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

    /**
     * Why an unknown {@code subnet_group_name} may name the default subnet group; null when it
     * cannot. A subnet group this configuration creates is never the default one (AWS reserves the
     * name {@code default} and requires a name), so a name that comes only from such groups, each
     * certainly created, is not; anything else (a variable without a value, a module or data source
     * outside the scan, a group whose count is known only at apply, which leaves an empty name when
     * it makes none) may be {@code ""} or {@code "default"}.
     */
    private static String unknownName(ResourceGraph graph, Resource cache, Value.Unknown u) {
        if (!u.set()) {
            return u.reason();
        }
        Attr attr = cache.attr("subnet_group_name");
        List<Resource> groups =
                graph.targets(cache, "subnet_group_name").stream()
                        .filter(r -> r.mode() == Mode.MANAGED && r.type().equals(SUBNET_GROUP))
                        .toList();
        if (groups.isEmpty()) {
            return (attr.references().isEmpty()
                            ? "the name is known only at apply"
                            : "the name comes from "
                                    + String.join(", ", attr.references())
                                    + ", known only at apply")
                    + ": it may be \"default\" or empty";
        }
        for (Resource g : groups) {
            if (g.mayBeAbsent()) {
                return g.address()
                        + " is created only when its count or for_each, known only at apply, makes"
                        + " an instance; without one the name is empty";
            }
        }
        for (String ref : attr.references()) {
            if (ref.startsWith("var.") || ref.contains(".var.")) {
                return "the name may come from " + ref + ", whose value is known only at apply";
            }
        }
        return null;
    }
}
