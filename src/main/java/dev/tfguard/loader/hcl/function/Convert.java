package dev.tfguard.loader.hcl.function;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terraform's type conversions: what a function argument, a variable's type constraint or {@code
 * tolist} and its kin do to a value. Strings and numbers and bools convert to each other where the
 * text allows; a tuple or set converts to a list, a list or tuple to a set, an object to a map, and
 * back where the shapes fit. A type constraint's optional object attributes take their defaults
 * when left out or null. Unknown and null values convert to unknown and null values of the target
 * type; marks are kept.
 */
public final class Convert {

    private Convert() {}

    /** {@code v} converted to {@code t}; {@link EvalException} saying why when it cannot be. */
    public static Value to(Value v, Type t) {
        if (t == Type.DYNAMIC) {
            return v;
        }
        if (v instanceof Value.Null) {
            return Value.nullOf(t).withMarks(v.marks());
        }
        if (v instanceof Value.Unknown u) {
            if (u.type() instanceof Type.TupleOf tt && t instanceof Type.ListOf) {
                // a tuple's length is part of its type: the list it converts to has that length
                int n = tt.elements().size();
                return u.withType(t).refineLength(n, n);
            }
            return u.type() == Type.DYNAMIC || !t.hasDynamic() ? u.withType(t) : u;
        }
        Value.Known k = (Value.Known) v;
        if (t == Type.STRING) {
            String s = k.asString();
            if (s == null) {
                throw new EvalException("string required, but have " + k.type().friendlyName());
            }
            return k.kind() == Value.Kind.STRING ? k : Value.string(s).withMarks(k.marks());
        }
        if (t == Type.NUMBER) {
            if (k.kind() == Value.Kind.NUMBER) {
                return k;
            }
            BigDecimal n = k.kind() == Value.Kind.STRING ? k.asNumber() : null;
            if (n == null) {
                throw new EvalException(
                        k.kind() == Value.Kind.STRING
                                ? "a number is required, but \"" + k.known() + "\" is not a number"
                                : "number required, but have " + k.type().friendlyName());
            }
            return Value.number(n).withMarks(k.marks());
        }
        if (t == Type.BOOL) {
            if (k.kind() == Value.Kind.BOOL) {
                return k;
            }
            Boolean b = k.kind() == Value.Kind.STRING ? k.asBool() : null;
            if (b == null) {
                throw new EvalException(
                        k.kind() == Value.Kind.STRING
                                ? "a bool is required, but \""
                                        + k.known()
                                        + "\" is not true or false"
                                : "bool required, but have " + k.type().friendlyName());
            }
            return Value.bool(b).withMarks(k.marks());
        }
        if (t instanceof Type.ListOf || t instanceof Type.SetOf) {
            if (!(k.known() instanceof List<?>)) {
                throw new EvalException(
                        (t instanceof Type.ListOf ? "list" : "set")
                                + " of "
                                + t.elementType().friendlyName()
                                + " required, but have "
                                + k.type().friendlyName());
            }
            List<Value> out = elementsTo(k.elements(), t.elementType());
            Type et = elementTypeOf(out, t.elementType());
            Value r = t instanceof Type.ListOf ? Value.list(out, et) : Value.set(out, et);
            return r.withMarks(k.marks());
        }
        if (t instanceof Type.MapOf m) {
            if (!(k.known() instanceof Map<?, ?>)) {
                throw new EvalException(
                        "map of "
                                + m.element().friendlyName()
                                + " required, but have "
                                + k.type().friendlyName());
            }
            Map<String, Value> attrs = k.attributes();
            List<Value> converted = elementsTo(new ArrayList<>(attrs.values()), m.element());
            Map<String, Value> out = new LinkedHashMap<>();
            int i = 0;
            for (String key : attrs.keySet()) {
                out.put(key, converted.get(i++));
            }
            return Value.map(out, elementTypeOf(converted, m.element())).withMarks(k.marks());
        }
        if (t instanceof Type.ObjectOf o) {
            if (!(k.known() instanceof Map<?, ?>)) {
                throw new EvalException("object required, but have " + k.type().friendlyName());
            }
            Map<String, Value> attrs = k.attributes();
            Map<String, Value> out = new LinkedHashMap<>();
            for (Map.Entry<String, Type> a : o.attributes().entrySet()) {
                String name = a.getKey();
                Value given = attrs.get(name);
                if (given == null && !o.optional().contains(name)) {
                    throw new EvalException("attribute \"" + name + "\" is required");
                }
                if ((given == null || given.isNull()) && o.optional().contains(name)) {
                    Value def = o.defaults().get(name);
                    given = def == null ? Value.nullOf(a.getValue()) : def;
                }
                out.put(name, to(given, a.getValue()));
            }
            return Value.object(out).withMarks(k.marks());
        }
        if (t instanceof Type.TupleOf tt) {
            if (!(k.known() instanceof List<?>)
                    || k.kind() == Value.Kind.SET
                    || k.elements().size() != tt.elements().size()) {
                throw new EvalException("tuple required, but have " + k.type().friendlyName());
            }
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < tt.elements().size(); i++) {
                out.add(to(k.elements().get(i), tt.elements().get(i)));
            }
            return Value.tuple(out).withMarks(k.marks());
        }
        throw new IllegalStateException("no conversion to " + t);
    }

    /**
     * The elements converted to {@code et}; to their one common type when {@code et} is {@code
     * any}.
     */
    private static List<Value> elementsTo(List<Value> elements, Type et) {
        Type target = et;
        if (et.hasDynamic()) {
            Type common = Type.DYNAMIC;
            for (Value e : elements) {
                Type u = Type.unify(common, e.type());
                if (u == null) {
                    throw new EvalException("all elements must have the same type");
                }
                common = u;
            }
            target = et == Type.DYNAMIC ? common : et;
        }
        List<Value> out = new ArrayList<>(elements.size());
        for (Value e : elements) {
            out.add(to(e, target));
        }
        return out;
    }

    private static Type elementTypeOf(List<Value> converted, Type declared) {
        if (!declared.hasDynamic()) {
            return declared;
        }
        return converted.isEmpty() ? declared : null;
    }
}
