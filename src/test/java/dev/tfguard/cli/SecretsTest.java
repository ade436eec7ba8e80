package dev.tfguard.cli;

import dev.tfguard.report.Reporters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No output format, and no error message, ever contains a secret: sensitive plan values, auth_token literals,
 * sensitive variable defaults, secrets inside a file that fails to parse.
 */
class SecretsTest {
    private static final String PLAN_TOKEN = "example-token-not-a-secret-0001";
    private static final String SENTINEL = "SENTINEL-s3cr3t-9f8e7d6c5b4a";
    private static final String FIRST_TOKEN = "example-token-not-a-secret-0002";

    @Test
    void noFormatPrintsASecret(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.tf"), """
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

                resource "aws_elasticache_replication_group" "from_var" {
                  replication_group_id = "b"
                  description          = "b"
                  auth_token           = var.token
                  kms_key_id           = var.token
                }
                """.formatted(SENTINEL));
        Files.writeString(dir.resolve("broken.tf"), "locals {\n  token = \"" + SENTINEL + "-broken\n}\n");
        Path plan = Path.of("testdata/plan/insecure/plan.json").toAbsolutePath();
        // TFG-EC-015 reads the token's prior and planned values
        Path firstToken = Path.of("testdata/plan/rules/elasticache-auth-token-first-rotate/open/plan.json")
                .toAbsolutePath();
        List<String> outputs = new ArrayList<>();
        for (String format : Reporters.names()) {
            CliTestSupport.Run r = CliTestSupport.runIn(dir, "--format", format, ".", plan.toString(),
                    firstToken.toString());
            assertThat(r.code()).as(format + ": " + r.err()).isEqualTo(3);
            outputs.add(r.out());
            outputs.add(r.err());
        }
        CliTestSupport.Run strict = CliTestSupport.runIn(dir, "--strict", "--format", "json", ".", plan.toString(),
                firstToken.toString());
        assertThat(strict.out()).contains("TFG-EC-015").contains("TFG-EC-016").contains("TFG-EC-017");
        outputs.add(strict.out());
        for (String o : outputs) {
            assertThat(o).doesNotContain(SENTINEL).doesNotContain(PLAN_TOKEN).doesNotContain(FIRST_TOKEN);
        }
    }
}
