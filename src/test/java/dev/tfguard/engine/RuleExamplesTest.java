package dev.tfguard.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.hcl.HclLoader;
import dev.tfguard.loader.plan.PlanLoader;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Model;
import dev.tfguard.model.RuleInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule's own examples, as its docs show them: each bad example yields the rule's finding on
 * exactly the lines marked {@code # expect <ID>}, and each good example yields none of the rule's
 * findings. Each plan example yields the rule's findings on exactly the addresses it lists.
 */
class RuleExamplesTest {

    @TestFactory
    Stream<DynamicTest> examples() {
        List<DynamicTest> tests = new ArrayList<>();
        RuleCatalog catalog = RuleCatalog.builtIn();
        for (Rule rule : catalog.rules()) {
            RuleInfo info = rule.info();
            for (int i = 0; i < info.examplesBad().size(); i++) {
                String hcl = info.examplesBad().get(i);
                tests.add(
                        DynamicTest.dynamicTest(
                                info.id() + " bad example " + (i + 1),
                                () ->
                                        assertThat(lines(findings(rule, hcl)))
                                                .as(hcl)
                                                .isEqualTo(expectedLines(hcl, info.id()))));
            }
            for (int i = 0; i < info.examplesGood().size(); i++) {
                String hcl = info.examplesGood().get(i);
                tests.add(
                        DynamicTest.dynamicTest(
                                info.id() + " good example " + (i + 1),
                                () -> assertThat(findings(rule, hcl)).as(hcl).isEmpty()));
            }
            for (RuleInfo.PlanExample plan : info.examplesPlan()) {
                tests.add(
                        DynamicTest.dynamicTest(
                                info.id() + " plan " + plan.plan(),
                                () ->
                                        assertThat(
                                                        planFindings(
                                                                catalog,
                                                                rule,
                                                                Path.of(plan.plan())))
                                                .as(plan.plan())
                                                .extracting(Finding::resource)
                                                .containsExactlyInAnyOrderElementsOf(
                                                        plan.expect())));
            }
        }
        return tests.stream();
    }

    /** The rule's failing findings on one example, loaded as a main.tf by the HCL loader. */
    static List<Finding> findings(Rule rule, String hcl) {
        try {
            Path dir = Files.createTempDirectory("tfguard-example");
            try {
                Files.writeString(dir.resolve("main.tf"), hcl);
                Model model = new Model();
                LoadOptions options = new LoadOptions(null, List.of(), java.util.Map.of(), dir);
                new HclLoader().load(dir, options, model);
                assertThat(model.errors()).as("the example must be valid Terraform").isEmpty();
                return Runner.run(List.of(rule), new ResourceGraph(model.resources())).stream()
                        .filter(f -> !f.unverified())
                        .toList();
            } finally {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rule's failing findings on a plan fixture, loaded as a scan loads it: only the types the
     * catalog's rules read are kept whole, so a rule that forgets to declare a type it reads fails
     * here.
     */
    static List<Finding> planFindings(RuleCatalog catalog, Rule rule, Path plan) {
        Model model = new Model();
        LoadOptions options =
                new LoadOptions(
                        catalog.relevantTypes(),
                        List.of(),
                        java.util.Map.of(),
                        Path.of("").toAbsolutePath());
        new PlanLoader().load(plan, options, model);
        assertThat(model.errors()).as("the plan fixture must load").isEmpty();
        return Runner.run(List.of(rule), new ResourceGraph(model.resources())).stream()
                .filter(f -> !f.unverified())
                .toList();
    }

    private static List<Integer> lines(List<Finding> findings) {
        return findings.stream().map(Finding::line).sorted().toList();
    }

    static List<Integer> expectedLines(String hcl, String id) {
        List<Integer> out = new ArrayList<>();
        String[] lines = hcl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("# expect " + id)) {
                out.add(i + 1);
            }
        }
        return out;
    }
}
