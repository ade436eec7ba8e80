package dev.tfguard.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.engine.Runner;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.loader.Inputs;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Model;
import dev.tfguard.model.Resource;
import dev.tfguard.rules.aws.knowledge.Keys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties of the evaluator and the graph over random configurations (issue 10). Each
 * configuration's findings for the core rules are known by construction; its Terraform source, with
 * every value reached through a random evaluator path (variable default, tfvars, local, object
 * attribute, conditional), and its plan must both give exactly those findings, and the graph must
 * link each key to exactly the groups built to use it.
 *
 * <p>The seeds are fixed, so a run is repeatable; {@code -Dtfguard.properties.seed=N} starts
 * elsewhere and {@code -Dtfguard.properties.tries=N} runs more. A failure names its seed.
 */
class ConfigurationPropertiesTest {
    private static final RuleCatalog CATALOG = RuleCatalog.builtIn();
    private static final Set<String> CORE =
            Set.of("TFG-EC-001", "TFG-EC-002", "TFG-EC-003", "TFG-EC-004", "TFG-KMS-001");
    private static final long FIRST_SEED = Long.getLong("tfguard.properties.seed", 1);
    private static final int TRIES = Integer.getInteger("tfguard.properties.tries", 150);

    /**
     * What one scan gave: the core findings and, per key, the resources whose kms_key_id leads to
     * it.
     */
    private record Outcome(
            TreeSet<String> findings,
            TreeMap<String, TreeSet<String>> keyUsers,
            List<String> errors) {}

    private static Outcome scan(Path input, Path workDir) {
        LoadOptions options =
                new LoadOptions(CATALOG.relevantTypes(), List.of(), Map.of(), workDir);
        Model model = new Model();
        Inputs.load(List.of(input), options, model);
        ResourceGraph graph = new ResourceGraph(model.resources());
        TreeSet<String> findings = new TreeSet<>();
        for (Finding f : Runner.run(CATALOG.rules(), graph)) {
            if (CORE.contains(f.rule())) {
                findings.add(f.rule() + " " + f.resource());
            }
        }
        TreeMap<String, TreeSet<String>> users = new TreeMap<>();
        for (Resource r : graph.ofType("aws_elasticache_replication_group")) {
            for (Resource k : Keys.of(graph, r, "kms_key_id").keys()) {
                users.computeIfAbsent(k.address(), x -> new TreeSet<>()).add(r.address());
            }
        }
        return new Outcome(findings, users, model.errors().stream().map(Object::toString).toList());
    }

    @Test
    void sourceAndPlanGiveTheFindingsKnownByConstruction(@TempDir Path dir) throws IOException {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + TRIES; seed++) {
            RandomConfiguration c = new RandomConfiguration(seed);
            Path src = Files.createDirectories(dir.resolve("src" + seed));
            StringBuilder tfvars = new StringBuilder();
            Files.writeString(src.resolve("main.tf"), c.hcl(new Random(seed * 31), tfvars));
            Files.writeString(src.resolve("terraform.tfvars"), tfvars);
            Path plan = Files.createDirectories(dir.resolve("plan" + seed)).resolve("plan.json");
            Files.writeString(plan, c.plan());

            Outcome fromSource = scan(src, dir);
            Outcome fromPlan = scan(plan, dir);
            String why = "seed " + seed + "\n" + Files.readString(src.resolve("main.tf")) + tfvars;
            assertThat(fromSource.errors()).as(why).isEmpty();
            assertThat(fromPlan.errors()).as(why).isEmpty();
            assertThat(fromSource.findings()).as(why).isEqualTo(c.expected());
            assertThat(fromPlan.findings()).as(why).isEqualTo(c.expected());
            assertThat(fromSource.keyUsers()).as(why).isEqualTo(c.keyUsers());
            assertThat(fromPlan.keyUsers()).as(why).isEqualTo(c.keyUsers());
        }
    }

    /**
     * The evaluator path a value takes does not change what a rule sees: every rendering scans the
     * same.
     */
    @Test
    void howAValueIsWrittenDoesNotChangeTheFindings(@TempDir Path dir) throws IOException {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + TRIES / 3; seed++) {
            RandomConfiguration c = new RandomConfiguration(seed);
            Outcome first = null;
            for (int rendering = 0; rendering < 3; rendering++) {
                Path src = Files.createDirectories(dir.resolve("s" + seed + "-" + rendering));
                StringBuilder tfvars = new StringBuilder();
                Files.writeString(
                        src.resolve("main.tf"), c.hcl(new Random(seed * 7 + rendering), tfvars));
                Files.writeString(src.resolve("terraform.tfvars"), tfvars);
                Outcome o = scan(src, dir);
                if (first == null) {
                    first = o;
                } else {
                    assertThat(o.findings())
                            .as("seed " + seed + ", rendering " + rendering)
                            .isEqualTo(first.findings());
                }
            }
        }
    }
}
