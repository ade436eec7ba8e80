package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.Convert;
import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.syntax.Traversal;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Attribute and index access on values as Terraform does it: {@code v.name}, {@code c[k]} and
 * traversal steps, on known values and on unknown values whose type is known (Terraform rejects an
 * attribute an object type cannot have even when the object is unknown), and the key/value pairs a
 * {@code for} expression or a {@code for_each} iterates over.
 */
final class Access {

    private Access() {}

    /** Applies attribute and index steps from {@code from} on to a value. */
    static Value steps(Value v, List<Traversal.Step> steps, int from) {
        for (int i = from; i < steps.size(); i++) {
            Traversal.Step s = steps.get(i);
            if (s instanceof Traversal.Attr a) {
                v = attribute(v, a.name());
            } else {
                v = index(v, Value.of(((Traversal.Index) s).key()));
            }
        }
        return v;
    }

    /** {@code v.name}: an object's attribute or a map's element. */
    static Value attribute(Value v, String name) {
        if (v instanceof Value.Unknown u) {
            // the type of an unknown value is known: Terraform rejects what the type cannot have
            if (u.type() instanceof Type.ObjectOf o && !o.attributes().containsKey(name)) {
                throw new EvalException(
                        "this object does not have an attribute named \"" + name + "\"");
            }
            if (u.type().isPrimitive() && u.type() != Type.DYNAMIC
                    || u.type() instanceof Type.TupleOf
                    || u.type() instanceof Type.ListOf
                    || u.type() instanceof Type.SetOf) {
                throw new EvalException(
                        "cannot access attribute \"" + name + "\" of a " + u.type().friendlyName());
            }
            return elementOfUnknown(
                    u,
                    u.type() instanceof Type.ObjectOf o
                            ? o.attributes().get(name)
                            : u.type() instanceof Type.MapOf m ? m.element() : null);
        }
        if (v.isNull()) {
            throw new EvalException("attempt to get attribute \"" + name + "\" from a null value");
        }
        if (v.isMapping()) {
            Value e = v.attributes().get(name);
            if (e == null) {
                throw new EvalException(
                        v.kind() == Value.Kind.OBJECT
                                ? "this object does not have an attribute named \"" + name + "\""
                                : "the map does not have an element with the key \"" + name + "\"");
            }
            return e.withMarks(v.marks().passedTo(e.marks()));
        }
        throw new EvalException(
                "cannot access attribute \"" + name + "\" of a " + v.type().friendlyName());
    }

    /** {@code c[k]}. */
    static Value index(Value c, Value k) {
        if (k.isNull()) {
            throw new EvalException("cannot index with a null key");
        }
        if (c.isNull()) {
            throw new EvalException("cannot index a null value");
        }
        if (c instanceof Value.Unknown u) {
            if (u.type() instanceof Type.TupleOf t && k.known() != null) {
                BigDecimal n = Convert.to(k, Type.NUMBER).asNumber();
                if (n.signum() < 0
                        || n.stripTrailingZeros().scale() > 0
                        || n.compareTo(BigDecimal.valueOf(t.elements().size())) >= 0) {
                    throw new EvalException(
                            "the index "
                                    + Value.numberText(n)
                                    + " is out of range for a tuple of "
                                    + t.elements().size());
                }
                return elementOfUnknown(u, t.elements().get(n.intValueExact()))
                        .withMarks(k.marks());
            }
            if (u.type().isPrimitive() && u.type() != Type.DYNAMIC) {
                throw new EvalException("cannot index a " + u.type().friendlyName());
            }
            return elementOfUnknown(u, u.type().isCollection() ? u.type().elementType() : null)
                    .withMarks(k.marks());
        }
        if (c.kind() == Value.Kind.SET) {
            throw new EvalException(
                    "elements of a set are identified only by their value and cannot be indexed");
        }
        if (k instanceof Value.Unknown) {
            Type et = c.type().isCollection() ? c.type().elementType() : Type.DYNAMIC;
            return Value.unknown(et, "indexed by a key known only at apply")
                    .withMarks(c.marks())
                    .withMarks(k.marks());
        }
        if (c.isMapping()) {
            String key = Convert.to(k, Type.STRING).asString();
            Value e = c.attributes().get(key);
            if (e == null) {
                throw new EvalException(
                        "the key \"" + key + "\" is not in the " + c.type().friendlyName());
            }
            return e.withMarks(c.marks().passedTo(e.marks())).withMarks(k.marks());
        }
        if (c.isSequence()) {
            BigDecimal n = Convert.to(k, Type.NUMBER).asNumber();
            List<Value> l = c.elements();
            if (n.signum() < 0
                    || n.stripTrailingZeros().scale() > 0
                    || n.compareTo(BigDecimal.valueOf(l.size())) >= 0) {
                throw new EvalException(
                        "the index "
                                + Value.numberText(n)
                                + " is out of range for a collection of "
                                + l.size());
            }
            Value e = l.get(n.intValueExact());
            return e.withMarks(c.marks().passedTo(e.marks())).withMarks(k.marks());
        }
        throw new EvalException("cannot index a " + c.type().friendlyName());
    }

    /**
     * An element of an unknown value: unknown, of {@code type} when known. Judged at apply, an
     * element read from a value that is not null (a secret's JSON, a resource's map) is taken as
     * set, as Terraform fails the plan when the key is missing; in Terraform's own view it may be
     * null.
     */
    private static Value elementOfUnknown(Value.Unknown u, Type type) {
        return new Value.Unknown(
                type == null ? Type.DYNAMIC : type,
                u.reason(),
                u.notNull(),
                null,
                0,
                -1,
                u.marks());
    }

    /**
     * Key/value pairs of a known collection: list indexes or set elements, map keys or object
     * attributes.
     */
    static List<Map.Entry<Value, Value>> entries(Value coll, String what) {
        if (coll.isNull()) {
            throw new EvalException("a " + what + " over a null value");
        }
        List<Map.Entry<Value, Value>> out = new ArrayList<>();
        if (coll.isSequence()) {
            List<Value> l = coll.elements();
            boolean set = coll.kind() == Value.Kind.SET;
            for (int i = 0; i < l.size(); i++) {
                Value e = l.get(i).withMarks(coll.marks().passedTo(l.get(i).marks()));
                out.add(Map.entry(set ? e : Value.number(i), e));
            }
        } else if (coll.isMapping()) {
            coll.attributes()
                    .forEach(
                            (k, v) ->
                                    out.add(
                                            Map.entry(
                                                    Value.string(k),
                                                    v.withMarks(
                                                            coll.marks().passedTo(v.marks())))));
        } else {
            throw new EvalException(
                    "a " + what + " over a " + coll.type().friendlyName() + ", not a collection");
        }
        return out;
    }
}
