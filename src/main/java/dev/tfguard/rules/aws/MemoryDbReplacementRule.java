package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Change;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.Map;

/**
 * TFG-MDB-007: a plan that replaces a MemoryDB cluster deletes it with its transaction log and
 * creates an empty one, unless the new cluster restores from a snapshot ({@code snapshot_name},
 * {@code snapshot_arns}) or the old one leaves a final snapshot ({@code final_snapshot_name} in its
 * prior state: a value added in the same plan applies only to the new cluster, since Terraform
 * deletes the old one with its recorded settings). Only plans show replacements; source input has
 * no changes, so the rule is silent there.
 */
public final class MemoryDbReplacementRule implements Check {

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        for (Resource cluster : graph.ofType(MemoryDb.CLUSTER)) {
            Change change = cluster.change();
            if (change == null || !change.isReplace()) {
                continue;
            }
            Value name = cluster.value("snapshot_name");
            Value arns = cluster.value("snapshot_arns");
            if (ReplacementDataLossRule.restores(name) || ReplacementDataLossRule.restores(arns)) {
                continue;
            }
            Value finalSnapshot = change.before().getOrDefault("final_snapshot_name", Value.NULL);
            if (finalSnapshot.isKnown() && !finalSnapshot.isEmptyKnown()) {
                continue;
            }
            String attribute =
                    change.replacePaths().isEmpty() ? null : change.replacePaths().get(0);
            String id = change.before().getOrDefault("name", Value.NULL).asString();
            if (id == null) {
                id = cluster.value("name").asString();
            }
            String message =
                    verdicts.text(
                            "fail",
                            Map.of(
                                    "forced",
                                    ReplacementDataLossRule.forcedBy(change, "cluster"),
                                    "id",
                                    id == null ? cluster.name() : id));
            if (name.isUnknown() || arns.isUnknown()) {
                verdicts.unverified(
                        cluster,
                        attribute,
                        message,
                        "snapshot_name or snapshot_arns is known only at apply, and may be empty");
            } else {
                verdicts.fail(cluster, attribute, message);
            }
        }
    }
}
