package dev.tfguard.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link Value}'s operations do, kept apart from the interface that rules read: Terraform's
 * equality of values, set normalization (duplicates dropped, Terraform's element order), Unicode
 * normalization of strings, conversion from and to plain Java data, and rendering for messages.
 */
final class Values {

    private Values() {}

    /** {@code s} in Unicode normal form C, as Terraform keeps every string. */
    static String nfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            // below U+0300 nothing composes or decomposes: the common case costs one pass
            if (s.charAt(i) >= 0x300) {
                return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
            }
        }
        return s;
    }

    /**
     * A set's elements: duplicates dropped; strings, numbers and bools in Terraform's order
     * (lexical, numeric, false first), other elements in the order given.
     */
    static List<Value> setElements(List<Value> elements) {
        List<Value> out = new ArrayList<>();
        for (Value e : elements) {
            if (out.stream().noneMatch(x -> same(x, e))) {
                out.add(e);
            }
        }
        if (!out.isEmpty()
                && out.stream()
                        .allMatch(
                                e -> e instanceof Value.Known k && k.kind() == Value.Kind.STRING)) {
            out.sort((a, b) -> ((String) a.known()).compareTo((String) b.known()));
        } else if (!out.isEmpty()
                && out.stream()
                        .allMatch(
                                e -> e instanceof Value.Known k && k.kind() == Value.Kind.NUMBER)) {
            out.sort((a, b) -> ((BigDecimal) a.known()).compareTo((BigDecimal) b.known()));
        } else if (!out.isEmpty()
                && out.stream()
                        .allMatch(e -> e instanceof Value.Known k && k.kind() == Value.Kind.BOOL)) {
            out.sort((a, b) -> ((Boolean) a.known()).compareTo((Boolean) b.known()));
        }
        return out;
    }

    /** The entries of {@code m} ordered by key, as Terraform orders a map's or object's. */
    static Map<String, Value> sorted(Map<String, Value> m) {
        if (m instanceof TreeMap<String, Value> || m.size() < 2) {
            return new LinkedHashMap<>(m);
        }
        return new LinkedHashMap<>(new TreeMap<>(m));
    }

    /** See {@link Value#of(Object)}. */
    static Value of(Object o) {
        if (o == null) {
            return Value.NULL;
        }
        if (o instanceof Value v) {
            return v;
        }
        if (o instanceof String s) {
            return Value.string(s);
        }
        if (o instanceof Boolean b) {
            return Value.bool(b);
        }
        if (o instanceof BigDecimal d) {
            return Value.number(d);
        }
        if (o instanceof Number n) {
            return Value.number(new BigDecimal(n.toString()));
        }
        if (o instanceof List<?> l) {
            List<Value> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(of(x)));
            return new Value.Known(
                    Collections.unmodifiableList(out), Value.Kind.LIST, null, Marks.NONE);
        }
        if (o instanceof Map<?, ?> m) {
            Map<String, Value> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), of(v)));
            return Value.object(out);
        }
        throw new IllegalArgumentException("not a Terraform value: " + o.getClass().getName());
    }

    /** See {@link Value#isWhollyKnown()}. */
    static boolean whollyKnown(Value v) {
        if (!(v instanceof Value.Known k)) {
            return v instanceof Value.Null;
        }
        if (k.value() instanceof List<?> l) {
            for (Object e : l) {
                if (!whollyKnown((Value) e)) {
                    return false;
                }
            }
        } else if (k.value() instanceof Map<?, ?> m) {
            for (Object e : m.values()) {
                if (!whollyKnown((Value) e)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** See {@link Value#toJava()}. */
    static Object toJava(Value v) {
        if (v instanceof Value.Unknown) {
            return v;
        }
        Object k = v.known();
        if (k instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(e -> out.add(toJava((Value) e)));
            return out;
        }
        if (k instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((n, e) -> out.put((String) n, toJava((Value) e)));
            return out;
        }
        return k;
    }

    /** The type of a known value: its payload's, with a declared element type where it has one. */
    static Type typeOf(Value.Known k) {
        return switch (k.kind()) {
            case STRING -> Type.STRING;
            case NUMBER -> Type.NUMBER;
            case BOOL -> Type.BOOL;
            case LIST -> Type.list(elementType(k));
            case SET -> Type.set(elementType(k));
            case MAP -> Type.map(elementType(k));
            case TUPLE -> {
                List<Type> types = new ArrayList<>();
                k.elements().forEach(e -> types.add(e.type()));
                yield new Type.TupleOf(types);
            }
            case OBJECT -> {
                Map<String, Type> types = new LinkedHashMap<>();
                k.attributes().forEach((n, v) -> types.put(n, v.type()));
                yield new Type.ObjectOf(types);
            }
        };
    }

    /**
     * A string read as a number as Terraform converts it (no surrounding space), or null when it is
     * not one.
     */
    static BigDecimal number(String s) {
        if (!s.isEmpty()
                && !Character.isWhitespace(s.charAt(0))
                && !Character.isWhitespace(s.charAt(s.length() - 1))) {
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** See {@link Value#numberText(BigDecimal)}; {@code -0} keeps its sign. */
    static String numberText(BigDecimal d) {
        if (d.signum() == 0) {
            return d instanceof BinaryFloat b && b.isNegativeZero() ? "-0" : "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }

    /** See {@link Value#same(Value, Value)}. */
    static boolean same(Value a, Value b) {
        if (a instanceof Value.Null && b instanceof Value.Null) {
            return true;
        }
        if (!(a instanceof Value.Known x) || !(b instanceof Value.Known y)) {
            return a == b;
        }
        if (x.kind() != y.kind()) {
            return false;
        }
        if (x.value() instanceof BigDecimal m && y.value() instanceof BigDecimal n) {
            return BinaryFloat.same(m, n);
        }
        if (x.value() instanceof List<?> l && y.value() instanceof List<?> r) {
            if (l.size() != r.size()) {
                return false;
            }
            for (int i = 0; i < l.size(); i++) {
                if (!same((Value) l.get(i), (Value) r.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (x.value() instanceof Map<?, ?> l && y.value() instanceof Map<?, ?> r) {
            if (!l.keySet().equals(r.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> e : l.entrySet()) {
                if (!same((Value) e.getValue(), (Value) r.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return x.value().equals(y.value());
    }

    private static Type elementType(Value.Known k) {
        return k.elementType() != null ? k.elementType() : unifyAll(k.elements());
    }

    /** The type that every element's type converts to, or {@link Type#DYNAMIC}. */
    static Type unifyAll(List<Value> elements) {
        Type t = Type.DYNAMIC;
        for (Value e : elements) {
            Type u = Type.unify(t, e.type());
            t = u == null ? Type.DYNAMIC : u;
        }
        return t;
    }

    /**
     * A short rendering for messages and debugging: strings quoted, unknowns as {@code (known after
     * apply)}.
     */
    static String render(Value v) {
        if (v instanceof Value.Known k) {
            if (k.value() instanceof String s) {
                return "\"" + s + "\"";
            }
            if (k.value() instanceof List<?> l) {
                List<String> parts = new ArrayList<>();
                l.forEach(e -> parts.add(render((Value) e)));
                return "[" + String.join(", ", parts) + "]";
            }
            if (k.value() instanceof Map<?, ?> m) {
                List<String> parts = new ArrayList<>();
                m.forEach((n, e) -> parts.add(n + " = " + render((Value) e)));
                return "{" + String.join(", ", parts) + "}";
            }
            return k.asString();
        }
        return v.toString();
    }
}
