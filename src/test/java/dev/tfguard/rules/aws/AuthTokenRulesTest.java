package dev.tfguard.rules.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tfguard.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TFG-EC-016 and TFG-EC-017: where a token comes from, what AWS accepts, and that no message shows
 * it.
 */
class AuthTokenRulesTest {
    private static final List<String> IDS = List.of("TFG-EC-016", "TFG-EC-017");
    private static final String GROUP =
            """
            variable "token" {
              type      = string
              sensitive = true
            }

            resource "aws_elasticache_replication_group" "c" {
              replication_group_id       = "c"
              description                = "c"
              transit_encryption_enabled = true
              auth_token                 = var.token
            }
            """;

    @Test
    void tokenFromTheEnvironmentIsNotInTheFiles(@TempDir Path dir) throws IOException {
        List<Finding> f =
                RuleScan.scan(
                        dir, Map.of("TF_VAR_token", "bad token from env"), IDS, "main.tf", GROUP);
        assertThat(f).isEmpty();
    }

    @Test
    void tokenFromATfvarsFileIsInTheFilesAndChecked(@TempDir Path dir) throws IOException {
        List<Finding> f =
                RuleScan.scan(
                        dir,
                        Map.of(),
                        IDS,
                        "main.tf",
                        GROUP,
                        "terraform.tfvars",
                        "token = \"short%token\"\n");
        // located at the .tfvars line that holds the token, naming the line that uses it (issue
        // 17, item 8)
        assertThat(f)
                .extracting(Finding::rule, Finding::file, Finding::line)
                .containsExactly(
                        tuple("TFG-EC-016", "terraform.tfvars", 1),
                        tuple("TFG-EC-017", "terraform.tfvars", 1));
        assertThat(f.get(0).usedAt()).hasToString("main.tf:10");
        assertThat(f.get(1).message())
                .contains("shorter than 16")
                .contains("other than ! & # $ ^ < > -")
                .doesNotContain("short%token")
                .doesNotContain("%");
    }

    @Test
    void namesEachProblemWithoutTheToken() {
        assertThat(AuthTokenFormatRule.problems("Valid-Token-0123456789")).isEmpty();
        assertThat(AuthTokenFormatRule.problems("a".repeat(129)))
                .singleElement()
                .asString()
                .contains("longer");
        assertThat(AuthTokenFormatRule.problems("Token-with-ümlaut-0123"))
                .singleElement()
                .asString()
                .contains("not printable ASCII");
        assertThat(AuthTokenFormatRule.problems("Token-with-slash/0123"))
                .singleElement()
                .asString()
                .contains("the provider stops some at plan");
        assertThat(AuthTokenFormatRule.problems("Token with a space 0123"))
                .singleElement()
                .asString()
                .contains("at apply, after the plan succeeded");
        assertThat(AuthTokenFormatRule.problems("Tab\tin-token-0123456"))
                .singleElement()
                .asString()
                .contains("not printable ASCII");
    }
}
