package dev.tfguard.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.cli.Main;
import dev.tfguard.loader.hcl.syntax.HclParser;
import dev.tfguard.model.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tfguard fix} over the scan fixtures of the HCL loader and the insecure example (issue 8):
 * with every rule and {@code --create-kms-key}, the fixed files parse, a scan afterwards reports
 * none of the findings it fixed, every finding of the handled rules that remains was explained, and
 * a second run changes nothing.
 */
class FixScanTest {

    @TempDir Path tmp;

    @TestFactory
    Stream<DynamicTest> fixesEveryScanFixture() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(Path.of("testdata/hcl/scan"))) {
            dirs = new java.util.ArrayList<>(s.filter(Files::isDirectory).sorted().toList());
        }
        dirs.add(Path.of("testdata/plan/insecure"));
        return dirs.stream()
                .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
    }

    private void check(Path fixture) throws IOException {
        Path work = tmp.resolve(fixture.getFileName().toString());
        copyTerraform(fixture, work);
        Fixer.Options options =
                new Fixer.Options(Set.of(), true, false, null, List.of(), Map.of(), work);
        Fixer.Result planned = Fixer.plan(List.of(work), options);
        Set<String> fixed = new HashSet<>();
        planned.fixed().forEach(f -> fixed.add(f.rule() + " " + f.resource()));
        Set<String> explained = new HashSet<>();
        planned.left()
                .forEach(l -> explained.add(l.finding().rule() + " " + l.finding().resource()));

        int code = fix(work);
        assertThat(code).isIn(0, 1);
        Map<String, byte[]> after = tree(work);
        for (Map.Entry<String, byte[]> e : after.entrySet()) {
            assertThat(HclParser.parse(e.getKey(), e.getValue()).valid())
                    .as(e.getKey() + " parses")
                    .isTrue();
        }
        for (Finding f : Fixer.scan(List.of(work), options).findings()) {
            String key = f.rule() + " " + f.resource();
            assertThat(fixed).as("a fixed finding is gone").doesNotContain(key);
            if (Fixer.RULES.contains(f.rule()) && !f.rule().equals("TFG-EC-014")) {
                assertThat(explained).as("a finding fix leaves is explained: " + f).contains(key);
            }
        }
        assertThat(fix(work)).isEqualTo(code);
        assertThat(tree(work))
                .as("a second run changes nothing")
                .containsExactlyInAnyOrderEntriesOf(after);
    }

    @Test
    void insecureExampleHasNoEncryptionFindingsLeftAfterFix() throws IOException {
        Path work = tmp.resolve("insecure");
        copyTerraform(Path.of("testdata/plan/insecure"), work);
        fix(work, "--create-kms-key");
        Fixer.Options options =
                new Fixer.Options(Set.of(), false, false, null, List.of(), Map.of(), work);
        assertThat(Fixer.scan(List.of(work), options).findings())
                .extracting(Finding::rule)
                .doesNotContain("TFG-EC-001", "TFG-EC-002", "TFG-EC-003", "TFG-KMS-001");
    }

    private static int fix(Path work, String... extra) {
        String[] args =
                Stream.concat(
                                Stream.concat(Stream.of("fix"), Stream.of(extra)),
                                Stream.of("--create-kms-key", work.toString()))
                        .distinct()
                        .toArray(String[]::new);
        StringWriter err = new StringWriter();
        int code =
                Main.run(
                        args,
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(err),
                        Map.of(),
                        false,
                        work);
        assertThat(err.toString()).doesNotContain("internal error");
        return code;
    }

    private static void copyTerraform(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                String n = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (n.endsWith(".tf") || n.endsWith(".tfvars")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
