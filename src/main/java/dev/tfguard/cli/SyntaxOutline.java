package dev.tfguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Body;
import dev.tfguard.loader.hcl.syntax.ConfigFile;
import dev.tfguard.loader.hcl.syntax.Diagnostic;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.Pos;
import dev.tfguard.loader.hcl.syntax.SecretValues;
import dev.tfguard.loader.hcl.syntax.Traversal;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Renders what the parser saw in a file: the JSON outline of the conformance corpus (valid, blocks,
 * attributes, references, diagnostics) or an indented text outline for people.
 */
final class SyntaxOutline {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SyntaxOutline() {}

    /**
     * The outline of one file in the corpus's reference format ({@code ref/*.json}), with the text
     * of the {@code hidden} expressions replaced by {@link SecretValues#HIDDEN}.
     */
    static ObjectNode json(ConfigFile file, boolean jsonSyntax, Set<Expr> hidden) {
        ObjectNode out = JSON.objectNode();
        out.put("valid", file.valid());
        if (jsonSyntax) {
            out.put("syntax", "json");
        }
        if (!file.valid()) {
            ArrayNode diags = out.putArray("diagnostics");
            for (Diagnostic d : file.diagnostics()) {
                ObjectNode n = diags.addObject();
                n.put("line", d.line());
                n.put("col", d.col());
                n.put("summary", d.summary());
                n.put("detail", d.detail());
            }
            return out;
        }
        body(file.body(), out, jsonSyntax, hidden);
        return out;
    }

    /** Blocks (recursively) and attributes of a body, each in source order. */
    private static void body(Body body, ObjectNode out, boolean jsonSyntax, Set<Expr> hidden) {
        ArrayNode blocks = out.putArray("blocks");
        for (Block b : body.blocks()) {
            ObjectNode n = blocks.addObject();
            n.put("type", b.type());
            ArrayNode labels = n.putArray("labels");
            b.labels().forEach(labels::add);
            n.set("start", pos(b.range().start()));
            if (jsonSyntax) {
                // As the reference reports it: a JSON block has no end of its own.
                n.putNull("end");
            } else {
                n.set("end", pos(b.range().end()));
            }
            body(b.body(), n, jsonSyntax, hidden);
        }
        ArrayNode attrs = out.putArray("attributes");
        for (Attribute a : body.attributes()) {
            ObjectNode n = attrs.addObject();
            n.put("name", a.name());
            n.set("start", pos(a.range().start()));
            n.set("end", pos(a.range().end()));
            n.put("expr", source(a.expr(), hidden));
            ArrayNode refs = n.putArray("references");
            for (Traversal t : a.expr().references()) {
                refs.add(t.toString());
            }
        }
    }

    private static JsonNode pos(Pos p) {
        ArrayNode a = JSON.arrayNode();
        a.add(p.line());
        a.add(p.column());
        return a;
    }

    /**
     * An indented outline for people: blocks with ranges, attributes with start, expression and
     * references.
     */
    static void text(ConfigFile file, Set<Expr> hidden, PrintWriter out) {
        if (!file.valid()) {
            out.println(file.path() + ": invalid");
            for (Diagnostic d : file.diagnostics()) {
                out.println(
                        "  " + d.line() + ":" + d.col() + ": " + d.summary() + ": " + d.detail());
            }
            return;
        }
        out.println(
                file.path()
                        + ": valid, "
                        + file.body().blocks().size()
                        + " blocks, "
                        + file.body().attributes().size()
                        + " attributes, "
                        + file.comments().size()
                        + " comments");
        textBody(file.body(), "  ", hidden, out);
    }

    /**
     * A set of expressions by identity: two equal literals in different places are different
     * expressions.
     */
    static Set<Expr> identities(List<Expr> exprs) {
        Set<Expr> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(exprs);
        return set;
    }

    private static String source(Expr e, Set<Expr> hidden) {
        return hidden.contains(e) ? SecretValues.HIDDEN : e.source();
    }

    private static void textBody(Body body, String indent, Set<Expr> hidden, PrintWriter out) {
        for (var item : body.items()) {
            if (item instanceof Attribute a) {
                String expr = source(a.expr(), hidden).replace("\r", "").replace("\n", "\\n");
                if (expr.length() > 60) {
                    expr = expr.substring(0, 57) + "...";
                }
                List<Traversal> refs = a.expr().references();
                out.println(
                        indent
                                + a.name()
                                + " = "
                                + expr
                                + "  ("
                                + a.range().start()
                                + ")"
                                + (refs.isEmpty()
                                        ? ""
                                        : "  refs: "
                                                + String.join(
                                                        ", ",
                                                        refs.stream()
                                                                .map(Traversal::toString)
                                                                .toList())));
            } else {
                Block b = (Block) item;
                StringBuilder head = new StringBuilder(indent).append(b.type());
                for (String l : b.labels()) {
                    head.append(" \"").append(l).append('"');
                }
                out.println(head + "  (" + b.range().start() + "-" + b.range().end() + ")");
                textBody(b.body(), indent + "  ", hidden, out);
            }
        }
    }
}
