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
        ConfigFile f =
                parse(
                        "resource \"aws_kms_key\" \"this\" {\n  enable_key_rotation = var.rotate\n}\n");
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
        ConfigFile f =
                parse(
                        """
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
        assertThat(f.diagnostics())
                .extracting(Diagnostic::summary, Diagnostic::line)
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

    @Test
    void countsColumnsInGraphemeClustersAndSkipsAByteOrderMark() {
        ConfigFile f =
                HclParser.parse(
                        "u.tf",
                        ("\uFEFFlocals {\n  e = \"\uD83C\uDDE9\uD83C\uDDEA e\u0301\" # x\n  \u540d = 1\n}\n")
                                .getBytes(StandardCharsets.UTF_8));
        assertThat(f.diagnostics()).isEmpty();
        Block b = f.body().blocks().get(0);
        assertThat(b.range().start()).isEqualTo(new Pos(1, 1, 3));
        Attribute e = b.body().attribute("e").orElseThrow();
        // a flag (two code points) and e + combining accent are one column each
        assertThat(e.range().end().column()).isEqualTo(12);
        assertThat(f.comments()).hasSize(1);
        assertThat(f.comments().get(0).range().start().column()).isEqualTo(13);
        assertThat(b.body().attribute("\u540d")).isPresent();
    }

    @Test
    void keepsCommentsWithTheirPositions() {
        ConfigFile f =
                parse(
                        """
                # tfguard:ignore:TFG-EC-001 cache holds public data
                resource "aws_elasticache_replication_group" "r" { // trailing
                  /* block
                     comment */ a = 1
                }
                """);
        assertThat(f.diagnostics()).isEmpty();
        assertThat(f.comments())
                .extracting(Comment::text)
                .containsExactly(
                        "# tfguard:ignore:TFG-EC-001 cache holds public data",
                        "// trailing",
                        "/* block\n     comment */");
        assertThat(f.comments().get(0).body())
                .isEqualTo("tfguard:ignore:TFG-EC-001 cache holds public data");
        assertThat(f.comments().get(1).range().start()).isEqualTo(new Pos(2, 52, 103));
    }

    @Test
    void decodesTemplatesAndHeredocs() {
        ConfigFile f =
                parse(
                        """
                a = <<-EOT
                    hello
                      ${x}
                    EOT
                b = "x ${~ y ~} z\\n\\u00e9 $${lit}"
                c = "${v}"
                d = <<EOT
                raw \\n
                EOT
                """);
        assertThat(f.diagnostics()).isEmpty();
        Expr.Template a = (Expr.Template) f.body().attribute("a").orElseThrow().expr();
        assertThat(a.parts()).hasSize(3);
        assertThat(((Expr.Literal) a.parts().get(0)).value()).isEqualTo("hello\n  ");
        assertThat(((Expr.Literal) a.parts().get(2)).value()).isEqualTo("\n");
        Expr.Template b = (Expr.Template) f.body().attribute("b").orElseThrow().expr();
        assertThat(((Expr.Literal) b.parts().get(0)).value()).isEqualTo("x");
        assertThat(((Expr.Literal) b.parts().get(2)).value()).isEqualTo("z\n\u00e9 ${lit}");
        Expr.Template c = (Expr.Template) f.body().attribute("c").orElseThrow().expr();
        assertThat(c.wrapped()).isInstanceOf(Expr.ScopeTraversal.class);
        Expr.Template d = (Expr.Template) f.body().attribute("d").orElseThrow().expr();
        assertThat(d.literalValue()).isEqualTo("raw \\n\n");
        assertThat(d.source()).isEqualTo("<<EOT\nraw \\n\nEOT");
    }

    @Test
    void parsesOperatorsByPrecedence() {
        ConfigFile f = parse("x = a || b && c == d + e * -f ? g : h\n");
        Expr.Conditional cond = (Expr.Conditional) f.body().attribute("x").orElseThrow().expr();
        Expr.BinaryOp or = (Expr.BinaryOp) cond.condition();
        assertThat(or.op()).isEqualTo(Expr.Operator.OR);
        Expr.BinaryOp and = (Expr.BinaryOp) or.right();
        assertThat(and.op()).isEqualTo(Expr.Operator.AND);
        Expr.BinaryOp eq = (Expr.BinaryOp) and.right();
        Expr.BinaryOp add = (Expr.BinaryOp) eq.right();
        Expr.BinaryOp mul = (Expr.BinaryOp) add.right();
        assertThat(mul.op()).isEqualTo(Expr.Operator.MULTIPLY);
        assertThat(mul.right()).isInstanceOf(Expr.UnaryOp.class);
        assertThat(cond.source()).isEqualTo("a || b && c == d + e * -f ? g : h");
    }

    @Test
    void readsForExpressionsAndTheirScopes() {
        ConfigFile f = parse("x = { for k, v in var.m : k => v.id... if v != local.skip }\n");
        Expr.For fe = (Expr.For) f.body().attribute("x").orElseThrow().expr();
        assertThat(fe.isObject()).isTrue();
        assertThat(fe.keyVar()).isEqualTo("k");
        assertThat(fe.valueVar()).isEqualTo("v");
        assertThat(fe.grouping()).isTrue();
        assertThat(refs(fe)).containsExactly("var.m", "local.skip");
    }

    @Test
    void findsALaterErrorAfterRecovering() {
        ConfigFile f =
                parse(
                        """
                a = [1 2]
                b = 2
                c = { x = 1 y = 2 }
                """);
        assertThat(f.diagnostics())
                .extracting(Diagnostic::line, Diagnostic::summary)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Missing item separator"),
                        org.assertj.core.groups.Tuple.tuple(3, "Missing attribute separator"));
        assertThat(f.body().attribute("b")).isPresent();
        assertThat(f.diagnostics().get(0).toString())
                .isEqualTo(
                        "test.tf:1:8: Missing item separator; Expected a comma to mark the beginning of the next item.");
    }

    @Test
    void keepsAttributesAfterANestedObjectForExpression() {
        // The construct that made another parser close the resource early (issue 3).
        ConfigFile f =
                parse(
                        """
                resource "x" "y" {
                  m = { for k, v in var.m : k => { id = v } }
                  after = true
                }
                """);
        assertThat(f.diagnostics()).isEmpty();
        assertThat(f.body().blocks().get(0).body().attributes())
                .extracting(Attribute::name)
                .containsExactly("m", "after");
    }

    @Test
    void reportsATruncatedFile() {
        ConfigFile f = parse("a {\n  b = 1\n}\nc {\n  d = [1,\n");
        assertThat(f.valid()).isFalse();
        assertThat(f.body().blocks()).extracting(Block::type).containsExactly("a", "c");
    }
}
