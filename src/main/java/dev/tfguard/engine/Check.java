package dev.tfguard.engine;

import dev.tfguard.graph.ResourceGraph;

/**
 * The logic of a rule written in Java ({@code impl: X} in the descriptor resolves to {@code
 * dev.tfguard.rules.aws.XRule}). Rationale, messages' wording and examples live in the YAML.
 */
public interface Check {

    /**
     * Checks every resource the rule is about, reporting failures and unverified checks to {@code
     * verdicts}.
     */
    void check(ResourceGraph graph, Verdicts verdicts);
}
