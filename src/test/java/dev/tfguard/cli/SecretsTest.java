package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.report.Reporters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No output format, and no error message, ever contains a secret: sensitive plan values, auth_token
 * literals, sensitive variable defaults, secrets inside a file that fails to parse.
 */
class SecretsTest {
    private static final String PLAN_TOKEN = "example-token-not-a-secret-0001";
    private static final String SENTINEL = "SENTINEL-s3cr3t-9f8e7d6c5b4a";
    private static final String FIRST_TOKEN = "example-token-not-a-secret-0002";
    private static final String MEMORYDB_PASSWORD = "example-token-not-a-secret-0003";

    /** A sentinel that JSON readers take whole as one bad token (they stop a token at a dash). */
    private static final String BARE = "SENTINELs3cr3t9f8e7d6c5b4a";

    @Test
    void noFormatPrintsASecret(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("main.tf"),
                """
                variable "token" {
                  default   = "%1$s-var"
                  sensitive = true
                }

                resource "aws_elasticache_replication_group" "literal" {
                  replication_group_id = "a"
                  description          = "a"
                  auth_token           = "%1$s-literal"
                }

                # TFG-EC-016/017 describe these without the value
                resource "aws_elasticache_replication_group" "malformed" {
                  replication_group_id = "c"
                  description          = "c"
                  auth_token           = "%1$s with spaces/and@signs"
                }

                resource "aws_elasticache_user" "app" {
                  user_id       = "app"
                  user_name     = "app"
                  engine        = "redis"
                  access_string = "on ~* +@all"
                  passwords     = ["%1$s-user"]
                }

                # TFG-MDB-004 names the user and its cluster, never the password (issue 20)
                resource "aws_memorydb_user" "mdb_app" {
                  user_name     = "mdb-app"
                  access_string = "on ~* +@all"

                  authentication_mode {
                    type      = "password"
                    passwords = ["%1$s-memorydb"]
                  }
                }

                resource "aws_memorydb_acl" "mdb_app" {
                  name       = "mdb-app"
                  user_names = [aws_memorydb_user.mdb_app.user_name]
                }

                resource "aws_memorydb_cluster" "mdb_app" {
                  name           = "mdb-app"
                  acl_name       = aws_memorydb_acl.mdb_app.name
                  engine         = "valkey"
                  engine_version = "7.3"
                  node_type      = "db.t4g.small"
                }

                resource "aws_elasticache_replication_group" "from_var" {
                  replication_group_id = "b"
                  description          = "b"
                  auth_token           = var.token
                  kms_key_id           = var.token
                }
                """
                        .formatted(SENTINEL));
        Files.writeString(
                dir.resolve("broken.tf"), "locals {\n  token = \"" + SENTINEL + "-broken\n}\n");
        Path plan = Path.of("testdata/plan/insecure/plan.json").toAbsolutePath();
        // TFG-EC-015 reads the token's prior and planned values
        Path firstToken =
                Path.of("testdata/plan/rules/elasticache-auth-token-first-rotate/open/plan.json")
                        .toAbsolutePath();
        // a MemoryDB user's literal password, marked sensitive in the plan (issue 20)
        Path memoryDb = Path.of("testdata/plan/rules/memorydb/insecure/plan.json").toAbsolutePath();
        List<String> outputs = new ArrayList<>();
        for (String format : Reporters.names()) {
            CliTestSupport.Run r =
                    CliTestSupport.runIn(
                            dir,
                            "--format",
                            format,
                            ".",
                            plan.toString(),
                            firstToken.toString(),
                            memoryDb.toString());
            assertThat(r.code()).as(format + ": " + r.err()).isEqualTo(3);
            outputs.add(r.out());
            outputs.add(r.err());
        }
        CliTestSupport.Run strict =
                CliTestSupport.runIn(
                        dir,
                        "--strict",
                        "--format",
                        "json",
                        ".",
                        plan.toString(),
                        firstToken.toString(),
                        memoryDb.toString());
        assertThat(strict.out())
                .contains("TFG-EC-015")
                .contains("TFG-EC-016")
                .contains("TFG-EC-017")
                .contains("the user signs in to aws_memorydb_cluster.mdb_app\"");
        outputs.add(strict.out());
        for (String format : List.of("text", "json")) {
            CliTestSupport.Run syntax =
                    CliTestSupport.runIn(
                            dir, "syntax", "--format", format, dir.resolve("main.tf").toString());
            assertThat(syntax.code()).as(syntax.err()).isZero();
            assertThat(syntax.out()).contains("(sensitive value not shown)");
            outputs.add(syntax.out());
        }
        for (String o : outputs) {
            assertThat(o)
                    .doesNotContain(SENTINEL)
                    .doesNotContain(PLAN_TOKEN)
                    .doesNotContain(FIRST_TOKEN)
                    .doesNotContain(MEMORYDB_PASSWORD);
        }
    }

    /**
     * Parsers quote what they could not read; none of that reaches an output. Each file below fails
     * where a secret stands, in a form a parser would name: an unquoted token, a broken string, a
     * bad escape, a control character. Issue 10 (a {@code .tf.json} error used to quote the token).
     */
    @Test
    void noErrorMessageQuotesASecret(@TempDir Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(
                src.resolve("unquoted.tf.json"),
                "{\"resource\": {\"aws_elasticache_replication_group\": "
                        + "{\"a\": {\"auth_token\": "
                        + BARE
                        + "}}}}");
        Files.writeString(
                src.resolve("escape.tf.json"),
                "{\"variable\": {\"t\": {\"default\": \"" + SENTINEL + "\\q\"}}}");
        Files.writeString(
                src.resolve("control.tf.json"),
                "{\"locals\": {\"t\": \"" + SENTINEL + "\u0001\"}}");
        Files.writeString(src.resolve("terraform.tfvars.json"), "{\"token\": " + BARE + "}");
        Files.writeString(
                src.resolve("broken.tf"),
                "resource \"aws_elasticache_replication_group\" \"b\" {\n"
                        + "  auth_token = "
                        + BARE
                        + " @@ \""
                        + SENTINEL
                        + "\"\n}\n");
        Files.writeString(
                src.resolve("prod.tfvars"),
                "token = \"" + SENTINEL + "-tfvars\" \"" + SENTINEL + "\"\n");
        Files.writeString(
                src.resolve("main.tf"),
                """
                variable "token" {
                  sensitive = true
                }

                resource "aws_elasticache_replication_group" "c" {
                  replication_group_id = "c"
                  description          = "c"
                  auth_token           = var.token
                }
                """);
        Files.writeString(
                dir.resolve("token.json"),
                "{\"format_version\": \"1.2\", \"resource_changes\": [{"
                        + "\"address\": \"aws_elasticache_replication_group.p\", \"auth_token\": "
                        + BARE
                        + "}]}");
        Files.writeString(
                dir.resolve("string.json"),
                "{\"format_version\": \"1.2\", \"variables\": {\"t\": "
                        + "{\"value\": \""
                        + SENTINEL
                        + "\u0002\"}}}");
        Files.writeString(
                dir.resolve("number.json"),
                "{\"format_version\": \"1.2\", \"variables\": {\"t\": "
                        + "{\"value\": 123"
                        + BARE
                        + "}}}");
        List<String> outputs = new ArrayList<>();
        for (String format : Reporters.names()) {
            CliTestSupport.Run r =
                    CliTestSupport.runIn(
                            dir,
                            "--format",
                            format,
                            "--var-file",
                            "src/prod.tfvars",
                            "src",
                            "token.json",
                            "string.json",
                            "number.json");
            assertThat(r.code()).as(format + ": " + r.err()).isEqualTo(3);
            assertThat(
                            r.err()
                                    .lines()
                                    .filter(
                                            l ->
                                                    l.startsWith("tfguard: ")
                                                            && !l.contains("warning:")))
                    .as(format)
                    .hasSize(9);
            outputs.add(r.out());
            outputs.add(r.err());
        }
        CliTestSupport.Run syntax =
                CliTestSupport.runIn(
                        dir, "syntax", "src/unquoted.tf.json", "src/broken.tf", "src/prod.tfvars");
        outputs.add(syntax.out());
        outputs.add(syntax.err());
        for (String o : outputs) {
            assertThat(o).doesNotContain(SENTINEL).doesNotContain(BARE);
        }
    }
}
