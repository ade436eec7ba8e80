package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents that {@code aws_iam_policy_document} data sources build, as far as their
 * configuration tells them, so that rules can read the statements of a policy whose JSON text is
 * known only at plan time.
 */
final class PolicyDocuments {
    private PolicyDocuments() {}

    /**
     * The {@code json} of an {@code aws_iam_policy_document} data source, known only at plan time,
     * with the document it encodes built from its {@code statement} blocks (the provider's JSON
     * shape: {@code Effect}, {@code Action}, {@code Principal}, {@code Condition}), so that rules
     * can read the statements. Documents it merges in ({@code source_policy_documents}, {@code
     * override_policy_documents}) add unknown statements. See
     * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document.
     */
    static Value.Unknown of(Scope scope, ModuleSource.Located<Block> decl, Value.Unknown json) {
        if (decl == null
                || decl.item().body().attribute("count").isPresent()
                || decl.item().body().attribute("for_each").isPresent()) {
            return json;
        }
        Evaluator ev = new Evaluator(scope);
        List<Block> blocks = new ArrayList<>();
        for (Block b : decl.item().body().blocks()) {
            if (b.type().equals("statement")
                    || b.type().equals("dynamic") && b.labels().equals(List.of("statement"))) {
                blocks.add(b);
            }
        }
        Value given;
        try {
            given = BlockValues.nestedBlocks(ev, blocks);
        } catch (EvalException e) {
            return json;
        }
        if (!(given.isSequence())) {
            return json;
        }
        List<Value> statements = new ArrayList<>();
        for (Value s : given.elements()) {
            statements.add(statement(s));
        }
        for (String merged :
                List.of(
                        "source_policy_documents",
                        "override_policy_documents",
                        "source_json",
                        "override_json")) {
            if (decl.item().body().attribute(merged).isPresent()) {
                statements.add(Value.unknown(merged + " adds statements known only at plan time"));
            }
        }
        return json.encoding(
                Value.object(
                        Map.of(
                                "Version",
                                Value.string("2012-10-17"),
                                "Statement",
                                Value.tuple(statements))));
    }

    /** One {@code statement} block as the provider writes it in the document. */
    private static Value statement(Value s) {
        if (!s.isMapping()) {
            return s;
        }
        Map<String, Value> out = new LinkedHashMap<>();
        Value effect = s.get("effect");
        out.put("Effect", effect.isNull() ? Value.string("Allow") : effect);
        putIfSet(out, "Sid", s.get("sid"));
        putIfSet(out, "Action", s.get("actions"));
        putIfSet(out, "NotAction", s.get("not_actions"));
        putIfSet(out, "Resource", s.get("resources"));
        for (String kind : List.of("principals", "not_principals")) {
            Value blocks = s.get(kind);
            if (blocks.isUnknown()) {
                out.put(kind.equals("principals") ? "Principal" : "NotPrincipal", blocks);
            } else if (!blocks.elements().isEmpty()) {
                Map<String, Value> byType = new LinkedHashMap<>();
                for (Value p : blocks.elements()) {
                    String type = p.get("type").asString();
                    if (type == null) {
                        byType.put("?", Value.unknown("a principal type known only at apply"));
                    } else {
                        byType.put(type, p.get("identifiers"));
                    }
                }
                out.put(
                        kind.equals("principals") ? "Principal" : "NotPrincipal",
                        Value.object(byType));
            }
        }
        Value conditions = s.get("condition");
        if (conditions.isUnknown() || !conditions.elements().isEmpty()) {
            out.put("Condition", conditions);
        }
        return Value.object(out);
    }

    private static void putIfSet(Map<String, Value> out, String key, Value v) {
        if (!v.isNull()) {
            out.put(key, v);
        }
    }
}
