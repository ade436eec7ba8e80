package dev.tfguard.loader.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Input written to break a parser: every case ends with a result or a clear diagnostic, quickly.
 */
class HostileInputTest {

    private static ConfigFile parse(String text) {
        return HclParser.parse("hostile.tf", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void reportsHundredThousandNestedTuplesAsTooDeep() {
        ConfigFile f = parse("x = " + repeat("[", 100_000) + repeat("]", 100_000) + "\n");
        assertThat(f.valid()).isFalse();
        assertThat(f.diagnostics().get(0).summary()).isEqualTo("Nesting too deep");
        assertThat(f.diagnostics().get(0).line()).isEqualTo(1);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void reportsHundredThousandNestedObjectsAsTooDeep() {
        ConfigFile f = parse("x = " + repeat("{a=", 100_000) + "1" + repeat("}", 100_000) + "\n");
        assertThat(f.diagnostics())
                .extracting(Diagnostic::summary)
                .containsExactly("Nesting too deep");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void reportsDeepBlocksUnaryChainsSplatsAndInterpolationsAsTooDeep() {
        assertThat(parse(repeat("a {\n", 100_000) + repeat("}\n", 100_000)).diagnostics())
                .extracting(Diagnostic::summary)
                .containsExactly("Nesting too deep");
        assertThat(parse("x = " + repeat("!", 100_000) + "true\n").diagnostics())
                .extracting(Diagnostic::summary)
                .containsExactly("Nesting too deep");
        assertThat(parse("x = a" + repeat(" + a", 100_000) + "\n").diagnostics())
                .extracting(Diagnostic::summary)
                .containsExactly("Nesting too deep");
        assertThat(parse("x = a" + repeat("[*]", 100_000) + "\n").diagnostics())
                .extracting(Diagnostic::summary)
                .containsExactly("Nesting too deep");
        assertThat(
                        parse(
                                        "x = "
                                                + repeat("\"${", 100_000)
                                                + "1"
                                                + repeat("}\"", 100_000)
                                                + "\n")
                                .diagnostics())
                .extracting(Diagnostic::summary)
                .containsExactly("Nesting too deep");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void parsesNestingJustBelowTheLimitOnASmallStack() throws InterruptedException {
        // 900 levels on a 256 KB thread: deep input must not depend on the caller's stack size.
        String text = "x = " + repeat("[{a=f(", 300) + "1" + repeat(")}]", 300) + "\n";
        ConfigFile[] result = new ConfigFile[1];
        Throwable[] failure = new Throwable[1];
        Thread small =
                new Thread(
                        null,
                        () -> {
                            try {
                                result[0] = parse(text);
                            } catch (Throwable t) {
                                failure[0] = t;
                            }
                        },
                        "small-stack",
                        256 * 1024);
        small.start();
        small.join();
        assertThat(failure[0]).isNull();
        assertThat(result[0].diagnostics()).isEmpty();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void reportsAnUnterminatedHeredocAtTheEndOfTheFile() {
        ConfigFile f = parse("locals {\n  policy = <<EOT\n{\"a\": 1}\n");
        assertThat(f.valid()).isFalse();
        Diagnostic first = f.diagnostics().get(0);
        assertThat(first.summary()).isEqualTo("Unterminated template string");
        assertThat(first.line()).isEqualTo(4);
        assertThat(first.col()).isEqualTo(1);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void reportsInvalidUtf8WhereItIs() {
        byte[] bytes = "x = \"caf?\"\n".getBytes(StandardCharsets.US_ASCII);
        bytes[8] = (byte) 0xC3; // a lead byte followed by a quote: not UTF-8
        ConfigFile f = HclParser.parse("bad.tf", bytes);
        assertThat(f.valid()).isFalse();
        assertThat(f.diagnostics().get(0))
                .extracting(Diagnostic::summary, Diagnostic::line, Diagnostic::col)
                .containsExactly("Invalid character encoding", 1, 9);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void survivesRandomBytes() {
        java.util.Random random = new java.util.Random(42);
        String alphabet = "{}[]()\"$%~<-=!?:.,*/\\#\n ab1\t";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(200);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ConfigFile f = parse(sb.toString());
            assertThat(f.body()).isNotNull();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void parsesAFiftyMegabyteFile() {
        String block =
                """
                resource "aws_elasticache_replication_group" "r%d" {
                  replication_group_id       = "cache-${var.env}-%d"
                  at_rest_encryption_enabled = var.encrypt ? true : false
                  kms_key_id                 = aws_kms_key.this[%d].arn
                  tags                       = merge(local.tags, { Name = "r%d" })
                }
                """;
        ByteArrayOutputStream buf = new ByteArrayOutputStream(52 << 20);
        int n = 0;
        while (buf.size() < 50 << 20) {
            buf.writeBytes(block.formatted(n, n, n, n).getBytes(StandardCharsets.UTF_8));
            n++;
        }
        ConfigFile f = HclParser.parse("big.tf", buf.toByteArray());
        assertThat(f.diagnostics()).isEmpty();
        assertThat(f.body().blocks()).hasSize(n);
        Block last = f.body().blocks().get(n - 1);
        assertThat(last.labels())
                .containsExactly("aws_elasticache_replication_group", "r" + (n - 1));
        assertThat(last.body().attribute("kms_key_id").orElseThrow().expr().references())
                .extracting(Traversal::toString)
                .containsExactly("aws_kms_key.this[" + (n - 1) + "].arn");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void parsesAHeredocOfManyLinesInLinearTime() {
        int lines = 500_000;
        ConfigFile f = parse("x = <<EOT\n" + "a line of policy text\n".repeat(lines) + "EOT\n");
        assertThat(f.diagnostics()).isEmpty();
        Expr.Template t = (Expr.Template) f.body().attribute("x").orElseThrow().expr();
        assertThat(t.literalValue()).hasSize(lines * "a line of policy text\n".length());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void keepsTheFirstHundredErrorsOfABinaryFile() {
        byte[] bytes = new byte[5_000_000];
        new java.util.Random(7).nextBytes(bytes);
        ConfigFile f = HclParser.parse("random.bin", bytes);
        assertThat(f.valid()).isFalse();
        assertThat(f.diagnostics()).hasSizeBetween(1, 100);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void limitsTemplateDirectiveNestingAndWalksDeepTreesOnASmallStack()
            throws InterruptedException {
        assertThat(
                        parse(
                                        "x = \""
                                                + repeat("%{if a}", 100_000)
                                                + repeat("%{endif}", 100_000)
                                                + "\"\n")
                                .diagnostics())
                .extracting(Diagnostic::summary)
                .containsExactly("Nesting too deep");
        ConfigFile f =
                parse(
                        "x = \""
                                + repeat("%{if var.a}", 900)
                                + "${var.b}"
                                + repeat("%{endif}", 900)
                                + "\"\n");
        assertThat(f.diagnostics()).isEmpty();
        Object[] refs = new Object[1];
        Thread small =
                new Thread(
                        null,
                        () ->
                                refs[0] =
                                        f
                                                .body()
                                                .attribute("x")
                                                .orElseThrow()
                                                .expr()
                                                .references()
                                                .stream()
                                                .map(Traversal::toString)
                                                .toList(),
                        "small-stack",
                        128 * 1024);
        small.start();
        small.join();
        assertThat(refs[0]).isEqualTo(java.util.List.of("var.a", "var.b"));
    }
}
