package dev.tfguard.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.cli.Main;
import dev.tfguard.model.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden cases for {@code tfguard fix} (issue 8), one folder each under {@code testdata/fix/}:
 * {@code input/} is the configuration, {@code args} the options (one per line), {@code
 * expected.diff} what {@code --diff} prints, {@code expected.txt} what the fixing run prints and
 * {@code expected/} every file after it, byte for byte. Each case also checks that {@code --diff}
 * writes nothing, that a second run changes nothing, and that a scan after the fix reports none of
 * the findings it fixed. {@code -Dtfguard.updateGolden=true} rewrites the expectations.
 */
class FixGoldenTest {
    private static final Path CASES = Path.of("testdata/fix");
    private static final boolean UPDATE = Boolean.getBoolean("tfguard.updateGolden");

    @TempDir Path tmp;

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(CASES)) {
            dirs = s.filter(p -> Files.isDirectory(p.resolve("input"))).sorted().toList();
        }
        assertThat(dirs).isNotEmpty();
        return dirs.stream()
                .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
    }

    private void check(Path dir) throws IOException {
        Path work = tmp.resolve(dir.getFileName().toString());
        copy(dir.resolve("input"), work);
        List<String> args = args(dir);
        Map<String, byte[]> before = tree(work);

        Run diff = run(work, "--diff", args);
        compare(diff.out(), dir.resolve("expected.diff"));
        assertThat(diff.err()).doesNotContain("internal error");
        assertSameTree(tree(work), before, "--diff must not change any file");

        Fixer.Options options = options(work, args);
        Fixer.Result planned = Fixer.plan(List.of(work), options);
        Set<String> fixed = new HashSet<>();
        planned.fixed().forEach(f -> fixed.add(f.rule() + " " + f.resource()));

        Run first = run(work, null, args);
        assertThat(first.err()).doesNotContain("internal error");
        compare(first.out(), dir.resolve("expected.txt"));
        Map<String, byte[]> after = tree(work);
        if (UPDATE) {
            deleteTree(dir.resolve("expected"));
            copy(work, dir.resolve("expected"));
        }
        assertSameTree(
                after, tree(dir.resolve("expected")), "the fixed files differ from expected/");

        Run second = run(work, null, args);
        assertSameTree(tree(work), after, "a second fix must change nothing");
        assertThat(second.out())
                .doesNotContain("(not written)")
                .containsPattern("nothing fixed|nothing to fix");
        assertThat(second.code()).isEqualTo(first.code());

        for (Finding f : Fixer.scan(List.of(work), options).findings()) {
            assertThat(fixed)
                    .as("fixed findings are not reported after the fix")
                    .doesNotContain(f.rule() + " " + f.resource());
        }
        assertThat(first.code())
                .as("exit code")
                .isEqualTo(
                        Fixer.scan(List.of(work), options).findings().stream()
                                        .anyMatch(f -> options.selected(f.rule()))
                                ? 1
                                : 0);
    }

    private static Run run(Path work, String mode, List<String> args) {
        List<String> all = new ArrayList<>(List.of("fix"));
        if (mode != null) {
            all.add(mode);
        }
        all.addAll(args);
        all.add(work.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                Main.run(
                        all.toArray(new String[0]),
                        new PrintWriter(out),
                        new PrintWriter(err),
                        Map.of(),
                        false,
                        work);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {}

    private static List<String> args(Path dir) throws IOException {
        Path f = dir.resolve("args");
        if (!Files.exists(f)) {
            return List.of();
        }
        return Files.readAllLines(f).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The same options the CLI builds from {@code args}. */
    private static Fixer.Options options(Path work, List<String> args) {
        Set<String> rules = new HashSet<>();
        boolean existing = false;
        boolean createKey = false;
        Path plan = null;
        List<Path> varFiles = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--rule" -> rules.add(args.get(++i));
                case "--existing" -> existing = true;
                case "--create-kms-key" -> createKey = true;
                case "--plan" -> plan = work.resolve(args.get(++i));
                case "--var-file" -> varFiles.add(work.resolve(args.get(++i)));
                default ->
                        throw new IllegalArgumentException(
                                "unknown option in args: " + args.get(i));
            }
        }
        return new Fixer.Options(rules, createKey, existing, plan, varFiles, Map.of(), work);
    }

    private static void compare(String actual, Path golden) throws IOException {
        if (UPDATE || !Files.exists(golden)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            if (!UPDATE) {
                throw new AssertionError(
                        "golden file " + golden + " was missing and has been written: review it");
            }
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static void assertSameTree(
            Map<String, byte[]> actual, Map<String, byte[]> expected, String why) {
        assertThat(actual.keySet()).as(why).isEqualTo(expected.keySet());
        for (String name : expected.keySet()) {
            assertThat(new String(actual.get(name), StandardCharsets.UTF_8))
                    .as(why + ": " + name)
                    .isEqualTo(new String(expected.get(name), StandardCharsets.UTF_8));
        }
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
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
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
