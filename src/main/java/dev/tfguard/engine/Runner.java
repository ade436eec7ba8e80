package dev.tfguard.engine;

import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Finding;

import java.util.ArrayList;
import java.util.List;

/** Runs rules over a graph and returns their verdicts in report order. */
public final class Runner {

    private Runner() {
    }

    /** Every failure and unverified check of {@code rules} on {@code graph}, sorted by {@link Finding#ORDER}. */
    public static List<Finding> run(List<Rule> rules, ResourceGraph graph) {
        List<Finding> out = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(graph, new Verdicts(rule.info(), out));
        }
        out.sort(Finding.ORDER);
        return out;
    }
}
