package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Change;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.List;
import java.util.Map;

/**
 * TFG-EC-005: a plan that replaces a replication group (or a Redis OSS or Valkey cluster outside
 * one) destroys its data, unless the new group is created from a snapshot ({@code snapshot_name},
 * {@code snapshot_arns}) or the old group leaves a final snapshot ({@code
 * final_snapshot_identifier} in its prior state: a value added in the same plan applies only to the
 * new group, since Terraform destroys the old one with its recorded settings). Only plans show
 * replacements; source input has no changes, so the rule is silent there.
 */
public final class ReplacementDataLossRule implements Check {

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        for (Resource group : Caches.groupsAndStandaloneClusters(graph)) {
            Change change = group.change();
            if (change == null || !change.isReplace()) {
                continue;
            }
            if (group.type().equals(Caches.CLUSTER)
                    && !Boolean.TRUE.equals(Caches.redisLike(group.value("engine")))) {
                continue; // Memcached keeps nothing to lose
            }
            if (restores(group.value("snapshot_name")) || restores(group.value("snapshot_arns"))) {
                continue;
            }
            Value finalSnapshot =
                    change.before().getOrDefault("final_snapshot_identifier", Value.NULL);
            if (finalSnapshot.isKnown() && !finalSnapshot.isEmptyKnown()) {
                continue;
            }
            String forced = forcedBy(change, "group");
            Value name = group.value("snapshot_name");
            Value arns = group.value("snapshot_arns");
            String attribute =
                    change.replacePaths().isEmpty() ? null : change.replacePaths().get(0);
            boolean cluster = group.type().equals(Caches.CLUSTER);
            String id = group.value(cluster ? "cluster_id" : "replication_group_id").asString();
            String message =
                    verdicts.text(
                            cluster ? "fail_cluster" : "fail",
                            Map.of("forced", forced, "id", id == null ? group.name() : id));
            if (name.isUnknown() || arns.isUnknown()) {
                verdicts.unverified(
                        group,
                        attribute,
                        message,
                        "snapshot_name or snapshot_arns is known only at apply, and may be empty");
            } else {
                verdicts.fail(group, attribute, message);
            }
        }
    }

    /** True when the value names a snapshot to restore from, or is set but known only at apply. */
    static boolean restores(Value v) {
        if (v instanceof Value.Unknown u) {
            return u.set();
        }
        if (!v.isKnown() || v.isEmptyKnown()) {
            return false;
        }
        return !v.isSequence()
                || v.elements().stream().anyMatch(x -> !x.isNull() && !"".equals(x.known()));
    }

    /**
     * The words for why Terraform replaces the group: the attributes that force it, or the plan's
     * reason.
     */
    static String forcedBy(Change change, String what) {
        List<String> paths = change.replacePaths();
        if (!paths.isEmpty()) {
            return (paths.size() == 1 ? "a change to " : "changes to ")
                    + String.join(", ", paths)
                    + ", which cannot be made in place";
        }
        String reason = change.actionReason();
        if ("replace_by_request".equals(reason)) {
            return "terraform apply -replace";
        }
        if ("replace_by_triggers".equals(reason)) {
            return "lifecycle.replace_triggered_by";
        }
        if ("replace_because_tainted".equals(reason)) {
            return "the " + what + " being tainted";
        }
        return "a change that cannot be made in place";
    }
}
