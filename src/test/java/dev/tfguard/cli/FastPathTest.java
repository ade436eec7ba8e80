package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command lines that {@link FastPath} reads without picocli come out exactly as picocli reads
 * them, every annotated option included (so a new option with a default cannot be missed), and
 * everything else is left to picocli.
 */
class FastPathTest {

    private static ScanCommand command() {
        PrintWriter w = new PrintWriter(new StringWriter());
        return new ScanCommand(w, w, Map.of(), false, Path.of("").toAbsolutePath());
    }

    /** The command as the production picocli set-up reads {@code args}. */
    private static ScanCommand picocli(String... args) {
        PrintWriter w = new PrintWriter(new StringWriter());
        CommandLine cli =
                ScanCommand.commandLine(w, w, Map.of(), false, Path.of("").toAbsolutePath());
        cli.parseArgs(args);
        return cli.getCommand();
    }

    /** Every field picocli fills in, as comparable text. */
    private static List<String> options(ScanCommand c) throws IllegalAccessException {
        List<String> out = new ArrayList<>();
        for (Field f : ScanCommand.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(CommandLine.Option.class)
                    || f.isAnnotationPresent(CommandLine.Parameters.class)) {
                f.setAccessible(true);
                out.add(f.getName() + "=" + f.get(c));
            } else if (f.isAnnotationPresent(CommandLine.ArgGroup.class)) {
                f.setAccessible(true);
                List<String> reports = new ArrayList<>();
                for (ScanCommand.ReportOption r : c.reports) {
                    reports.add(r.format + ">" + r.output);
                }
                out.add(f.getName() + "=" + reports);
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "main.tf",
                "main.tf other.tf ./rules",
                "infra/ --fail-on HIGH",
                "--fail-on=critical plan.json",
                "--strict -q main.tf",
                "--no-strict --quiet --no-config --show-suppressed --no-peer-suppressions main.tf",
                "--config c.yaml --rules r1 --rules=r2 --source src --baseline b.json --baseline-write w.json main.tf",
                "--rules rules main.tf",
                "-f json main.tf",
                "--format json --output out/report.json --format text main.tf",
                "--format=sarif --output=r.sarif -f text main.tf",
                "-f json -f text -o t.txt main.tf",
                "--var-file a.tfvars --var-file=b.tfvars main.tf",
                "main.tf -f json -o r.json --fail-on INFO",
            })
    void readsPlainScansAsPicocliDoes(String line) throws IllegalAccessException {
        String[] args = line.split(" ");
        ScanCommand fast = FastPath.parse(args, command());
        assertThat(fast).as(line).isNotNull();
        assertThat(options(fast)).as(line).isEqualTo(options(picocli(args)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "--help",
                "-h",
                "--version",
                "-V",
                "syntax main.tf",
                "rules",
                "explain TFG-EC-001",
                "infra",
                "--frobnicate main.tf",
                "--fail-on SEVERE main.tf",
                "--fail-on HIGH --fail-on LOW main.tf",
                "--strict --strict main.tf",
                "--strict --no-strict main.tf",
                "-q --quiet main.tf",
                "--debug main.tf",
                "--config a.yaml --config b.yaml main.tf",
                "--quiet=true main.tf",
                "--format yaml main.tf",
                "-o out.json main.tf",
                "-f json -o a -o b main.tf",
                "--format",
                "-fjson main.tf",
                "--format --strict main.tf",
                "@args.txt",
                "-- main.tf",
                "--strict=true main.tf",
                "--fail-on",
            })
    void leavesEverythingElseToPicocli(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        assertThat(FastPath.parse(args, command())).as(line).isNull();
    }

    /**
     * A plain scan, the pre-commit hook's, links no picocli class: picocli's classes cannot be kept
     * in the launcher's class-data archive, and the first one needed opens the jar (about 9 ms of a
     * one-file scan). A picocli type in a throw or an interface argument of a class on the scan's
     * way loads it (see {@link Errors}).
     */
    @Test
    void aPlainScanLoadsNoPicocliClass() throws Exception {
        List<URL> urls = new ArrayList<>();
        String classPath =
                System.getProperty(
                        "surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        List<String> picocli = new ArrayList<>();
        try (URLClassLoader fresh =
                new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader()) {
                    @Override
                    protected Class<?> loadClass(String name, boolean resolve)
                            throws ClassNotFoundException {
                        if (name.startsWith("picocli.")) {
                            picocli.add(name);
                        }
                        return super.loadClass(name, resolve);
                    }
                }) {
            Method run =
                    fresh.loadClass(Main.class.getName())
                            .getMethod("run", String[].class, PrintWriter.class, PrintWriter.class);
            PrintWriter w = new PrintWriter(new StringWriter());
            for (String line :
                    List.of(
                            "testdata/hcl/scan/local-value/main.tf",
                            "--format json --fail-on high testdata/hcl/scan/local-value/")) {
                Object code = run.invoke(null, line.split(" "), w, w);
                assertThat(code).as(line).isEqualTo(ExitCode.FINDINGS.code());
            }
        }
        assertThat(picocli).isEmpty();
    }

    @Test
    void anInputErrorOnTheFastPathEndsAsOnPicocli() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                Main.run(
                        new String[] {"does-not-exist.tf"},
                        new PrintWriter(out),
                        new PrintWriter(err));
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).startsWith("tfguard: does-not-exist.tf: no such file or folder");
    }
}
