package dev.tfguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher {@code bin/tfguard} under every POSIX shell installed here ({@code bash},
 * {@code dash}, {@code busybox sh}; {@code .ci/run} installs the last two), against a stand-in
 * {@code java} that records its arguments, and once against the real JDK to check its class-data
 * archive. Issue 17, items 4 and 5.
 */
class LauncherShellTest {
    private static final Path LAUNCHER = Path.of("bin", "tfguard").toAbsolutePath();
    private static final Path JAR = Path.of("target", "tfguard.jar").toAbsolutePath();

    /**
     * Set by {@code .ci/run}, which runs this class again once {@code mvn verify} has packaged the
     * jar: the archive test then runs for certain (under {@code mvn verify} the tests run before
     * the jar exists).
     */
    private static final boolean JAR_REQUIRED = Boolean.getBoolean("tfguard.packagedJar");

    @TempDir static Path shared;

    record Run(int code, String out, String err) {}

    /** The shells to run the launcher under: each as a command prefix. */
    static List<List<String>> shells() {
        List<List<String>> shells = new ArrayList<>();
        for (List<String> shell :
                List.of(List.of("bash"), List.of("dash"), List.of("busybox", "sh"))) {
            if (onPath(shell.get(0))) {
                shells.add(shell);
            }
        }
        return shells;
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    static Run run(List<String> shell, Path dir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(shell);
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("TFGUARD_JAVA_OPTS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
        Run r = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    /**
     * A JDK folder whose {@code bin/java} writes its arguments, one per line, to {@code $FAKE_ARGS}
     * and exits with {@code $FAKE_EXIT}; {@code -version} succeeds unless an argument is {@code
     * -XX:+Refused}.
     */
    static Path fakeJdk(Path dir, String version) throws IOException {
        Path home = dir.resolve("jdk-" + version);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(
                home.resolve("release"),
                "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = home.resolve("bin/java");
        Files.writeString(
                java,
                """
                #!/bin/sh
                for a in "$@"; do
                    if [ "$a" = -XX:+Refused ]; then
                        echo "Unrecognized VM option 'Refused'" >&2
                        echo "Error: Could not create the Java Virtual Machine." >&2
                        exit 1
                    fi
                done
                for a in "$@"; do
                    [ "$a" = -version ] && exit 0
                done
                : > "$FAKE_ARGS"
                for a in "$@"; do
                    printf '%s\\n' "$a" >> "$FAKE_ARGS"
                done
                exit "${FAKE_EXIT:-0}"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    @TestFactory
    Stream<DynamicTest> runsUnderEveryShellWithAStandInJava() throws IOException {
        Path dir = Files.createDirectories(shared.resolve("fake"));
        Path java17 = fakeJdk(dir, "17.0.9");
        Path java11 = fakeJdk(dir, "11.0.21");
        Path java8 = fakeJdk(dir, "1.8.0_392");
        Files.writeString(dir.resolve("main.tf"), "");
        Files.writeString(dir.resolve("main.tf.json"), "{}");
        Files.writeString(dir.resolve("out.json"), "{}");
        Files.writeString(
                dir.resolve("-Dglob=matches"), ""); // what an unquoted -Dglob=* would expand to
        Path args = dir.resolve("args.txt");
        // the stand-in java never opens the jar: any file will do, so these tests need no packaged
        // jar
        Path jar = Files.writeString(dir.resolve("tfguard.jar"), "not read");
        List<DynamicTest> tests = new ArrayList<>();
        assertThat(shells()).isNotEmpty();
        for (List<String> shell : shells()) {
            String name = String.join(" ", shell) + ": ";
            Map<String, String> env =
                    new HashMap<>(
                            Map.of(
                                    "TFGUARD_JAR",
                                    jar.toString(),
                                    "TFGUARD_NO_ARCHIVE",
                                    "1",
                                    "FAKE_ARGS",
                                    args.toString(),
                                    "TFGUARD_JAVA",
                                    java17.toString()));
            tests.add(
                    DynamicTest.dynamicTest(
                            name + "passes the arguments and the exit status through",
                            () -> {
                                Run r =
                                        run(
                                                shell,
                                                dir,
                                                with(env, "FAKE_EXIT", "3"),
                                                "--format",
                                                "json",
                                                "a b",
                                                "");
                                assertThat(r.code()).as(r.err()).isEqualTo(3);
                                List<String> passed = Files.readAllLines(args);
                                assertThat(
                                                passed.subList(
                                                        passed.indexOf("dev.tfguard.cli.Main"),
                                                        passed.size()))
                                        .containsExactly(
                                                "dev.tfguard.cli.Main",
                                                "--format",
                                                "json",
                                                "a b",
                                                "");
                                assertThat(passed)
                                        .contains("-cp", jar.toString(), "-Dtfguard.exit=halt");
                            }));
            tests.add(
                    DynamicTest.dynamicTest(
                            name + "splits TFGUARD_JAVA_OPTS at spaces only, without globbing",
                            () -> {
                                Run r =
                                        run(
                                                shell,
                                                dir,
                                                with(
                                                        env,
                                                        "TFGUARD_JAVA_OPTS",
                                                        "-Dglob=*  -Dtab=a\tb -Xmx64m"),
                                                "main.tf");
                                assertThat(r.code()).as(r.err()).isZero();
                                List<String> passed = Files.readAllLines(args);
                                assertThat(passed)
                                        .contains("-Dglob=*", "-Dtab=a\tb", "-Xmx64m")
                                        .doesNotContain("-Dglob=matches", "")
                                        .doesNotContain("-Dtfguard.exit=halt");
                            }));
            tests.add(
                    DynamicTest.dynamicTest(
                            name + "JVM options the JVM refuses exit 4, not 1",
                            () -> {
                                Run r =
                                        run(
                                                shell,
                                                dir,
                                                with(env, "TFGUARD_JAVA_OPTS", "-XX:+Refused"),
                                                "main.tf");
                                assertThat(r.code()).isEqualTo(4);
                                assertThat(r.err())
                                        .contains(
                                                "tfguard: the JVM refuses TFGUARD_JAVA_OPTS (-XX:+Refused): "
                                                        + "Unrecognized VM option 'Refused'");
                            }));
            tests.add(
                    DynamicTest.dynamicTest(
                            name + "a Java older than 17 exits 4 and says what to install",
                            () -> {
                                for (Path old : List.of(java11, java8)) {
                                    Files.deleteIfExists(args);
                                    Run r =
                                            run(
                                                    shell,
                                                    dir,
                                                    with(env, "TFGUARD_JAVA", old.toString()),
                                                    "main.tf");
                                    assertThat(r.code()).isEqualTo(4);
                                    assertThat(r.err())
                                            .contains(
                                                    "tfguard: needs Java 17 or later, but "
                                                            + old
                                                            + " is Java ")
                                            .contains("install a JDK or JRE 17 or later")
                                            .contains("JAVA_HOME");
                                    assertThat(args).doesNotExist();
                                }
                            }));
            tests.add(
                    DynamicTest.dynamicTest(
                            name + "no jar or no java exits 4",
                            () -> {
                                Run r =
                                        run(
                                                shell,
                                                dir,
                                                with(
                                                        env,
                                                        "TFGUARD_JAR",
                                                        dir.resolve("missing.jar").toString()),
                                                "main.tf");
                                assertThat(r.code()).isEqualTo(4);
                                assertThat(r.err()).contains("cannot find tfguard.jar");
                                r =
                                        run(
                                                shell,
                                                dir,
                                                with(
                                                        env,
                                                        "TFGUARD_JAVA",
                                                        dir.resolve("no-java").toString()),
                                                "main.tf");
                                assertThat(r.code()).isEqualTo(4);
                                assertThat(r.err())
                                        .contains("cannot run " + dir.resolve("no-java"))
                                        .contains("JRE 17 or later");
                            }));
            tests.add(
                    DynamicTest.dynamicTest(
                            name + "a hook's run of Terraform files is told apart by names only",
                            () -> {
                                // main.tf.json is Terraform source, and the value of --output is no
                                // input
                                Run r =
                                        run(
                                                shell,
                                                dir,
                                                env,
                                                "--format",
                                                "json",
                                                "--output",
                                                "out.json",
                                                "main.tf",
                                                "main.tf.json");
                                assertThat(r.code()).as(r.err()).isZero();
                                assertThat(Files.readAllLines(args))
                                        .contains("-XX:CompileThresholdScaling=3");
                                r = run(shell, dir, env, "out.json");
                                assertThat(Files.readAllLines(args))
                                        .doesNotContain("-XX:CompileThresholdScaling=3");
                            }));
        }
        return tests.stream();
    }

    private static Map<String, String> with(Map<String, String> env, String key, String value) {
        Map<String, String> m = new HashMap<>(env);
        m.put(key, value);
        return m;
    }

    /**
     * The archive follows the jar: after the jar changes (a rebuild, an older copy put in its
     * place) the next run uses an archive the JVM accepts, never a stale one. {@code -Xshare:on}
     * makes the JVM fail instead of silently running without a class-data archive it cannot use.
     */
    @Test
    void aChangedJarGetsAFreshArchive(@TempDir Path dir) throws Exception {
        // under mvn verify the tests run before the jar is packaged (a jar found then may be half
        // made)
        org.junit.jupiter.api.Assumptions.assumeTrue(
                JAR_REQUIRED,
                "the packaged jar: .ci/run runs this test after mvn verify, with -Dtfguard.packagedJar=true");
        assertThat(JAR).as("the packaged jar (-Dtfguard.packagedJar)").isRegularFile();
        Path jar = Files.copy(JAR, dir.resolve("tfguard.jar"));
        Path cache = dir.resolve("cache");
        Files.writeString(
                dir.resolve("main.tf"),
                "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = true\n}\n");
        List<String> shell = shells().contains(List.of("dash")) ? List.of("dash") : shells().get(0);
        Map<String, String> env =
                Map.of(
                        "TFGUARD_JAR",
                        jar.toString(),
                        "TFGUARD_CACHE",
                        cache.toString(),
                        "TFGUARD_JAVA",
                        javaOfThisJdk());
        Map<String, String> strict = with(env, "TFGUARD_JAVA_OPTS", "-Xshare:on");

        Run first = run(shell, dir, env, "main.tf");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(archives(cache)).hasSize(1);
        Run shared1 = run(shell, dir, strict, "main.tf");
        assertThat(shared1.code()).as("the JVM accepts the archive: " + shared1.err()).isZero();

        // the same bytes with an older date, as a copy that keeps dates or a checkout of another
        // build leaves it
        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 86_400_000L));
        Run older = run(shell, dir, strict, "main.tf");
        assertThat(older.code())
                .as("no stale archive after the jar changed: " + older.err())
                .isZero();
        assertThat(older.err()).isEmpty();

        // another build: the jar's content changes
        try (FileSystem zip =
                FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            Files.writeString(zip.getPath("META-INF", "rebuilt.txt"), "another build\n");
        }
        Run rebuilt = run(shell, dir, strict, "main.tf");
        assertThat(rebuilt.code())
                .as("no stale archive after a rebuild: " + rebuilt.err())
                .isZero();
        assertThat(archives(cache)).hasSize(3);
        Run again = run(shell, dir, strict, "main.tf");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(archives(cache)).hasSize(3);
    }

    private static List<Path> archives(Path cache) throws IOException {
        try (Stream<Path> s = Files.walk(cache)) {
            return s.filter(p -> p.getFileName().toString().matches("tfguard.*\\.(jsa|aot)"))
                    .toList();
        }
    }

    private static String javaOfThisJdk() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
