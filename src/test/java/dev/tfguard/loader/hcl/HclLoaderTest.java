package dev.tfguard.loader.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tfguard.cli.CliTestSupport;
import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.engine.Runner;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Model;
import dev.tfguard.model.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HCL loader's inputs: encodings, JSON syntax, variable precedence, broken files, named files.
 */
class HclLoaderTest {
    private static final String GROUP =
            """
            variable "transit" {
              default = true
            }

            resource "aws_elasticache_replication_group" "cache" {
              replication_group_id       = "cache"
              description                = "cache"
              at_rest_encryption_enabled = false
              transit_encryption_enabled = var.transit
            }
            """;

    private static Model load(Path dir, Map<String, String> env, List<Path> varFiles) {
        Model model = new Model();
        new HclLoader().load(dir, new LoadOptions(null, varFiles, env, dir), model);
        return model;
    }

    private static List<Finding> scan(Model model) {
        return Runner.run(RuleCatalog.builtIn().rules(), new ResourceGraph(model.resources()));
    }

    private static Value transit(Model model) {
        return model.resources().get(0).value("transit_encryption_enabled");
    }

    @Test
    void crlfAndByteOrderMarkKeepLines(@TempDir Path dir) throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = GROUP.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        Files.write(dir.resolve("main.tf"), all);
        Files.write(dir.resolve("empty.tf"), new byte[0]);
        List<Finding> f = scan(load(dir, Map.of(), List.of()));
        assertThat(f)
                .filteredOn(x -> x.rule().equals("TFG-EC-001"))
                .extracting(Finding::file, Finding::line)
                .containsExactly(tuple("main.tf", 8));
    }

    @Test
    void readsJsonSyntax(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("main.tf.json"),
                """
                {
                  "resource": {
                    "aws_elasticache_replication_group": {
                      "cache": {
                        "replication_group_id": "cache",
                        "at_rest_encryption_enabled": false,
                        "transit_encryption_enabled": "${true}"
                      }
                    }
                  }
                }
                """);
        Model model = load(dir, Map.of(), List.of());
        assertThat(model.errors()).isEmpty();
        assertThat(model.resources())
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.address())
                                    .isEqualTo("aws_elasticache_replication_group.cache");
                            assertThat(r.value("at_rest_encryption_enabled").asBool()).isFalse();
                            assertThat(r.value("transit_encryption_enabled").asBool()).isTrue();
                            assertThat(r.attr("at_rest_encryption_enabled").source().line())
                                    .isEqualTo(6);
                        });
    }

    @Test
    void variablePrecedenceFollowsTerraform(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.tf"), GROUP);
        assertThat(transit(load(dir, Map.of(), List.of())).asBool()).isTrue();
        assertThat(transit(load(dir, Map.of("TF_VAR_transit", "false"), List.of())).asBool())
                .isFalse();
        Files.writeString(dir.resolve("terraform.tfvars"), "transit = true\n");
        assertThat(transit(load(dir, Map.of("TF_VAR_transit", "false"), List.of())).asBool())
                .isTrue();
        Files.writeString(dir.resolve("b.auto.tfvars"), "transit = false\n");
        assertThat(transit(load(dir, Map.of(), List.of())).asBool()).isFalse();
        Path prod = Files.writeString(dir.resolve("prod.tfvars.json"), "{\"transit\": true}");
        assertThat(transit(load(dir, Map.of(), List.of(prod))).asBool()).isTrue();
    }

    @Test
    void sensitiveVariableMarksTheAttribute(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("main.tf"),
                """
                variable "token" {
                  default   = "a-literal-token-value-1234"
                  sensitive = true
                }

                resource "aws_elasticache_replication_group" "cache" {
                  auth_token = var.token
                }
                """);
        assertThat(load(dir, Map.of(), List.of()).resources().get(0).attr("auth_token").sensitive())
                .isTrue();
    }

    @Test
    void remoteModuleIsAWarningOncePerCall(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("main.tf"),
                """
                module "vpc" {
                  source = "terraform-aws-modules/vpc/aws"
                }
                """);
        Model model = load(dir, Map.of(), List.of());
        assertThat(model.warnings())
                .singleElement()
                .asString()
                .contains("main.tf:1: module \"vpc\"")
                .contains("is not installed; run terraform init");
    }

    @Test
    void brokenFileBesideAGoodOneKeepsTheGoodFindings(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.tf"), GROUP);
        Files.writeString(
                dir.resolve("broken.tf"),
                "resource \"aws_kms_key\" \"k\" {\n  description = \"x\"\n");
        CliTestSupport.Run r = CliTestSupport.runIn(dir, "--format", "json", ".");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).startsWith("tfguard: broken.tf:1: ");
        assertThat(r.out()).contains("\"TFG-EC-001\"").contains("\"file\" : \"broken.tf\"");
    }

    @Test
    void namedFileReportsOnlyItsOwnFindings(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.tf"), GROUP);
        Files.writeString(
                dir.resolve("b.tf"),
                GROUP.replace("\"cache\"", "\"other\"").replace("variable", "locals {}\n#"));
        CliTestSupport.Run r = CliTestSupport.runIn(dir, "--format", "json", "a.tf");
        assertThat(r.out())
                .contains("aws_elasticache_replication_group.cache")
                .doesNotContain("aws_elasticache_replication_group.other");
    }
}
