package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --rules DIR} and {@code rules.paths} (issue 6): custom rules run like built-in ones;
 * broken ones say where.
 */
class CustomRulesTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CACHE =
            """
            resource "aws_elasticache_replication_group" "cache" {
              replication_group_id       = "cache"
              description                = "cache"
              at_rest_encryption_enabled = true
              kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
              transit_encryption_enabled = true
              user_group_ids             = ["app"]
            }
            """;

    @TempDir Path tmp;

    /** The findings of the custom rules only. */
    private static java.util.List<JsonNode> ours(JsonNode report) {
        java.util.List<JsonNode> out = new java.util.ArrayList<>();
        report.get("findings")
                .forEach(
                        f -> {
                            if (f.get("rule").asText().startsWith("ACME-")) {
                                out.add(f);
                            }
                        });
        return out;
    }

    @Test
    void customRuleFromAFolderReportsLikeABuiltInOne() throws Exception {
        Files.writeString(tmp.resolve("main.tf"), CACHE);
        Path rules = ROOT.resolve("testdata/rules-custom/good");
        CliTestSupport.Run run =
                CliTestSupport.runIn(tmp, "--format", "json", "--rules", rules.toString(), ".");
        JsonNode r = JSON.readTree(run.out());
        assertThat(ours(r))
                .singleElement()
                .satisfies(
                        f -> {
                            assertThat(f.get("rule").asText()).isEqualTo("ACME-EC-001");
                            assertThat(f.get("severity").asText()).isEqualTo("LOW");
                            assertThat(f.get("line").asInt()).isEqualTo(1);
                            assertThat(f.get("aliases").toString()).contains("RUNBOOK-42");
                        });
        assertThat(run.code()).isEqualTo(1);
    }

    @Test
    void customRuleFolderFromTheConfigFile() throws Exception {
        Files.writeString(tmp.resolve("main.tf"), CACHE);
        Files.writeString(
                tmp.resolve(".tfguard.yaml"),
                "rules:\n  paths: [" + ROOT.resolve("testdata/rules-custom/good") + "]\n");
        JsonNode r = JSON.readTree(CliTestSupport.runIn(tmp, "--format", "json", ".").out());
        assertThat(ours(r)).extracting(f -> f.get("rule").asText()).containsExactly("ACME-EC-001");
    }

    @Test
    void malformedRuleFileIsAnErrorWithItsLineAndTheScanGoesOn() throws Exception {
        Files.writeString(
                tmp.resolve("main.tf"), CACHE.replace("  transit_encryption_enabled = true\n", ""));
        Path rules = ROOT.resolve("testdata/rules-custom");
        CliTestSupport.Run run =
                CliTestSupport.runIn(
                        ROOT, "--format", "json", "--rules", rules.toString(), tmp.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err())
                .contains(
                        "tfguard: testdata/rules-custom/broken/typo.yaml:4: unknown key \"descripton\"");
        JsonNode r = JSON.readTree(run.out());
        assertThat(r.get("findings"))
                .extracting(f -> f.get("rule").asText())
                .contains("ACME-EC-001", "TFG-EC-003");
    }

    @Test
    void customRuleMayNotReuseABuiltInId() throws Exception {
        Files.writeString(tmp.resolve("main.tf"), CACHE);
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(
                rules.resolve("dup.yaml"),
                Files.readString(ROOT.resolve("testdata/rules-custom/good/cache-snapshots.yaml"))
                        .replace("ACME-EC-001", "TFG-EC-001"));
        CliTestSupport.Run run = CliTestSupport.runIn(tmp, "--rules", "rules", "main.tf");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("rules/dup.yaml:1: rule id TFG-EC-001 is already defined");
    }

    @Test
    void rulesAndExplainShowCustomRulesToo() {
        String dir = ROOT.resolve("testdata/rules-custom/good").toString();
        java.io.StringWriter list = new java.io.StringWriter();
        int code =
                Main.run(
                        new String[] {"rules", "--rules", dir},
                        new java.io.PrintWriter(list),
                        new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(code).isZero();
        assertThat(list.toString())
                .contains("ACME-EC-001  LOW      ElastiCache replication group keeps a week");
        java.io.StringWriter page = new java.io.StringWriter();
        code =
                Main.run(
                        new String[] {"explain", "--rules", dir, "ACME-EC-001"},
                        new java.io.PrintWriter(page),
                        new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(code).isZero();
        assertThat(page.toString())
                .contains("# ACME-EC-001: ElastiCache replication group keeps a week of snapshots")
                .contains("Our recovery plan restores caches");
    }
}
