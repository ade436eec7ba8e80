package dev.tfguard.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.model.RuleFix;
import dev.tfguard.model.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule that declares a fix: each of its examples, fixed with the example's options, gives
 * exactly the example's {@code fixed} text; a fix that changes something removes the rule's finding
 * and changes nothing when run again, and an example left as it is was explained. Adding a fixable
 * rule needs no test class: its rule file's examples are the test.
 */
class RuleFixExamplesTest {

    @TempDir Path tmp;

    @Test
    void everyFixNamesAKnownStrategy() {
        List<String> problems = new ArrayList<>();
        for (RuleInfo rule : RuleCatalog.builtIn().infos()) {
            if (rule.fix() != null && FixStrategy.named(rule.fix().strategy()) == null) {
                problems.add(
                        rule.id()
                                + ": fix strategy \""
                                + rule.fix().strategy()
                                + "\" is not one of "
                                + FixStrategy.names());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(Fixer.RULES).isNotEmpty().isSorted();
    }

    @TestFactory
    Stream<DynamicTest> everyFixExampleGivesItsFixedText() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleInfo rule : RuleCatalog.builtIn().infos()) {
            if (rule.fix() == null) {
                continue;
            }
            List<RuleFix.Example> examples = rule.fix().examples();
            for (int i = 0; i < examples.size(); i++) {
                RuleFix.Example e = examples.get(i);
                String name = rule.id() + " example " + (i + 1);
                tests.add(
                        DynamicTest.dynamicTest(
                                name,
                                () -> check(rule.id(), e, tmp.resolve(name.replace(' ', '-')))));
            }
        }
        return tests.stream();
    }

    private static void check(String id, RuleFix.Example example, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path main = dir.resolve("main.tf");
        Files.writeString(main, example.bad());
        Fixer.Options options =
                new Fixer.Options(
                        Set.of(id),
                        example.options().contains("--create-kms-key"),
                        example.options().contains("--existing"),
                        null,
                        List.of(),
                        Map.of(),
                        dir);
        Fixer.Result result = Fixer.plan(List.of(dir), options);
        assertThat(result.errors()).isEmpty();
        result.write();
        assertThat(Files.readString(main, StandardCharsets.UTF_8)).isEqualTo(example.fixed());
        if (example.fixed().equals(example.bad())) {
            assertThat(result.left())
                    .as("an example left as it is is explained")
                    .extracting(l -> l.finding().rule())
                    .contains(id);
            return;
        }
        assertThat(result.fixed()).extracting(f -> f.rule()).contains(id);
        assertThat(Fixer.scan(List.of(dir), options).findings())
                .as("the fixed example has no finding of " + id)
                .noneMatch(f -> f.rule().equals(id));
        assertThat(Fixer.plan(List.of(dir), options).files())
                .as("a second run changes nothing")
                .isEmpty();
    }
}
