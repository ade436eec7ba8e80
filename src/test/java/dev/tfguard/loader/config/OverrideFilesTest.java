package dev.tfguard.loader.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfguard.cli.CliTestSupport;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.hcl.HclLoader;
import dev.tfguard.model.Model;
import dev.tfguard.model.Resource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Override files merged as Terraform merges them, and OpenTofu's {@code .tofu} files (issue 16).
 */
class OverrideFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GROUP =
            """
            resource "aws_elasticache_replication_group" "cache" {
              replication_group_id       = "cache"
              description                = "cache"
              at_rest_encryption_enabled = false
              transit_encryption_enabled = true
            %s}
            """;

    @Test
    void anOverrideArgumentReplacesTheOriginalEvenWhenItsFileSortsFirst(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("main.tf"), GROUP.formatted(""));
        Files.writeString(
                dir.resolve("a_override.tf"),
                """
                resource "aws_elasticache_replication_group" "cache" {
                  at_rest_encryption_enabled = true
                }
                """);
        JsonNode report = scan(dir);
        assertThat(rules(report)).doesNotContain("TFG-EC-001").contains("TFG-EC-004");
        // the group stays where the original declares it, not where the override does
        assertThat(report.get("findings"))
                .allMatch(
                        f ->
                                f.get("file").asText().endsWith("main.tf")
                                        && !f.get("file").asText().endsWith("a_override.tf"));
    }

    @Test
    void anArgumentAddedByAnOverrideIsLocatedInTheOverrideFile(@TempDir Path dir)
            throws IOException {
        Files.writeString(
                dir.resolve("main.tf"),
                GROUP.formatted("")
                        .replace(
                                "at_rest_encryption_enabled = false",
                                "at_rest_encryption_enabled = true "));
        Files.writeString(
                dir.resolve("override.tf"),
                """
                resource "aws_elasticache_replication_group" "cache" {
                  transit_encryption_enabled = false
                }
                """);
        JsonNode transit = finding(scan(dir), "TFG-EC-003");
        assertThat(transit.get("file").asText()).endsWith("override.tf");
        assertThat(transit.get("line").asInt()).isEqualTo(2);
    }

    @Test
    void nestedBlocksOfAnOverrideReplaceAllOfTheirType(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("main.tf"),
                GROUP.formatted(
                        """
                  log_delivery_configuration {
                    destination = "a"
                  }
                  log_delivery_configuration {
                    destination = "b"
                  }
                """));
        Files.writeString(
                dir.resolve("main_override.tf"),
                """
                resource "aws_elasticache_replication_group" "cache" {
                  log_delivery_configuration {
                    destination = "c"
                  }
                }
                """);
        Resource r = load(dir).resources().get(0);
        assertThat(String.valueOf(r.value("log_delivery_configuration").known()))
                .contains("c")
                .doesNotContain("destination=a")
                .doesNotContain("destination=b");
        assertThat(r.value("at_rest_encryption_enabled").known()).isEqualTo(false);
    }

    @Test
    void localsAndVariablesAreOverriddenByName(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("main.tf"),
                """
                variable "transit" {
                  type    = bool
                  default = false
                }

                locals {
                  at_rest = false
                }
                """
                        + GROUP.formatted("")
                                .replace(
                                        "at_rest_encryption_enabled = false",
                                        "at_rest_encryption_enabled = local.at_rest")
                                .replace(
                                        "transit_encryption_enabled = true",
                                        "transit_encryption_enabled = var.transit"));
        Files.writeString(
                dir.resolve("override.tf"),
                """
                variable "transit" {
                  default = true
                }

                locals {
                  at_rest = true
                }
                """);
        assertThat(rules(scan(dir)))
                .doesNotContain("TFG-EC-001", "TFG-EC-003")
                .contains("TFG-EC-004");
    }

    @Test
    void anOverrideOfNothingIsAWarning(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.tf"), GROUP.formatted(""));
        Files.writeString(
                dir.resolve("override.tf"), "resource \"aws_kms_key\" \"nothing\" {\n}\n");
        JsonNode report = scan(dir);
        assertThat(report.get("warnings"))
                .extracting(w -> w.get("message").asText())
                .containsExactly(
                        "override.tf:1: aws_kms_key.nothing in an override file overrides no resource block; it is not "
                                + "scanned");
    }

    @Test
    void aTofuFileTakesThePlaceOfTheTfFileOfTheSameName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.tf"), GROUP.formatted(""));
        Files.writeString(
                dir.resolve("main.tofu"),
                GROUP.formatted("")
                        .replace(
                                "at_rest_encryption_enabled = false",
                                "at_rest_encryption_enabled = true "));
        JsonNode report = scan(dir);
        assertThat(rules(report)).doesNotContain("TFG-EC-001").contains("TFG-EC-004");
        assertThat(report.get("findings"))
                .allMatch(f -> f.get("file").asText().equals("main.tofu"));
    }

    @Test
    void tofuFilesAloneAreAModuleAndCanBeNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cache.tofu"), GROUP.formatted(""));
        Files.writeString(
                dir.resolve("keys.tofu.json"),
                "{\"resource\": {\"aws_kms_key\": {\"k\": {\"enable_key_rotation\": false}}}}");
        assertThat(rules(scan(dir))).contains("TFG-EC-001", "TFG-KMS-001");
        CliTestSupport.Run named = CliTestSupport.runIn(dir, "--format", "json", "cache.tofu");
        assertThat(named.code()).isEqualTo(1);
        assertThat(rules(JSON.readTree(named.out())))
                .contains("TFG-EC-001")
                .doesNotContain("TFG-KMS-001");
    }

    @Test
    void filesAreSplitAndOrderedAsTerraformReadsThem() {
        List<Path> files =
                List.of(
                        Path.of("a_override.tf"),
                        Path.of("b.tf.json"),
                        Path.of("main.tf"),
                        Path.of("main.tofu"),
                        Path.of("override.tf.json"),
                        Path.of("x.tofu.json"),
                        Path.of("x.tf.json"));
        ConfigFiles.Selection s = ConfigFiles.select(files);
        assertThat(s.inOrder())
                .containsExactly(
                        Path.of("b.tf.json"),
                        Path.of("main.tofu"),
                        Path.of("x.tofu.json"),
                        Path.of("a_override.tf"),
                        Path.of("override.tf.json"));
        assertThat(s.hidden()).containsExactly(Path.of("main.tf"), Path.of("x.tf.json"));
        assertThat(ConfigFiles.isConfig(".hidden.tf")).isFalse();
        assertThat(ConfigFiles.isConfig("main.tf~")).isFalse();
        assertThat(ConfigFiles.isConfig(".tf")).isFalse();
    }

    private static Model load(Path dir) {
        Model model = new Model();
        new HclLoader().load(dir, new LoadOptions(null, List.of(), Map.of(), dir), model);
        return model;
    }

    private static JsonNode scan(Path dir) throws IOException {
        return JSON.readTree(CliTestSupport.runIn(dir, "--format", "json", ".").out());
    }

    private static List<String> rules(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> out.add(f.get("rule").asText()));
        report.get("unverified").forEach(f -> out.add(f.get("rule").asText()));
        return out;
    }

    private static JsonNode finding(JsonNode report, String rule) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " in " + report);
    }
}
