package dev.tfguard.loader.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfguard.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Variable values from {@code --var}, {@code TF_VAR_*} and tfvars, typed as Terraform types them
 * (issue 16).
 */
class VariableValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONFIG =
            """
            variable "ids" {
              type = list(string)
            }

            variable "flags" {
              type = map(bool)
            }

            variable "cfg" {
              type = object({ rest = bool, name = string })
            }

            resource "aws_elasticache_replication_group" "g" {
              replication_group_id       = "${var.ids[1]}-${terraform.workspace}-${path.module}"
              description                = var.cfg.name
              at_rest_encryption_enabled = var.cfg.rest
              transit_encryption_enabled = var.flags["transit"]
              user_group_ids             = var.ids
            }
            """;

    @Test
    void commandLineValuesOfListMapAndObjectTypes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.tf"), CONFIG);
        JsonNode r =
                run(
                        dir,
                        Map.of(),
                        "--var",
                        "ids=[\"a\", \"b\"]",
                        "--var",
                        "flags={transit = false}",
                        "--var",
                        "cfg={rest = false, name = \"x\"}",
                        ".");
        assertThat(rules(r, "findings"))
                .contains("TFG-EC-001", "TFG-EC-003")
                .doesNotContain("TFG-EC-004");
        assertThat(rules(r, "unverified")).doesNotContain("TFG-EC-001", "TFG-EC-003");
    }

    @Test
    void environmentValuesOfListMapAndObjectTypes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.tf"), CONFIG);
        JsonNode r =
                run(
                        dir,
                        Map.of(
                                "TF_VAR_ids",
                                "[\"a\"]",
                                "TF_VAR_flags",
                                "{ transit = true }",
                                "TF_VAR_cfg",
                                "{ rest = false, name = \"from env\" }"),
                        ".");
        assertThat(rules(r, "findings")).contains("TFG-EC-001").doesNotContain("TFG-EC-003");
        // a later source wins: --var over the environment
        JsonNode later =
                run(
                        dir,
                        Map.of(
                                "TF_VAR_ids",
                                "[\"a\"]",
                                "TF_VAR_flags",
                                "{ transit = true }",
                                "TF_VAR_cfg",
                                "{ rest = false, name = \"x\" }"),
                        "--var",
                        "cfg={rest = true, name = \"y\"}",
                        ".");
        assertThat(rules(later, "findings")).doesNotContain("TFG-EC-001", "TFG-EC-003");
    }

    @Test
    void aValueThatIsNotOfItsTypeIsUnknownWithAWarning(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.tf"), CONFIG);
        JsonNode r = run(dir, Map.of("TF_VAR_cfg", "{ rest = "), "--var", "ids=[\"a\"]", ".");
        assertThat(messages(r))
                .anyMatch(w -> w.startsWith("TF_VAR_cfg: not a valid value for variable \"cfg\""));
        assertThat(rules(r, "findings")).doesNotContain("TFG-EC-001");
    }

    @Test
    void aValueForAnUndeclaredVariableIsAWarning(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.tf"), CONFIG);
        Files.writeString(dir.resolve("terraform.tfvars"), "ids = [\"a\", \"b\"]\nnodes = 3\n");
        JsonNode r = run(dir, Map.of("TF_VAR_unused", "1"), "--var", "size=2", ".");
        assertThat(messages(r))
                .containsExactly(
                        "terraform.tfvars:2: a value for variable \"nodes\", which the root module . does not declare; "
                                + "Terraform ignores it",
                        "--var size: the root module . declares no variable \"size\"; the value is not used");
    }

    @Test
    void workspaceAndPathsAreKnown(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("modules/cache"));
        Files.writeString(
                dir.resolve("main.tf"),
                """
                module "cache" {
                  source = "./modules/cache"
                }
                """);
        Files.writeString(
                dir.resolve("modules/cache/main.tf"),
                """
                resource "aws_elasticache_replication_group" "g" {
                  replication_group_id       = "g"
                  description                = "g"
                  at_rest_encryption_enabled = terraform.workspace == "prod" && path.module == "modules/cache"
                  transit_encryption_enabled = path.root == "."
                }
                """);
        assertThat(rules(run(dir, Map.of(), "--workspace", "prod", "."), "findings"))
                .doesNotContain("TFG-EC-001", "TFG-EC-003");
        assertThat(rules(run(dir, Map.of(), "."), "findings"))
                .contains("TFG-EC-001")
                .doesNotContain("TFG-EC-003");
    }

    @Test
    void withSeveralRootsAVarFileAppliesToTheRootThatHoldsIt(@TempDir Path dir) throws IOException {
        for (String env : List.of("dev", "prod")) {
            Files.createDirectories(dir.resolve("envs/" + env));
            Files.writeString(
                    dir.resolve("envs/" + env + "/main.tf"),
                    """
                    variable "rest" {
                      type    = bool
                      default = true
                    }

                    resource "aws_elasticache_replication_group" "g" {
                      replication_group_id       = "g"
                      description                = "g"
                      at_rest_encryption_enabled = var.rest
                    }
                    """);
        }
        Files.writeString(dir.resolve("envs/dev/insecure.tfvars"), "rest = false\n");
        Files.writeString(dir.resolve("other.tfvars"), "rest = false\n");
        JsonNode r =
                run(
                        dir,
                        Map.of(),
                        "--var-file",
                        "envs/dev/insecure.tfvars",
                        "--var-file",
                        "other.tfvars",
                        ".");
        List<String> roots = new ArrayList<>();
        r.get("findings")
                .forEach(
                        f -> {
                            if (f.get("rule").asText().equals("TFG-EC-001")) {
                                roots.add(f.get("root").asText());
                            }
                        });
        assertThat(roots).containsExactly("envs/dev");
        assertThat(messages(r))
                .anyMatch(
                        w -> w.startsWith("other.tfvars: --var-file: 2 root modules are scanned"));
    }

    private static JsonNode run(Path dir, Map<String, String> env, String... args)
            throws IOException {
        StringWriter out = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--format";
        all[1] = "json";
        System.arraycopy(args, 0, all, 2, args.length);
        Main.run(all, new PrintWriter(out), new PrintWriter(new StringWriter()), env, false, dir);
        return JSON.readTree(out.toString());
    }

    private static List<String> rules(JsonNode r, String kind) {
        List<String> out = new ArrayList<>();
        r.get(kind).forEach(f -> out.add(f.get("rule").asText()));
        return out;
    }

    private static List<String> messages(JsonNode r) {
        List<String> out = new ArrayList<>();
        r.get("warnings").forEach(w -> out.add(w.get("message").asText()));
        return out;
    }
}
