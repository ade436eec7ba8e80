package dev.tfguard.loader.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HclParserTest {

    private static ConfigFile parse(String text) {
        return HclParser.parse("test.tf", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> refs(Expr e) {
        return e.references().stream().map(Traversal::toString).toList();
    }

    private static Expr attr(ConfigFile f, String name) {
        return f.body().blocks().get(0).body().attribute(name).orElseThrow().expr();
    }

    @Test
    void readsBlocksAttributesAndRanges() {
        ConfigFile f = parse("resource \"aws_kms_key\" \"this\" {\n  enable_key_rotation = var.rotate\n}\n");
        assertThat(f.valid()).isTrue();
        Block b = f.body().blocks().get(0);
        assertThat(b.type()).isEqualTo("resource");
        assertThat(b.labels()).containsExactly("aws_kms_key", "this");
        assertThat(b.range().start()).isEqualTo(new Pos(1, 1, 0));
        assertThat(b.range().end().line()).isEqualTo(3);
        assertThat(b.range().end().column()).isEqualTo(2);
        Attribute a = b.body().attributes().get(0);
        assertThat(a.range().start()).isEqualTo(new Pos(2, 3, 34));
        assertThat(a.expr().source()).isEqualTo("var.rotate");
        assertThat(refs(a.expr())).containsExactly("var.rotate");
    }

    @Test
    void followsTheReferenceRulesForTraversals() {
        ConfigFile f = parse("""
                locals {
                  a = aws_subnet.a.0.id
                  b = var.amis[var.region]
                  c = aws_instance.web[*].id
                  d = [for s in var.l : s.id if s.ok]
                  e = { plain = 1, (var.k) = 2, var.t = 3 }
                  f = "${var.x}-${var.x}"
                  g = provider::aws::arn_parse(var.arn).region
                  h = aws_eip.e.*.id[count.index]
                }
                """);
        assertThat(f.diagnostics()).isEmpty();
        assertThat(refs(attr(f, "a"))).containsExactly("aws_subnet.a[0].id");
        assertThat(refs(attr(f, "b"))).containsExactly("var.amis", "var.region");
        assertThat(refs(attr(f, "c"))).containsExactly("aws_instance.web");
        assertThat(refs(attr(f, "d"))).containsExactly("var.l");
        assertThat(refs(attr(f, "e"))).containsExactly("var.k", "var.t");
        assertThat(refs(attr(f, "f"))).containsExactly("var.x");
        assertThat(refs(attr(f, "g"))).containsExactly("var.arn");
        assertThat(refs(attr(f, "h"))).containsExactly("aws_eip.e", "count.index");
    }

    @Test
    void reportsAnUnclosedBlockAtItsOpeningBrace() {
        ConfigFile f = parse("variable \"x\" {\n  default = 1\n");
        assertThat(f.valid()).isFalse();
        assertThat(f.diagnostics().get(0).summary()).isEqualTo("Unclosed configuration block");
        assertThat(f.diagnostics().get(0).line()).isEqualTo(1);
        assertThat(f.diagnostics().get(0).col()).isEqualTo(14);
    }

    @Test
    void rejectsARedefinedAttribute() {
        ConfigFile f = parse("a = 1\na = 2\n");
        assertThat(f.diagnostics()).extracting(Diagnostic::summary, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Attribute redefined", 2));
    }

    @Test
    void acceptsAHeredocEndMarkerFollowedByBlanks() {
        ConfigFile f = parse("x = <<EOT\nhello ${var.name}\nEOT  \ny = 1\n");
        assertThat(f.diagnostics()).isEmpty();
        Expr.Template t = (Expr.Template) f.body().attribute("x").orElseThrow().expr();
        assertThat(t.heredoc()).isTrue();
        assertThat(refs(t)).containsExactly("var.name");
        assertThat(f.body().attribute("y")).isPresent();
    }
}
