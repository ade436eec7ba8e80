package dev.tfguard.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tfguard.model.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks the built-in catalog as a whole: every rule's metadata, examples and implementation. */
class RuleCatalogTest {
    private static final Pattern ID = Pattern.compile("TFG-[A-Z]+-\\d{3}");

    @Test
    void everyRuleIsComplete() throws IOException {
        RuleCatalog catalog = RuleCatalog.builtIn();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> impls = new HashSet<>();
        for (Rule rule : catalog.rules()) {
            RuleInfo r = rule.info();
            String file = catalog.file(r.id());
            if (!ID.matcher(r.id()).matches()) {
                problems.add(file + ": id " + r.id() + " is not TFG-FAMILY-NNN");
            }
            if (!ids.add(r.id())) {
                problems.add(file + ": duplicate id " + r.id());
            }
            if (!file.endsWith("/" + r.slug() + ".yaml")) {
                problems.add(file + ": file name differs from slug " + r.slug());
            }
            boolean badPlan = r.examplesPlan().stream().anyMatch(p -> !p.expect().isEmpty());
            boolean goodPlan = r.examplesPlan().stream().anyMatch(p -> p.expect().isEmpty());
            if (r.examplesBad().isEmpty() && !badPlan || r.examplesGood().isEmpty() && !goodPlan) {
                problems.add(file + ": needs at least one good and one bad example (HCL or plan)");
            }
            for (RuleInfo.PlanExample p : r.examplesPlan()) {
                if (!Files.isRegularFile(Path.of(p.plan()))
                        || p.title() == null
                        || p.title().isBlank()) {
                    problems.add(
                            file + ": plan example " + p.plan() + " is missing or has no title");
                }
            }
            for (String bad : r.examplesBad()) {
                if (!bad.contains("# expect " + r.id())) {
                    problems.add(file + ": a bad example has no '# expect " + r.id() + "' marker");
                }
            }
            if (r.links().isEmpty()) {
                problems.add(file + ": no links");
            }
            if (rule instanceof JavaRule j && !impls.add(j.implementation().getClass().getName())) {
                problems.add(
                        file
                                + ": Java rule "
                                + j.implementation().getClass().getSimpleName()
                                + " used twice");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void indexListsEveryRuleFile() throws IOException {
        Path rules = Path.of("rules");
        List<String> onDisk;
        try (Stream<Path> s = Files.walk(rules)) {
            onDisk =
                    s.filter(p -> p.toString().endsWith(".yaml"))
                            .map(p -> rules.relativize(p).toString().replace('\\', '/'))
                            .sorted()
                            .toList();
        }
        assertThat(RuleCatalog.index()).containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void rejectsUnknownKeyWithItsLine() {
        RuleCatalog catalog = new RuleCatalog();
        String yaml = "id: TFG-X-001\ntitle: t\nseverity: low\nresorce: aws_x\n";
        assertThatThrownBy(() -> catalog.add("custom.yaml", yaml.getBytes()))
                .isInstanceOf(RuleDefinitionException.class)
                .satisfies(
                        e ->
                                assertThat(((RuleDefinitionException) e).describe())
                                        .startsWith("custom.yaml:4: ")
                                        .contains("resorce"));
    }

    @Test
    void rejectsUnknownOperator() {
        RuleCatalog catalog = new RuleCatalog();
        String yaml =
                """
                id: TFG-X-001
                title: t
                severity: low
                description: d
                remediation: r
                match:
                  resource: aws_x
                  require:
                    - {attr: a, op: between, value: 1}
                """;
        assertThatThrownBy(() -> catalog.add("custom.yaml", yaml.getBytes()))
                .hasMessageContaining("unknown op \"between\"");
    }

    @Test
    void rejectsBadSeverityAndMissingImpl() {
        RuleCatalog catalog = new RuleCatalog();
        String base = "id: TFG-X-001\ntitle: t\ndescription: d\nremediation: r\nresource: aws_x\n";
        assertThatThrownBy(
                        () ->
                                catalog.add(
                                        "a.yaml",
                                        (base + "severity: severe\nimpl: KeyRotation\n")
                                                .getBytes()))
                .hasMessageContaining("severity \"severe\"");
        assertThatThrownBy(
                        () ->
                                catalog.add(
                                        "b.yaml",
                                        (base + "severity: low\nimpl: Nothing\n").getBytes()))
                .hasMessageContaining("no class dev.tfguard.rules.aws.NothingRule");
    }
}
