package dev.tfguard.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.cli.Main;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.HclParser;
import dev.tfguard.loader.hcl.syntax.SecretValues;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 6: what {@code tfguard fix --diff} prints applies with {@code git apply} and with
 * {@code patch -p1} in every case under {@code testdata/fix/}, gives what {@code tfguard fix}
 * itself writes (or, where a change next to a secret is left out, says so), and never shows a
 * secret of the input.
 */
class FixDiffAppliesTest {
    private static final Path CASES = Path.of("testdata/fix");

    @TempDir Path tmp;

    @TestFactory
    Stream<DynamicTest> everyFixtureDiffApplies() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(CASES)) {
            dirs = s.filter(p -> Files.isDirectory(p.resolve("input"))).sorted().toList();
        }
        assertThat(dirs).isNotEmpty();
        return dirs.stream()
                .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
    }

    private void check(Path dir) throws Exception {
        String name = dir.getFileName().toString();
        Path input = dir.resolve("input");
        List<String> args =
                Files.exists(dir.resolve("args"))
                        ? Files.readAllLines(dir.resolve("args")).stream()
                                .map(String::strip)
                                .filter(l -> !l.isEmpty())
                                .toList()
                        : List.of();
        Path work = copy(input, tmp.resolve(name + "-diff"));
        List<String> all = new ArrayList<>(List.of("fix", "--diff"));
        all.addAll(args);
        all.add(work.toString());
        StringWriter out = new StringWriter();
        Main.run(
                all.toArray(new String[0]),
                new PrintWriter(out),
                new PrintWriter(new StringWriter()),
                Map.of(),
                false,
                work);
        String diff = out.toString();
        for (String secret : secrets(input)) {
            assertThat(diff).as("the diff shows no secret").doesNotContain(secret);
        }
        if (!diff.contains("\n@@ ")) {
            return; // nothing to fix here (the case explains instead)
        }
        Path patchFile = tmp.resolve(name + ".diff");
        Files.writeString(patchFile, diff);

        Path byGit = copy(input, tmp.resolve(name + "-git"));
        exec(byGit, "git", "init", "-q", ".");
        exec(byGit, "git", "apply", "--whitespace=nowarn", patchFile.toString());
        Path byPatch = copy(input, tmp.resolve(name + "-patch"));
        exec(byPatch, "patch", "-p1", "--batch", "--input", patchFile.toString());
        assertThat(tree(byPatch))
                .as("patch -p1 and git apply give the same files")
                .isEqualTo(tree(byGit));
        if (!diff.startsWith("tfguard: ")) {
            // nothing was left out: applying the diff makes what tfguard fix writes
            assertThat(tree(byGit))
                    .as("the applied diff equals the fixed files")
                    .isEqualTo(tree(dir.resolve("expected")));
        }
    }

    /**
     * The text of every secret value (an auth_token literal, a token in a .tfvars file) in the
     * input's files.
     */
    private static List<String> secrets(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (Expr e : SecretValues.in(HclParser.parse(f.getFileName().toString(), bytes))) {
                    String text =
                            new String(
                                            bytes,
                                            e.range().start().byteOffset(),
                                            e.range().end().byteOffset()
                                                    - e.range().start().byteOffset(),
                                            StandardCharsets.UTF_8)
                                    .replace("\"", "")
                                    .strip();
                    if (text.length() >= 4) {
                        out.add(text);
                    }
                }
            }
        }
        return out;
    }

    private static void exec(Path dir, String... command) throws Exception {
        Process p =
                new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectErrorStream(true)
                        .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static Map<String, String> tree(Path dir) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString();
                if (!rel.startsWith(".git") && !rel.endsWith(".orig")) {
                    out.put(rel, Files.readString(p));
                }
            }
        }
        return out;
    }
}
