package dev.tfguard.loader.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.engine.Runner;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 15, "What was seen": one folder per class of evaluation error under {@code
 * testdata/hcl/issue15/}, each scanned with the rules its markers name ({@code # expect ID} a
 * finding on that line, {@code # unverified ID} a check that cannot be decided), and nothing else
 * from those rules.
 */
class Issue15RegressionTest {
    private static final Path CASES = Path.of("testdata/hcl/issue15");

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).sorted().toList().stream()
                    .map(
                            dir ->
                                    DynamicTest.dynamicTest(
                                            dir.getFileName().toString(), () -> check(dir)));
        }
    }

    private static void check(Path dir) throws IOException {
        Model model = new Model();
        new HclLoader()
                .load(dir, new LoadOptions(null, List.of(), Map.of(), dir.toAbsolutePath()), model);
        assertThat(model.errors()).isEmpty();
        List<String> expected = HclScanTest.markers(dir, "expect");
        List<String> unverifiedExpected = HclScanTest.markers(dir, "unverified");
        Set<String> named = new HashSet<>();
        for (String m : expected) {
            named.add(m.substring(m.indexOf(' ') + 1));
        }
        for (String m : unverifiedExpected) {
            named.add(m.substring(m.indexOf(' ') + 1));
        }
        assertThat(named).as("a case names the rules it is about").isNotEmpty();
        List<Finding> all =
                Runner.run(
                        RuleCatalog.builtIn().rules().stream()
                                .filter(r -> named.contains(r.info().id()))
                                .toList(),
                        new ResourceGraph(model.resources()));
        List<String> failures = new ArrayList<>();
        List<String> unverified = new ArrayList<>();
        for (Finding f : all) {
            (f.unverified() ? unverified : failures)
                    .add(f.file() + ":" + f.line() + " " + f.rule());
        }
        assertThat(failures).as("findings").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(unverified)
                .as("unverified")
                .containsExactlyInAnyOrderElementsOf(unverifiedExpected);
    }
}
