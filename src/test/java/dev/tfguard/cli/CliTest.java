package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: exit codes, usage errors, help. */
class CliTest {

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void noPathIsAUsageError() {
        Run r = run();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .contains("tfguard: Missing required parameter: 'PATH'")
                .contains("Usage: tfguard")
                .contains("--help");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("--frobnicate", "x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void unknownFormatAndSeverityAreUsageErrors() {
        assertThat(run("--format", "yaml", ".").err()).contains("unknown format \"yaml\"");
        assertThat(run("--format", "yaml", ".").code()).isEqualTo(2);
        assertThat(run("--fail-on", "SEVERE", ".").code()).isEqualTo(2);
    }

    @Test
    void missingFileIsAnInputErrorWithoutStackTrace() {
        Run r = run("--format", "json", "does-not-exist.json");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err())
                .isEqualTo(
                        "tfguard: does-not-exist.json: no such file or folder"
                                + System.lineSeparator());
        assertThat(r.out()).contains("\"errors\"").contains("does-not-exist.json");
    }

    @Test
    void notAPlanIsAnInputError(@TempDir Path dir) throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello\n");
        Run r = run(notes.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("notes.txt:1: not a Terraform plan");
    }

    @Test
    void secureInputExitsZeroAndFailOnRaisesTheBar(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("main.tf"),
                """
                resource "aws_kms_key" "k" {
                  enable_key_rotation = true
                }
                """);
        assertThat(run(dir.resolve("main.tf").toString()).code()).isZero();
        Files.writeString(dir.resolve("main.tf"), "resource \"aws_kms_key\" \"k\" {}\n");
        assertThat(run(dir.resolve("main.tf").toString()).code()).isEqualTo(1);
        // TFG-KMS-001 is MEDIUM: below a HIGH threshold it is reported but does not fail
        Run high = run("--fail-on", "HIGH", dir.resolve("main.tf").toString());
        assertThat(high.code()).isZero();
        assertThat(high.out()).contains("TFG-KMS-001");
    }

    @Test
    void outputIsByteIdenticalAcrossRuns() {
        Run first = run("--format", "json", "testdata/hcl/scan", "testdata/plan/modules/plan.json");
        Run second =
                run("--format", "json", "testdata/hcl/scan", "testdata/plan/modules/plan.json");
        assertThat(first.out()).isNotEmpty().isEqualTo(second.out());
    }

    @Test
    void severalReportsInOneRun(@TempDir Path dir) throws IOException {
        Path sarif = dir.resolve("out/results.sarif");
        Run r =
                run(
                        "--format",
                        "sarif",
                        "--output",
                        sarif.toString(),
                        "--format",
                        "text",
                        "testdata/plan/insecure/plan.json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("TFG-EC-001").doesNotContain("\"$schema\"");
        assertThat(Files.readString(sarif)).contains("\"2.1.0\"").contains("TFG-EC-001");
    }

    @Test
    void helpListsExitCodes() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("Exit codes:")
                .contains("3   an input could not be read or parsed")
                .contains("--fail-on")
                .contains("--format");
    }

    @Test
    void versionPrintsTheVersion() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("tfguard ");
    }
}
