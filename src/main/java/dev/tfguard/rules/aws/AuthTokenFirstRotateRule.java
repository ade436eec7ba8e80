package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Change;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.Map;

/**
 * TFG-EC-015: a plan that gives an existing replication group its first {@code auth_token} with the
 * {@code ROTATE} strategy (written, or AWS's choice when {@code auth_token_update_strategy} is not
 * set) leaves the group accepting connections without a token until a later apply with {@code SET}.
 * The strategy is used only when an existing group is modified, so only an update in a plan shows
 * it; creations and source input are silent. Token values are never read beyond whether one is set.
 */
public final class AuthTokenFirstRotateRule implements Check {

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        for (Resource group : graph.ofType(Caches.GROUP)) {
            Change change = group.change();
            if (change == null || !change.actions().contains("update") || change.isReplace()) {
                continue;
            }
            Value before = change.before().getOrDefault("auth_token", Value.NULL);
            Value after = group.value("auth_token");
            boolean hadToken = before.isKnown() && !before.isEmptyKnown();
            boolean hasToken = after.isUnknown() || after.isKnown() && !after.isEmptyKnown();
            if (hadToken || !hasToken || before.isUnknown()) {
                continue;
            }
            Value strategy = group.value("auth_token_update_strategy");
            if (strategy instanceof Value.Unknown u) {
                verdicts.unverified(
                        group,
                        "auth_token_update_strategy",
                        verdicts.text("unverified", Map.of()),
                        u.reason());
                continue;
            }
            if (strategy.isNull() || "ROTATE".equals(strategy.asString())) {
                String how = strategy.isNull() ? "not set, so AWS uses ROTATE" : "ROTATE";
                verdicts.fail(
                        group,
                        strategy.isNull() ? "auth_token" : "auth_token_update_strategy",
                        verdicts.text("fail", Map.of("strategy", how)));
            }
        }
    }
}
