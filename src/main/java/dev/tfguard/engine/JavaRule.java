package dev.tfguard.engine;

import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.RuleInfo;
import java.util.Map;
import java.util.Set;

/**
 * A rule whose logic is a {@link Check} class and whose metadata and messages come from its YAML.
 */
final class JavaRule implements Rule {
    private final RuleInfo info;
    private final Map<String, String> messages;
    private final Check check;
    private final Set<String> reads;

    JavaRule(RuleInfo info, Map<String, String> messages, Check check, Set<String> reads) {
        this.info = info;
        this.messages = Map.copyOf(messages);
        this.check = check;
        this.reads = Set.copyOf(reads);
    }

    @Override
    public Set<String> reads() {
        return reads;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        check.check(graph, verdicts.withMessages(messages));
    }

    Check implementation() {
        return check;
    }
}
