package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfguard.scan.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .tfguard.yaml} (issue 6): what it sets, where it is found, its precedence below flags, its
 * errors.
 */
class ConfigTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path tmp;

    /** The fixtures are about the first five rules; other rules' verdicts on them are left out. */
    static final java.util.Set<String> RULES =
            java.util.Set.of("TFG-EC-001", "TFG-EC-002", "TFG-EC-003", "TFG-EC-004", "TFG-KMS-001");

    private static List<String> rows(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(
                f -> {
                    if (RULES.contains(f.get("rule").asText())) {
                        out.add(
                                f.get("rule").asText()
                                        + " "
                                        + f.get("severity").asText()
                                        + " "
                                        + f.get("resource").asText());
                    }
                });
        return out;
    }

    @Test
    void configInTheScannedFolderSetsRulesSeveritiesVarFilesExclusionsAndSuppressions()
            throws Exception {
        CliTestSupport.Run run =
                CliTestSupport.runIn(ROOT, "--format", "json", "testdata/suppress/config");
        JsonNode r = JSON.readTree(run.out());
        // var-files makes legacy encrypted; TFG-EC-004 is disabled; examples/ is excluded; KMS-001
        // raised to HIGH
        assertThat(rows(r.get("findings"))).containsExactly("TFG-KMS-001 HIGH aws_kms_key.cache");
        assertThat(r.get("suppressed"))
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.get("rule").asText()).isEqualTo("TFG-EC-002");
                            assertThat(s.at("/suppression/source").asText()).isEqualTo("config");
                            assertThat(s.at("/suppression/file").asText())
                                    .isEqualTo("testdata/suppress/config/.tfguard.yaml");
                            assertThat(s.at("/suppression/line").asInt()).isEqualTo(10);
                            assertThat(s.at("/suppression/expires").asText())
                                    .isEqualTo("2999-03-31");
                        });
        assertThat(run.code()).isEqualTo(1);
    }

    @Test
    void withoutTheConfigEverythingIsScannedWithDefaults() throws Exception {
        CliTestSupport.Run run =
                CliTestSupport.runIn(
                        ROOT, "--format", "json", "--no-config", "testdata/suppress/config");
        JsonNode r = JSON.readTree(run.out());
        assertThat(rows(r.get("findings")))
                .contains(
                        "TFG-EC-001 HIGH aws_elasticache_replication_group.legacy",
                        "TFG-EC-002 MEDIUM aws_elasticache_replication_group.legacy",
                        "TFG-EC-004 HIGH aws_elasticache_replication_group.current",
                        "TFG-EC-001 HIGH aws_elasticache_replication_group.example",
                        "TFG-KMS-001 MEDIUM aws_kms_key.cache");
    }

    @Test
    void flagsWinOverTheConfigAndTheConfigOverDefaults() {
        // config: fail-on HIGH, and the only finding is HIGH
        assertThat(CliTestSupport.runIn(ROOT, "testdata/suppress/config").code()).isEqualTo(1);
        assertThat(
                        CliTestSupport.runIn(
                                        ROOT, "--fail-on", "CRITICAL", "testdata/suppress/config")
                                .code())
                .isEqualTo(0);
        // a named file finds the config in its folder too
        assertThat(
                        CliTestSupport.runIn(
                                        ROOT,
                                        "--fail-on",
                                        "CRITICAL",
                                        "testdata/suppress/config/main.tf")
                                .code())
                .isEqualTo(0);
    }

    @Test
    void strictFromTheConfigIsOverriddenByNoStrict() throws Exception {
        Files.writeString(tmp.resolve(".tfguard.yaml"), "strict: true\n");
        Files.writeString(
                tmp.resolve("main.tf"),
                """
                variable "encrypt" {
                  type = bool
                }

                resource "aws_elasticache_replication_group" "c" {
                  replication_group_id       = "c"
                  description                = "c"
                  at_rest_encryption_enabled = var.encrypt
                  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
                  transit_encryption_enabled = true
                  user_group_ids             = ["app"]
                }
                """);
        JsonNode strict = JSON.readTree(CliTestSupport.runIn(tmp, "--format", "json", ".").out());
        assertThat(strict.at("/summary/unverified").asInt()).isZero();
        assertThat(rows(strict.get("findings")))
                .containsExactlyInAnyOrder(
                        "TFG-EC-001 HIGH aws_elasticache_replication_group.c",
                        "TFG-KMS-001 MEDIUM aws_elasticache_replication_group.c");
        JsonNode lenient =
                JSON.readTree(
                        CliTestSupport.runIn(tmp, "--format", "json", "--no-strict", ".").out());
        assertThat(rows(lenient.get("findings"))).isEmpty();
        assertThat(rows(lenient.get("unverified"))).hasSize(2);
    }

    @Test
    void unknownKeyIsAnErrorWithItsLine() throws Exception {
        Files.writeString(
                tmp.resolve(".tfguard.yaml"), "fail-on: HIGH\nrules:\n  disabled: [TFG-EC-002]\n");
        Files.writeString(tmp.resolve("main.tf"), "");
        CliTestSupport.Run run = CliTestSupport.runIn(tmp, ".");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err())
                .isEqualTo(
                        "tfguard: .tfguard.yaml:3: unknown key \"disabled\" in rules "
                                + "(known keys: enable, disable, severity, paths)\n");
    }

    @Test
    void badValuesAreErrorsWithTheirLines() throws Exception {
        Path config = tmp.resolve("bad.yaml");
        Files.writeString(config, "fail-on: SEVERE\n");
        assertThat(CliTestSupport.runIn(tmp, "--config", "bad.yaml", ".").err())
                .startsWith("tfguard: bad.yaml:1: fail-on: \"SEVERE\" is not one of");
        Files.writeString(config, "suppress:\n  - rule: TFG-EC-001\n    resource: aws_x.y\n");
        assertThat(CliTestSupport.runIn(tmp, "--config", "bad.yaml", ".").err())
                .startsWith("tfguard: bad.yaml:2: a suppress entry needs \"reason\"");
        Files.writeString(
                config,
                "suppress:\n  - rule: TFG-EC-001\n    resource: aws_x.y\n    reason: r\n"
                        + "    expires: next spring\n");
        assertThat(CliTestSupport.runIn(tmp, "--config", "bad.yaml", ".").err())
                .startsWith("tfguard: bad.yaml:5: expires \"next spring\" is not a date");
        Files.writeString(config, "rules:\n  disable: [TFG-EC-999]\n");
        CliTestSupport.Run unknownRule = CliTestSupport.runIn(tmp, "--config", "bad.yaml", ".");
        assertThat(unknownRule.code()).isEqualTo(3);
        assertThat(unknownRule.err()).contains("bad.yaml: no rule TFG-EC-999");
    }

    @Test
    void missingConfigNamedByFlagIsAnError() {
        CliTestSupport.Run run = CliTestSupport.runIn(tmp, "--config", "nope.yaml", ".");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("tfguard: nope.yaml: no such config file\n");
    }

    @Test
    void configSearchStopsAtTheRepositoryTop() throws Exception {
        Files.writeString(tmp.resolve(".tfguard.yaml"), "fail-on: SEVERE\n");
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path module = Files.createDirectories(repo.resolve("infra"));
        Files.writeString(module.resolve("main.tf"), "");
        assertThat(Config.find(module)).isNull();
        Files.writeString(repo.resolve(".tfguard.yaml"), "strict: true\n");
        assertThat(Config.find(module.resolve("main.tf"))).isEqualTo(repo.resolve(".tfguard.yaml"));
    }
}
