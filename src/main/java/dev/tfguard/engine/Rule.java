package dev.tfguard.engine;

import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.RuleInfo;

/**
 * A check over the resource graph. Stateless: it reads the graph and reports to the sink, nothing
 * else. Declarative rules are built from their YAML {@code match}; Java rules ({@code impl:})
 * implement {@link Check} and get their metadata from the same YAML.
 */
public interface Rule {

    RuleInfo info();

    void check(ResourceGraph graph, Verdicts verdicts);

    /**
     * The resource types the rule reads: its own type, and any the rule follows through the graph.
     */
    default java.util.Set<String> reads() {
        return java.util.Set.of(info().resourceType());
    }
}
