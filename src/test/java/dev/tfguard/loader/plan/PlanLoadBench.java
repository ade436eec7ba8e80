package dev.tfguard.loader.plan;

import dev.tfguard.loader.LoadOptions;
import dev.tfguard.model.Model;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads plan files with the types the rules read and prints counts and timing, for measuring load
 * time and peak memory: {@code java -Xmx256m -cp ... dev.tfguard.loader.plan.PlanLoadBench
 * plan.json...} under {@code /usr/bin/time -v}.
 */
public final class PlanLoadBench {

    static final Set<String> RULE_TYPES =
            Set.of(
                    "aws_elasticache_replication_group",
                    "aws_elasticache_cluster",
                    "aws_kms_key",
                    "aws_kms_alias");

    private PlanLoadBench() {}

    public static void main(String[] args) {
        LoadOptions options =
                new LoadOptions(RULE_TYPES, List.of(), Map.of(), Path.of("").toAbsolutePath());
        for (String arg : args) {
            long start = System.nanoTime();
            Model model = new Model();
            new PlanLoader().load(Path.of(arg), options, model);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long withAttrs =
                    model.resources().stream().filter(r -> !r.attributes().isEmpty()).count();
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf(
                    "%s: %d resources (%d with attributes), %d errors, %d ms, retained heap %d MB%n",
                    arg,
                    model.resources().size(),
                    withAttrs,
                    model.errors().size(),
                    ms,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
            model.errors().forEach(e -> System.out.println("  " + e));
        }
    }
}
