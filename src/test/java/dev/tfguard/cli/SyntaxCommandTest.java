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

class SyntaxCommandTest {

    @TempDir Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void printsTheJsonOutlineOfAValidFile() throws IOException {
        Path tf =
                write(
                        "main.tf",
                        "resource \"aws_kms_key\" \"k\" {\n  enable_key_rotation = var.rotate\n}\n");
        Run r = run("syntax", "--format", "json", tf.toString());
        assertThat(r.code()).isEqualTo(0);
        JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(tf.toString());
        assertThat(file.get("valid").asBoolean()).isTrue();
        JsonNode block = file.get("blocks").get(0);
        assertThat(block.get("type").asText()).isEqualTo("resource");
        assertThat(block.get("start").toString()).isEqualTo("[1,1]");
        assertThat(block.get("end").toString()).isEqualTo("[3,2]");
        JsonNode attr = block.get("attributes").get(0);
        assertThat(attr.get("name").asText()).isEqualTo("enable_key_rotation");
        assertThat(attr.get("expr").asText()).isEqualTo("var.rotate");
        assertThat(attr.get("references").toString()).isEqualTo("[\"var.rotate\"]");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void hidesSecretValuesUnlessAskedToShowThem() throws IOException {
        Path tf =
                write(
                        "main.tf",
                        """
                resource "aws_elasticache_replication_group" "r" {
                  auth_token = "example-token-0123456789"
                  kms_key_id = var.key
                }
                variable "db_password" {
                  default = "example-password"
                }
                """);
        Path tfvars =
                write(
                        "prod.tfvars",
                        "cache_token = \"example-tfvars-token\"\nregion = \"eu-west-1\"\n");
        Run hidden = run("syntax", "--format", "json", tf.toString(), tfvars.toString());
        assertThat(hidden.code()).isEqualTo(0);
        JsonNode files = new ObjectMapper().readTree(hidden.out()).get("files");
        JsonNode resource = files.get(tf.toString()).get("blocks").get(0).get("attributes");
        assertThat(resource.get(0).get("expr").asText()).isEqualTo("(sensitive value not shown)");
        assertThat(resource.get(1).get("expr").asText()).isEqualTo("var.key");
        JsonNode variable = files.get(tf.toString()).get("blocks").get(1).get("attributes");
        assertThat(variable.get(0).get("expr").asText()).isEqualTo("(sensitive value not shown)");
        JsonNode entries = files.get(tfvars.toString()).get("attributes");
        assertThat(entries.get(0).get("expr").asText()).isEqualTo("(sensitive value not shown)");
        assertThat(entries.get(1).get("expr").asText()).isEqualTo("\"eu-west-1\"");
        assertThat(run("syntax", tf.toString()).out()).doesNotContain("example-");

        Run shown = run("syntax", "--format", "json", "--show-secrets", tf.toString());
        assertThat(shown.out())
                .contains("\\\"example-token-0123456789\\\"")
                .contains("example-password");
    }

    @Test
    void exitsThreeAndReportsTheFirstErrorOfAnInvalidFile() throws IOException {
        Path good = write("good.tf", "a = 1\n");
        Path bad = write("bad.tf", "variable \"x\" {\n  default = 1\n");
        Run r = run("syntax", "--format", "json", good.toString(), bad.toString());
        assertThat(r.code()).isEqualTo(3);
        JsonNode files = new ObjectMapper().readTree(r.out()).get("files");
        assertThat(files.get(good.toString()).get("valid").asBoolean()).isTrue();
        JsonNode diag = files.get(bad.toString()).get("diagnostics").get(0);
        assertThat(diag.get("line").asInt()).isEqualTo(1);
        assertThat(diag.get("col").asInt()).isEqualTo(14);
        assertThat(diag.get("summary").asText()).isEqualTo("Unclosed configuration block");
        assertThat(r.err()).startsWith("tfguard: " + bad + ":1:14: Unclosed configuration block");
    }

    @Test
    void reportsAnUnreadableFileAsADiagnostic() {
        String missing = dir.resolve("missing.tf").toString();
        Run r = run("syntax", missing);
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.out())
                .contains(missing + ": invalid")
                .contains("Cannot read file: no such file");
    }

    @Test
    void printsATextOutline() throws IOException {
        Path tf = write("o.tf", "# note\noutput \"ids\" {\n  value = aws_instance.web[*].id\n}\n");
        Run r = run("syntax", tf.toString());
        assertThat(r.code()).isEqualTo(0);
        assertThat(r.out())
                .contains(tf + ": valid, 1 blocks, 0 attributes, 1 comments")
                .contains("  output \"ids\"  (2:1-4:2)")
                .contains("    value = aws_instance.web[*].id  (3:3)  refs: aws_instance.web");
    }

    @Test
    void readsTerraformJsonSyntax() throws IOException {
        Path json =
                write(
                        "main.tf.json",
                        "{\"resource\": {\"aws_kms_key\": {\"k\": {\"description\": \"${var.d}\"}}}}");
        Run r = run("syntax", "--format", "json", json.toString());
        assertThat(r.code()).isEqualTo(0);
        JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(json.toString());
        assertThat(file.get("syntax").asText()).isEqualTo("json");
        assertThat(file.get("blocks").get(0).get("labels").toString())
                .isEqualTo("[\"aws_kms_key\",\"k\"]");
        assertThat(file.get("blocks").get(0).get("attributes").get(0).get("references").toString())
                .isEqualTo("[\"var.d\"]");
    }

    @Test
    void rejectsAnUnknownFormatAsAUsageError() throws IOException {
        Path tf = write("x.tf", "a = 1\n");
        Run r = run("syntax", "--format", "yaml", tf.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format must be text or json");
    }

    @Test
    void printsTheOutlineOfDeeplyNestedBlocks() throws IOException {
        Path tf = write("deep.tf", "a {\n".repeat(900) + "x = 1\n" + "}\n".repeat(900));
        Run r = run("syntax", "--format", "json", tf.toString());
        assertThat(r.code()).isEqualTo(0);
        ObjectMapper deepReader =
                new ObjectMapper(
                        com.fasterxml.jackson.core.JsonFactory.builder()
                                .streamReadConstraints(
                                        com.fasterxml.jackson.core.StreamReadConstraints.builder()
                                                .maxNestingDepth(5000)
                                                .build())
                                .build());
        JsonNode block = deepReader.readTree(r.out()).get("files").get(tf.toString());
        for (int i = 0; i < 900; i++) {
            block = block.get("blocks").get(0);
        }
        assertThat(block.get("attributes").get(0).get("name").asText()).isEqualTo("x");
    }
}
