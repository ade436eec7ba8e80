package dev.tfguard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line in-process: exit codes, usage errors, help. */
class CliTest {

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

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
        assertThat(r.err()).contains("tfguard: Missing required parameter: 'PATH'").contains("Usage: tfguard")
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
        assertThat(r.err()).isEqualTo("tfguard: does-not-exist.json: no such file or folder" + System.lineSeparator());
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
    void helpListsExitCodes() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Exit codes:").contains("3   an input could not be read or parsed")
                .contains("--fail-on").contains("--format");
    }

    @Test
    void versionPrintsTheVersion() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("tfguard ");
    }
}
