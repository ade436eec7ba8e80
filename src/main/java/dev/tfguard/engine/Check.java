package dev.tfguard.engine;

import dev.tfguard.graph.ResourceGraph;
import java.util.Set;

/**
 * The logic of a rule written in Java ({@code impl: X} in the descriptor resolves to {@code
 * dev.tfguard.rules.<provider>.XRule}). Rationale, messages' wording and examples live in the YAML.
 */
public interface Check {

    /**
     * Checks every resource the rule is about, reporting failures and unverified checks to {@code
     * verdicts}.
     */
    void check(ResourceGraph graph, Verdicts verdicts);

    /**
     * Resource types the logic follows through the graph beyond those its rule file lists under
     * {@code reads}: types that provider knowledge names (such as every resource that uses a KMS
     * key), so that a type added there reaches the rule without a change to its file.
     */
    default Set<String> reads() {
        return Set.of();
    }
}
