package dev.tfguard.fix;

import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Resource;
import dev.tfguard.model.RuleFix;
import java.util.Map;
import java.util.Set;

/**
 * How the findings of a rule are repaired. A rule file names its strategy and gives its parameters
 * under {@code fix:} (see {@link RuleFix}); the strategies know edits, not rules, so that a new
 * fixable rule is a rule file with a {@code fix:} section and its examples.
 */
interface FixStrategy {

    /** The finding being fixed, its resource, and the block and file the resource is written in. */
    record Target(Finding finding, SourceText src, Block block, Resource resource) {}

    /**
     * Fixes the target's finding by planning edits on {@code run}; returns false when it leaves the
     * finding (having said why through {@link FixRun#leave}).
     */
    boolean fix(FixRun run, Target target, RuleFix spec);

    /** The strategies by the name rule files give them. */
    Map<String, FixStrategy> ALL =
            Map.of(
                    "set", new SetAttribute(),
                    "explain", (run, t, spec) -> explain(run, t, spec.param("why")),
                    "auth-token",
                            (run, t, spec) ->
                                    explain(
                                            run,
                                            t,
                                            Snippets.authToken(t.resource(), spec.param("then"))),
                    "transit-encryption", new TransitEncryption(),
                    "customer-managed-key", new CustomerManagedKey());

    /** The strategy called {@code name}, or null. */
    static FixStrategy named(String name) {
        return ALL.get(name);
    }

    /** The names of the strategies. */
    static Set<String> names() {
        return ALL.keySet();
    }

    /** Leaves the finding with {@code why}: what to do by hand. */
    private static boolean explain(FixRun run, Target t, String why) {
        run.leave(t.finding(), why);
        return false;
    }
}
