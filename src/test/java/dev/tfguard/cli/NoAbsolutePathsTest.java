package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.report.Reporters;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No report names a file by its absolute path, in any format, for any input layout in {@code
 * testdata} (a plan, a module tree, installed modules, several roots, override and OpenTofu files),
 * scanned from the repository's top and from the layout's own folder, nor for a module outside the
 * repository (issue 16).
 */
class NoAbsolutePathsTest {

    @Test
    void noReportOfAnyTestdataLayoutNamesAnAbsolutePath() throws IOException {
        Path top = Path.of("").toAbsolutePath();
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("testdata"), 3)) {
            s.filter(
                            p ->
                                    Files.isDirectory(p)
                                            && !p.getFileName().toString().startsWith(".")
                                            && holdsInput(p))
                    .sorted()
                    .forEach(inputs::add);
        }
        try (Stream<Path> s = Files.walk(Path.of("testdata/plan"))) {
            s.filter(p -> p.getFileName().toString().equals("plan.json"))
                    .sorted()
                    .forEach(inputs::add);
        }
        assertThat(inputs).hasSizeGreaterThan(30);
        List<String> leaks = new ArrayList<>();
        for (Path input : inputs) {
            Path own = Files.isDirectory(input) ? input : input.getParent();
            String fromOwn = Files.isDirectory(input) ? "." : input.getFileName().toString();
            // from the layout's own folder, modules above it are outside the working folder: every
            // format there
            for (String format : Reporters.names()) {
                check(
                        leaks,
                        input + " (" + format + ", from its folder)",
                        run(top.resolve(own), "--format", format, fromOwn),
                        top);
            }
            check(
                    leaks,
                    input + " (json, from the top)",
                    run(top, "--format", "json", input.toString()),
                    top);
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void aModuleOutsideTheRepositoryIsNamedFromIt(@TempDir Path tmp) throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("infra/prod"));
        Files.createDirectories(tmp.resolve("shared-modules/cache"));
        Files.writeString(
                repo.resolve("infra/prod/main.tf"),
                "module \"cache\" {\n  source = \"../../../shared-modules/cache\"\n}\n");
        Files.writeString(
                tmp.resolve("shared-modules/cache/main.tf"),
                """
                resource "aws_elasticache_replication_group" "g" {
                  replication_group_id       = "g"
                  description                = "g"
                  at_rest_encryption_enabled = false
                }
                """);
        List<String> leaks = new ArrayList<>();
        for (String format : Reporters.names()) {
            CliTestSupport.Run r = run(repo.resolve("infra/prod"), "--format", format, ".");
            check(leaks, format, r, tmp);
            assertThat(r.out()).as(format).contains("../shared-modules/cache/main.tf");
        }
        assertThat(leaks).isEmpty();
    }

    private static boolean holdsInput(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(
                    p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".tf") || n.endsWith(".tofu") || n.endsWith(".tf.json");
                    });
        } catch (IOException e) {
            return false;
        }
    }

    private static void check(
            List<String> leaks, String what, CliTestSupport.Run r, Path absolute) {
        for (String stream : List.of(r.out(), r.err())) {
            if (stream.contains(absolute.toString()) || stream.contains("file:/")) {
                int at = Math.max(stream.indexOf(absolute.toString()), stream.indexOf("file:/"));
                leaks.add(
                        what
                                + ": ..."
                                + stream.substring(
                                        Math.max(0, at - 40), Math.min(stream.length(), at + 80)));
            }
        }
    }

    private static CliTestSupport.Run run(Path workDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                Main.run(
                        args, new PrintWriter(out), new PrintWriter(err), Map.of(), false, workDir);
        return new CliTestSupport.Run(code, out.toString(), err.toString());
    }
}
