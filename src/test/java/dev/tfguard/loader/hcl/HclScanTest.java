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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Scans each folder under {@code testdata/hcl/scan/} with every rule. The expectation is written on
 * the offending line: {@code # expect <ID>...} for a finding, {@code # unverified <ID>...} for a
 * check that cannot be decided. Each case is named for how the value reaches the rule (a variable
 * default, a tfvars value, a module input, ...). The rules checked are those that some case names
 * in a marker: a rule added later need not be marked in the cases written for others (issue 7 added
 * rules that report most of these minimal caches, e.g. on their backups).
 */
class HclScanTest {
    private static final Path CASES = Path.of("testdata/hcl/scan");

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        return caseDirs().stream()
                .map(
                        dir ->
                                DynamicTest.dynamicTest(
                                        dir.getFileName().toString(), () -> check(dir)));
    }

    private static List<Path> caseDirs() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static void check(Path dir) throws IOException {
        Model model = new Model();
        LoadOptions options = new LoadOptions(null, List.of(), Map.of(), dir.toAbsolutePath());
        new HclLoader().load(dir, options, model);
        assertThat(model.errors()).isEmpty();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (String kind : List.of("expect", "unverified")) {
            for (Path d : caseDirs()) {
                markers(d, kind).forEach(m -> named.add(m.substring(m.indexOf(' ') + 1)));
            }
        }
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
        assertThat(failures)
                .as("findings")
                .containsExactlyInAnyOrderElementsOf(markers(dir, "expect"));
        assertThat(unverified)
                .as("unverified")
                .containsExactlyInAnyOrderElementsOf(markers(dir, "unverified"));
    }

    /**
     * {@code file:line ID} for every {@code # <kind> ID...} marker in the folder's {@code .tf} and
     * {@code .tfvars} files.
     */
    static List<String> markers(Path dir, String kind) throws IOException {
        List<String> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            // a failure caused by a .tfvars value is located there (issue 17, item 8)
            files =
                    s.filter(p -> p.toString().endsWith(".tf") || p.toString().endsWith(".tfvars"))
                            .sorted()
                            .toList();
        }
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                int at = lines.get(i).indexOf("# " + kind + " ");
                if (at >= 0) {
                    for (String id :
                            lines.get(i).substring(at + kind.length() + 3).trim().split("\\s+")) {
                        out.add(
                                dir.relativize(f).toString().replace('\\', '/')
                                        + ":"
                                        + (i + 1)
                                        + " "
                                        + id);
                    }
                }
            }
        }
        return out;
    }
}
