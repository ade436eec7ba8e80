package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tfguard fix} as a command (issue 8): options, exit codes, what it writes and what it never
 * prints.
 */
class FixCommandTest {

    private static final String GROUP =
            """
            resource "aws_elasticache_replication_group" "sessions" {
              replication_group_id       = "sessions"
              description                = "user sessions"
              at_rest_encryption_enabled = false
              auth_token                 = "literal-token-0123456789abcdef"
            }

            variable "password" {
              type      = string
              sensitive = true
              default   = "sensitive-default-0123456789"
            }
            """;

    @TempDir Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of(), false, dir);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void rejectsRulesItDoesNotHandle() throws IOException {
        Files.writeString(dir.resolve("main.tf"), GROUP);
        Run r = run("fix", "--rule", "TFG-EC-006", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("tfguard fix handles TFG-EC-001");
    }

    @Test
    void diffAndDryRunExcludeEachOther() throws IOException {
        Files.writeString(dir.resolve("main.tf"), GROUP);
        assertThat(run("fix", "--diff", "--dry-run", dir.toString()).code()).isEqualTo(2);
    }

    @Test
    void needsAPath() {
        Run r = run("fix");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("PATH");
    }

    @Test
    void missingPathIsAnInputError() {
        Run r = run("fix", dir.resolve("nowhere").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("nowhere").doesNotContain("internal error");
    }

    @Test
    void brokenFileIsAnInputErrorAndStaysAsItWas() throws IOException {
        Files.writeString(dir.resolve("main.tf"), GROUP);
        Files.writeString(dir.resolve("broken.tf"), "resource \"aws_kms_key\" \"k\" {\n");
        Run r = run("fix", dir.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("broken.tf").doesNotContain("internal error");
        assertThat(Files.readString(dir.resolve("broken.tf")))
                .isEqualTo("resource \"aws_kms_key\" \"k\" {\n");
    }

    @Test
    void dryRunWritesNothingAndSaysSo() throws IOException {
        Files.writeString(dir.resolve("main.tf"), GROUP);
        Run r = run("fix", "--dry-run", "--rule", "TFG-EC-001", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out())
                .contains(
                        "main.tf (not written)",
                        "sets at_rest_encryption_enabled = true",
                        "would fix 1 finding");
        assertThat(Files.readString(dir.resolve("main.tf"))).isEqualTo(GROUP);
    }

    @Test
    void exitsZeroWhenEverythingItHandlesIsFixed() throws IOException {
        Files.writeString(dir.resolve("main.tf"), GROUP);
        Run r = run("fix", "--rule", "TFG-EC-001", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(dir.resolve("main.tf")))
                .contains("at_rest_encryption_enabled = true");
        assertThat(run("fix", "--rule", "TFG-EC-001", dir.toString()).out())
                .isEqualTo("tfguard: nothing to fix\n");
    }

    @Test
    void neverPrintsSecrets() throws IOException {
        Files.writeString(dir.resolve("main.tf"), GROUP);
        Files.writeString(
                dir.resolve("terraform.tfvars"), "api_token = \"tfvars-token-0123456789\"\n");
        for (String mode : new String[] {"--diff", "--dry-run", "--rule"}) {
            Run r =
                    mode.equals("--rule")
                            ? run("fix", "--rule", "TFG-EC-001", dir.toString())
                            : run("fix", mode, dir.toString());
            assertThat(r.out() + r.err())
                    .doesNotContain("literal-token", "sensitive-default", "tfvars-token");
        }
        // issue 17, item 6: a line holding a secret is never printed, not even masked (the diff
        // would not apply)
        assertThat(run("fix", "--diff", dir.toString()).out())
                .doesNotContain("(sensitive value not shown)")
                .doesNotContain("auth_token")
                .contains("+  transit_encryption_enabled = true");
    }

    @Test
    void helpListsTheSubcommand() {
        assertThat(run("--help").out()).contains("fix");
        assertThat(run("fix", "--help").out())
                .contains("--diff", "--dry-run", "--create-kms-key", "--existing");
    }

    @Test
    void followsTheConfigFile() throws IOException {
        Files.createDirectories(dir.resolve("examples"));
        Files.writeString(dir.resolve("main.tf"), GROUP);
        Files.writeString(dir.resolve("examples/main.tf"), GROUP);
        Files.writeString(
                dir.resolve("keys.tf"),
                "resource \"aws_kms_key\" \"k\" {\n  description = \"k\"\n}\n");
        Files.writeString(
                dir.resolve(".tfguard.yaml"),
                """
                exclude: ["examples/**"]
                rules:
                  disable: [TFG-KMS-001]
                suppress:
                  - rule: TFG-EC-003
                    resource: aws_elasticache_replication_group.sessions
                    reason: clients move to TLS next quarter
                """);
        run("fix", dir.toString());
        assertThat(Files.readString(dir.resolve("examples/main.tf")))
                .as("excluded")
                .isEqualTo(GROUP);
        assertThat(Files.readString(dir.resolve("keys.tf")))
                .as("rule turned off")
                .doesNotContain("rotation");
        assertThat(Files.readString(dir.resolve("main.tf")))
                .contains("at_rest_encryption_enabled = true")
                .as("suppressed in the config")
                .doesNotContain("transit_encryption_enabled");
        run("fix", "--no-config", dir.toString());
        assertThat(Files.readString(dir.resolve("examples/main.tf")))
                .contains("at_rest_encryption_enabled = true");
    }

    @Test
    void leavesSuppressedFindingsAlone() throws IOException {
        String suppressed =
                GROUP.replace(
                        "at_rest_encryption_enabled = false",
                        "at_rest_encryption_enabled = false # tfguard:ignore:TFG-EC-001 restored by snapshot in Q1");
        Files.writeString(dir.resolve("main.tf"), suppressed);
        Run r = run("fix", "--rule", "TFG-EC-001", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(dir.resolve("main.tf"))).isEqualTo(suppressed);
    }
}
