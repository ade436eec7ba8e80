package dev.tfguard.loader.hcl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.model.BinaryFloat;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What tfguard evaluated in one root module, in the shape of {@code terraform show -json}'s {@code
 * output_changes}: for each root output, local value and module output, {@code after} (absent when
 * wholly unknown; unknown parts of a partly known value left out of objects and null in lists),
 * {@code after_unknown} ({@code false}, {@code true}, or for a partly known value its structure
 * with {@code true} where a part is unknown, as Terraform writes it) and {@code after_sensitive}.
 * Unknown values are Terraform's plain unknown: what a rule may know besides (refinements) is not
 * shown. An expression Terraform would reject shows {@code error} with the message instead.
 */
public final class EvaluatedValues {
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    /** What a sensitive value shows when secrets are hidden. */
    public static final String HIDDEN = "(sensitive value)";

    private EvaluatedValues() {}

    /**
     * The document for {@code root}: {@code output_changes}, {@code locals} and {@code
     * module_outputs} (keyed by the module's address); names and object keys in sorted order, as
     * Terraform writes them. Sensitive values show as {@link #HIDDEN} unless {@code showSecrets}.
     */
    static ObjectNode of(ModuleInstance root, boolean showSecrets) {
        ObjectNode doc = JSON.objectNode();
        doc.set("output_changes", outputs(root, showSecrets));
        doc.set("locals", locals(root, showSecrets));
        ObjectNode modules = doc.putObject("module_outputs");
        addModules(root, modules, showSecrets);
        return doc;
    }

    private static void addModules(ModuleInstance m, ObjectNode into, boolean showSecrets) {
        for (ModuleInstance child : m.childInstances()) {
            into.set(child.prefix, outputs(child, showSecrets));
            addModules(child, into, showSecrets);
        }
    }

    private static ObjectNode outputs(ModuleInstance m, boolean showSecrets) {
        ObjectNode out = JSON.objectNode();
        for (Map.Entry<String, ModuleSource.Located<Block>> e :
                new TreeMap<>(m.source.outputs).entrySet()) {
            Optional<Attribute> value = e.getValue().item().body().attribute("value");
            if (value.isEmpty()) {
                continue;
            }
            boolean declared =
                    e.getValue()
                            .item()
                            .body()
                            .attribute("sensitive")
                            .map(
                                    a ->
                                            Boolean.TRUE.equals(
                                                    new Evaluator(m).value(a.expr()).asBool()))
                            .orElse(false);
            // a root output is evaluated here so that an error Terraform would report shows as one;
            // a module's
            // output as its callers see it
            out.set(
                    e.getKey(),
                    change(
                            m.prefix.isEmpty()
                                    ? () -> new Evaluator(m).eval(value.get().expr())
                                    : () ->
                                            m.output(
                                                    e.getKey(), m.absolute("output." + e.getKey())),
                            declared,
                            showSecrets));
        }
        return out;
    }

    private static ObjectNode locals(ModuleInstance m, boolean showSecrets) {
        ObjectNode out = JSON.objectNode();
        for (String name : new TreeSet<>(m.source.locals.keySet())) {
            out.set(name, change(() -> m.localValue(name), false, showSecrets));
        }
        return out;
    }

    /**
     * One value as an {@code output_changes} entry; an error Terraform would report shows as {@code
     * error}.
     */
    private static ObjectNode change(
            java.util.function.Supplier<Value> eval,
            boolean declaredSensitive,
            boolean showSecrets) {
        ObjectNode c = JSON.objectNode();
        Value v;
        try {
            v = eval.get();
        } catch (dev.tfguard.loader.hcl.function.EvalException e) {
            c.put("error", e.getMessage());
            return c;
        }
        boolean sensitive = declaredSensitive || v.sensitive();
        if (v.isUnknown() && exactLength(v) < 0) {
            c.put("after_unknown", true);
        } else {
            c.set("after", sensitive && !showSecrets ? JSON.textNode(HIDDEN) : after(v));
            c.set(
                    "after_unknown",
                    v.isWhollyKnown() && !v.isUnknown() ? BooleanNode.FALSE : unknownAsBool(v));
        }
        c.put("after_sensitive", sensitive);
        return c;
    }

    /** The length of an unknown list or set whose length is known exactly, else -1. */
    private static int exactLength(Value v) {
        if (v instanceof Value.Unknown u
                && (u.type() instanceof Type.ListOf || u.type() instanceof Type.SetOf)
                && u.minLength() == u.maxLength()) {
            return u.minLength();
        }
        return -1;
    }

    private static JsonNode after(Value v) {
        if (v.isNull() || v.isUnknown()) {
            if (exactLength(v) >= 0) {
                ArrayNode a = JSON.arrayNode();
                for (int i = 0; i < exactLength(v); i++) {
                    a.addNull();
                }
                return a;
            }
            return JSON.nullNode();
        }
        Object k = v.known();
        if (k instanceof String s) {
            return JSON.textNode(s);
        }
        if (k instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        if (k instanceof BigDecimal n) {
            BigDecimal r = BinaryFloat.recorded(n);
            return JSON.numberNode(r.signum() == 0 ? BigDecimal.ZERO : r.stripTrailingZeros());
        }
        if (v.isSequence()) {
            ArrayNode a = JSON.arrayNode();
            List<Value> els = v.elements();
            els.forEach(x -> a.add(after(x)));
            return a;
        }
        ObjectNode o = JSON.objectNode();
        new TreeMap<>(v.attributes())
                .forEach(
                        (name, x) -> {
                            if (!x.isUnknown() || exactLength(x) >= 0) {
                                o.set(name, after(x));
                            }
                        });
        return o;
    }

    /**
     * Terraform's {@code unknownAsBool}: lists keep an entry per element, objects only their
     * non-false entries.
     */
    private static JsonNode unknownAsBool(Value v) {
        if (v.isUnknown()) {
            int n = exactLength(v);
            if (n < 0) {
                return BooleanNode.TRUE;
            }
            ArrayNode a = JSON.arrayNode();
            for (int i = 0; i < n; i++) {
                a.add(BooleanNode.TRUE);
            }
            return a;
        }
        if (v.isNull() || !(v.isSequence() || v.isMapping())) {
            return BooleanNode.FALSE;
        }
        if (v.isSequence()) {
            ArrayNode a = JSON.arrayNode();
            v.elements().forEach(x -> a.add(unknownAsBool(x)));
            return a;
        }
        ObjectNode o = JSON.objectNode();
        new TreeMap<>(v.attributes())
                .forEach(
                        (name, x) -> {
                            JsonNode b = unknownAsBool(x);
                            if (!b.equals(BooleanNode.FALSE)) {
                                o.set(name, b);
                            }
                        });
        return o;
    }
}
