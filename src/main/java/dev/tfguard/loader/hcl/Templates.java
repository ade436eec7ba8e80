package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.Convert;
import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.model.Marks;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.util.HashMap;
import java.util.Map;

/**
 * String templates as Terraform evaluates them: interpolations, {@code %{if}} and {@code %{for}}
 * directives; a template with an unknown part is an unknown string that keeps the known text before
 * it as its prefix.
 */
final class Templates {

    private Templates() {}

    /** The value of template {@code t}. */
    static Value template(Evaluator ev, Expr.Template t) {
        Expr wrapped = t.wrapped();
        if (wrapped != null) {
            return ev.eval(wrapped); // "${x}" has x's own value and type
        }
        StringBuilder sb = new StringBuilder();
        Marks marks = Marks.NONE;
        Value.Unknown unknown = null;
        for (Expr part : t.parts()) {
            Value v;
            if (part instanceof Expr.TemplateIf ti) {
                Value c = ev.eval(ti.condition());
                marks = marks.union(c.marks());
                Boolean b = Evaluator.condition(c, "template condition");
                if (b == null) {
                    unknown =
                            firstUnknown(
                                    unknown,
                                    c,
                                    "the template condition " + ti.condition().source());
                    continue;
                }
                v =
                        b
                                ? ev.eval(ti.then())
                                : ti.otherwise() == null
                                        ? Value.string("")
                                        : ev.eval(ti.otherwise());
            } else if (part instanceof Expr.TemplateFor tf) {
                v = templateFor(ev, tf);
            } else {
                v = ev.eval(part);
            }
            marks = marks.union(v.marks());
            if (v instanceof Value.Unknown u) {
                if (unknown == null && u.prefix() != null) {
                    sb.append(u.prefix()); // the known start of the first unknown part extends
                    // the prefix
                }
                unknown = firstUnknown(unknown, v, part.source());
                continue;
            }
            if (v.isNull()) {
                throw new EvalException(
                        "the template part "
                                + part.source()
                                + " is null; a template cannot include null");
            }
            String s = Convert.to(v, Type.STRING).asString();
            if (unknown == null) {
                sb.append(s);
            }
        }
        return joined(sb, unknown, marks);
    }

    /** The first unknown seen: {@code seen}, or {@code v} as an unknown saying {@code what}. */
    static Value.Unknown firstUnknown(Value.Unknown seen, Value v, String what) {
        if (seen != null) {
            return seen;
        }
        return v instanceof Value.Unknown u ? u : Value.unknown(what + " is known only at apply");
    }

    private static Value templateFor(Evaluator ev, Expr.TemplateFor tf) {
        Value coll = ev.eval(tf.collection());
        if (coll instanceof Value.Unknown u) {
            return new Value.Unknown(Type.STRING, u.reason(), true, null, 0, -1, u.marks());
        }
        StringBuilder sb = new StringBuilder();
        Marks marks = coll.marks();
        Value.Unknown unknown = null;
        for (Map.Entry<Value, Value> kv : Access.entries(coll, "template for")) {
            Map<String, Value> vars = new HashMap<>();
            vars.put(tf.valueVar(), kv.getValue());
            if (tf.keyVar() != null) {
                vars.put(tf.keyVar(), kv.getKey());
            }
            Value v = ev.with(vars).eval(tf.body());
            marks = marks.union(v.marks());
            if (v instanceof Value.Unknown u) {
                unknown = firstUnknown(unknown, u, tf.body().source());
            } else if (unknown == null) {
                sb.append(v.asString());
            }
        }
        return joined(sb, unknown, marks);
    }

    /**
     * The text of a template: known when no part was unknown, else an unknown string, never null,
     * whose known prefix is the text before the first unknown part.
     */
    private static Value joined(StringBuilder sb, Value.Unknown unknown, Marks marks) {
        if (unknown == null) {
            return Value.string(sb.toString()).withMarks(marks);
        }
        return new Value.Unknown(
                Type.STRING,
                unknown.reason(),
                true,
                sb.length() == 0 ? null : sb.toString(),
                0,
                -1,
                marks);
    }
}
