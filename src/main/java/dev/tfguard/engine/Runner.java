package dev.tfguard.engine;

import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs rules over a graph and returns their verdicts in report order. */
public final class Runner {

    /**
     * Below this many resources the rules run on the calling thread only: starting threads would
     * cost more.
     */
    static final int PARALLEL_MIN_RESOURCES = 2000;

    private Runner() {}

    /**
     * Every failure and unverified check of {@code rules} on {@code graph}, sorted by {@link
     * Finding#ORDER}.
     */
    public static List<Finding> run(List<Rule> rules, ResourceGraph graph) {
        int threads =
                graph.resources().size() < PARALLEL_MIN_RESOURCES
                        ? 1
                        : Math.min(rules.size(), Runtime.getRuntime().availableProcessors());
        return run(rules, graph, threads);
    }

    /**
     * The same on up to {@code threads} threads. Rules are stateless and the graph is read-only, so
     * rules can run side by side; each rule's verdicts are kept apart and joined in rule order,
     * which gives the list one thread gives (the sort is stable). A rule that throws fails the run
     * as it does on one thread: the first such rule in order decides the exception.
     */
    static List<Finding> run(List<Rule> rules, ResourceGraph graph, int threads) {
        List<List<Finding>> verdicts = new ArrayList<>();
        Throwable[] failures = new Throwable[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            verdicts.add(new ArrayList<>());
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker =
                () -> {
                    for (int i = next.getAndIncrement();
                            i < rules.size();
                            i = next.getAndIncrement()) {
                        Rule rule = rules.get(i);
                        try {
                            rule.check(graph, new Verdicts(rule.info(), verdicts.get(i)));
                        } catch (RuntimeException | Error e) {
                            failures[i] = e;
                        }
                    }
                };
        if (!Parallel.run(worker, threads, "tfguard-rules")) {
            throw new IllegalStateException("interrupted while rules ran");
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            if (failures[i] instanceof RuntimeException e) {
                throw e;
            } else if (failures[i] instanceof Error e) {
                throw e;
            }
            out.addAll(verdicts.get(i));
        }
        out.sort(Finding.ORDER);
        return out;
    }
}
