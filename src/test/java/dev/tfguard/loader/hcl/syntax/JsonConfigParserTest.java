package dev.tfguard.loader.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonConfigParserTest {

    private static ConfigFile parse(String text) {
        return JsonConfigParser.parse("main.tf.json", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsBlocksByTerraformSchema() {
        ConfigFile f =
                parse(
                        """
                {
                  "//": "generated",
                  "resource": {
                    "aws_kms_key": {
                      "k": {"enable_key_rotation": true, "description": "${var.name}-key", "//": "note"}
                    }
                  },
                  "locals": {"a": [1, "x"]},
                  "provider": {"aws": [{"region": "us-east-1"}, {"region": "eu-west-1", "alias": "eu"}]}
                }
                """);
        assertThat(f.diagnostics()).isEmpty();
        assertThat(f.body().blocks())
                .extracting(Block::type)
                .containsExactly("resource", "locals", "provider", "provider");
        Block key = f.body().blocks().get(0);
        assertThat(key.labels()).containsExactly("aws_kms_key", "k");
        assertThat(key.range().start()).extracting(Pos::line, Pos::column).containsExactly(5, 12);
        assertThat(key.body().attributes())
                .extracting(Attribute::name)
                .containsExactly("enable_key_rotation", "description");
        Expr description = key.body().attribute("description").orElseThrow().expr();
        assertThat(description.source()).isEqualTo("\"${var.name}-key\"");
        assertThat(description.references())
                .extracting(Traversal::toString)
                .containsExactly("var.name");
        assertThat(
                        ((Expr.Literal)
                                        key.body()
                                                .attribute("enable_key_rotation")
                                                .orElseThrow()
                                                .expr())
                                .value())
                .isEqualTo(true);
        assertThat(f.body().blocks().get(3).body().attribute("alias")).isPresent();
    }

    @Test
    void findsReferencesInStringsWithEscapes() {
        ConfigFile f =
                parse("{\"locals\": {\"p\": \"{\\\"a\\\": \\\"${aws_kms_key.k.arn}\\\"}\"}}");
        assertThat(f.diagnostics()).isEmpty();
        Expr p = f.body().blocks().get(0).body().attribute("p").orElseThrow().expr();
        assertThat(p.references())
                .extracting(Traversal::toString)
                .containsExactly("aws_kms_key.k.arn");
    }

    @Test
    void reportsInvalidJsonWithItsPosition() {
        ConfigFile f = parse("{\n  \"locals\": {\"a\": 1,}\n}\n");
        assertThat(f.valid()).isFalse();
        assertThat(f.diagnostics().get(0).line()).isEqualTo(2);
        assertThat(f.diagnostics().get(0).summary()).isEqualTo("Invalid JSON");
    }

    @Test
    void readsTfvarsJsonAsAttributes() {
        ConfigFile f =
                JsonConfigParser.parseAttributes(
                        "x.tfvars.json",
                        "{\"env\": \"prod\", \"n\": 3}".getBytes(StandardCharsets.UTF_8));
        assertThat(f.body().attributes()).extracting(Attribute::name).containsExactly("env", "n");
    }

    @Test
    void reportsNestingBeyondTheLimitAsInvalidJson() {
        ConfigFile f =
                parse("{\"locals\": {\"a\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}}");
        assertThat(f.valid()).isFalse();
        assertThat(f.diagnostics().get(0).summary()).isEqualTo("Invalid JSON");
        assertThat(f.diagnostics().get(0).col()).isGreaterThan(1000);
    }

    /**
     * Found by HclParserFuzzTest (issue 10): a byte order mark, then a line that is not ASCII,
     * failed to parse.
     */
    @Test
    void reportsInvalidJsonAfterAByteOrderMarkOnALineThatIsNotAscii() {
        byte[] bytes = {
            (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'v', ' ', (byte) 0xB3, (byte) 0xB3, '\n', '}'
        };
        ConfigFile f = JsonConfigParser.parse("bom.tf.json", bytes);
        assertThat(f.valid()).isFalse();
        assertThat(f.diagnostics().get(0))
                .extracting(Diagnostic::summary, Diagnostic::line, Diagnostic::col)
                .containsExactly("Invalid JSON", 1, 1);
        assertThat(f.body().range().start().line()).isEqualTo(1);
    }

    /** Jackson quotes the token it could not read; the diagnostic does not (issue 10). */
    @Test
    void diagnosticsDoNotQuoteTheInput() {
        ConfigFile f = parse("{\"variable\": {\"t\": {\"default\": hunter2secret}}}");
        assertThat(f.diagnostics().get(0).detail())
                .isEqualTo("Unrecognized token: was expecting a JSON value");
        f = parse("{\"locals\": {\"t\": \"ab\\qc\"}}");
        assertThat(f.diagnostics().get(0).detail()).doesNotContain("'q'").contains("(code 113)");
    }
}
