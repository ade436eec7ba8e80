package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tfguard values}: what tfguard evaluated, in the shape of Terraform's {@code
 * output_changes} (issue 15).
 */
class ValuesCommandTest {

    @TempDir Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void printsOutputsLocalsAndModuleOutputsAsTerraformsOutputChanges() throws IOException {
        write(
                "main.tf",
                """
                resource "terraform_data" "r" {
                  input = "x"
                }
                locals {
                  port = 6379
                }
                module "m" {
                  source = "./m"
                  name   = "cache"
                }
                output "known" {
                  value = { port = local.port, name = module.m.upper }
                }
                output "partly" {
                  value = ["a", terraform_data.r.id]
                }
                output "secret" {
                  value     = "s3cr3t"
                  sensitive = true
                }
                """);
        write(
                "m/main.tf",
                """
                variable "name" {
                  type = string
                }
                output "upper" {
                  value = upper(var.name)
                }
                """);
        Run r = run("values", "--format", "json", dir.toString());
        assertThat(r.code()).isEqualTo(0);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.at("/output_changes/known").toString())
                .isEqualTo(
                        "{\"after\":{\"name\":\"CACHE\",\"port\":6379},\"after_unknown\":false,"
                                + "\"after_sensitive\":false}");
        assertThat(doc.at("/output_changes/partly").toString())
                .isEqualTo(
                        "{\"after\":[\"a\",null],\"after_unknown\":[false,true],\"after_sensitive\":false}");
        assertThat(doc.at("/output_changes/secret/after").asText()).isEqualTo("(sensitive value)");
        assertThat(doc.at("/output_changes/secret/after_sensitive").asBoolean()).isTrue();
        assertThat(doc.at("/locals/port/after").asInt()).isEqualTo(6379);
        assertThat(doc.at("/module_outputs/module.m/upper/after").asText()).isEqualTo("CACHE");
        assertThat(r.out()).doesNotContain("s3cr3t");

        Run shown = run("values", "--format", "json", "--show-secrets", dir.toString());
        assertThat(
                        new ObjectMapper()
                                .readTree(shown.out())
                                .at("/output_changes/secret/after")
                                .asText())
                .isEqualTo("s3cr3t");

        Run text = run("values", dir.toString());
        assertThat(text.out())
                .contains("output.partly = [\"a\",(known after apply)]\n")
                .contains("output.secret = \"(sensitive value)\"  (sensitive)\n")
                .contains("module.m.upper = \"CACHE\"\n");
    }

    @Test
    void anExpressionTerraformRejectsShowsItsError() throws IOException {
        write(
                "main.tf",
                """
                output "bad" {
                  value = tonumber("five")
                }
                """);
        Run r = run("values", "--format", "json", dir.toString());
        assertThat(r.code()).isEqualTo(0);
        assertThat(new ObjectMapper().readTree(r.out()).at("/output_changes/bad/error").asText())
                .contains("five");
    }

    /**
     * Files outside the scanned folder are not read: the value is unknown, never the file's
     * content.
     */
    @Test
    void filesOutsideTheFolderAreNotRead() throws IOException {
        write(
                "root/main.tf",
                """
                output "inside" {
                  value = file("${path.module}/data/x.txt")
                }
                output "outside" {
                  value = file("../secret.txt")
                }
                """);
        write("root/data/x.txt", "in");
        write("secret.txt", "do not read");
        Run r = run("values", "--format", "json", dir.resolve("root").toString());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.at("/output_changes/inside/after").asText()).isEqualTo("in");
        assertThat(doc.at("/output_changes/outside/after_unknown").asBoolean()).isTrue();
        assertThat(r.out()).doesNotContain("do not read");
    }

    @Test
    void aFolderWithoutTerraformFilesIsAnInputError() {
        Run r = run("values", dir.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("no Terraform files");
    }
}
