package dev.tfguard.engine;

import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.RuleInfo;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A rule whose logic is a {@link Check} class and whose metadata and messages come from its YAML.
 */
final class JavaRule implements Rule {
    private final RuleInfo info;
    private final Map<String, String> messages;
    private final Check check;
    private final Set<String> fileReads;
    private final Set<String> reads;

    /**
     * @param fileReads the types the rule's file names (its own type and {@code reads}); the rule
     *     reads those and the ones {@code check} declares
     */
    JavaRule(RuleInfo info, Map<String, String> messages, Check check, Set<String> fileReads) {
        this.info = info;
        this.messages = Map.copyOf(messages);
        this.check = check;
        this.fileReads = Set.copyOf(fileReads);
        Set<String> all = new TreeSet<>(fileReads);
        all.addAll(check.reads());
        this.reads = Collections.unmodifiableSet(all);
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

    /**
     * The same rule checked by {@code other}: metadata, messages and the types its file lists kept,
     * the types {@code other} declares read besides.
     */
    JavaRule withCheck(Check other) {
        return new JavaRule(info, messages, other, fileReads);
    }

    Check implementation() {
        return check;
    }
}
