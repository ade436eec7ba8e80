package dev.tfguard.loader.hcl.function;

import static dev.tfguard.loader.hcl.function.Functions.str;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collection functions as Terraform defines them (its {@code funcs/collection.go} and cty's {@code
 * stdlib}): lists, sets, maps and their conversions. Where Terraform keeps the known parts of a
 * partly unknown collection ({@code chunklist}, {@code flatten}, {@code reverse}, {@code slice},
 * {@code values}) so do these.
 */
final class SequenceFunctions {

    private SequenceFunctions() {}

    static List<FunctionSpec> all() {
        Type boolList = Type.list(Type.BOOL);
        return List.of(
                FunctionSpec.of(
                        "alltrue",
                        List.of(Param.of("list", boolList).unknowns()),
                        Type.BOOL,
                        (a, c) -> allOrAny(a.get(0), true)),
                FunctionSpec.of(
                        "anytrue",
                        List.of(Param.of("list", boolList).unknowns()),
                        Type.BOOL,
                        (a, c) -> allOrAny(a.get(0), false)),
                FunctionSpec.of(
                        "chunklist",
                        List.of(
                                Param.of("list", Type.list(Type.DYNAMIC)).unknowns(),
                                Param.of("size", Type.NUMBER)),
                        Type.list(Type.DYNAMIC),
                        SequenceFunctions::chunklist),
                FunctionSpec.variadic(
                        "coalescelist",
                        List.of(),
                        Param.of("vals", Type.DYNAMIC).unknowns(),
                        Type.DYNAMIC,
                        SequenceFunctions::coalescelist),
                FunctionSpec.of(
                        "distinct",
                        List.of(Param.of("list", Type.list(Type.DYNAMIC))),
                        Type.list(Type.DYNAMIC),
                        SequenceFunctions::distinct),
                FunctionSpec.of(
                        "flatten",
                        List.of(Param.of("list", Type.DYNAMIC).unknowns()),
                        Type.DYNAMIC,
                        SequenceFunctions::flatten),
                FunctionSpec.of(
                        "index",
                        List.of(
                                Param.of("list", Type.DYNAMIC).unknowns(),
                                Param.of("value", Type.DYNAMIC)),
                        Type.NUMBER,
                        SequenceFunctions::index),
                FunctionSpec.of(
                        "keys",
                        List.of(Param.of("inputMap", Type.DYNAMIC).unknowns()),
                        Type.list(Type.STRING),
                        SequenceFunctions::keys),
                FunctionSpec.of(
                        "values",
                        List.of(Param.of("mapping", Type.DYNAMIC).unknowns()),
                        Type.DYNAMIC,
                        SequenceFunctions::values),
                FunctionSpec.of(
                        "matchkeys",
                        List.of(
                                Param.of("values", Type.list(Type.DYNAMIC)),
                                Param.of("keys", Type.list(Type.DYNAMIC)),
                                Param.of("searchset", Type.list(Type.DYNAMIC)).unknowns()),
                        Type.list(Type.DYNAMIC),
                        SequenceFunctions::matchkeys),
                FunctionSpec.of(
                                "one",
                                List.of(Param.of("list", Type.DYNAMIC).unknowns()),
                                Type.DYNAMIC,
                                SequenceFunctions::one)
                        .nullableResult(),
                FunctionSpec.variadic(
                        "range",
                        List.of(),
                        Param.of("params", Type.NUMBER),
                        Type.list(Type.NUMBER),
                        SequenceFunctions::range),
                FunctionSpec.of(
                        "reverse",
                        List.of(Param.of("list", Type.DYNAMIC).unknowns()),
                        Type.DYNAMIC,
                        SequenceFunctions::reverse),
                FunctionSpec.variadic(
                        "setintersection",
                        List.of(Param.of("first_set", Type.set(Type.DYNAMIC))),
                        Param.of("other_sets", Type.set(Type.DYNAMIC)),
                        Type.set(Type.DYNAMIC),
                        (a, c) -> setOp(a, "intersection")),
                FunctionSpec.variadic(
                        "setunion",
                        List.of(Param.of("first_set", Type.set(Type.DYNAMIC)).unknowns()),
                        Param.of("other_sets", Type.set(Type.DYNAMIC)).unknowns(),
                        Type.set(Type.DYNAMIC),
                        (a, c) -> setOp(a, "union")),
                FunctionSpec.of(
                        "setsubtract",
                        List.of(
                                Param.of("a", Type.set(Type.DYNAMIC)),
                                Param.of("b", Type.set(Type.DYNAMIC))),
                        Type.set(Type.DYNAMIC),
                        (a, c) -> setOp(a, "subtract")),
                FunctionSpec.variadic(
                        "setproduct",
                        List.of(),
                        Param.of("sets", Type.DYNAMIC).unknowns(),
                        Type.DYNAMIC,
                        SequenceFunctions::setproduct),
                FunctionSpec.of(
                        "slice",
                        List.of(
                                Param.of("list", Type.DYNAMIC).unknowns(),
                                Param.of("start_index", Type.NUMBER),
                                Param.of("end_index", Type.NUMBER)),
                        Type.DYNAMIC,
                        SequenceFunctions::slice),
                FunctionSpec.of(
                        "sort",
                        List.of(Param.of("list", Type.list(Type.STRING)).unknowns()),
                        Type.list(Type.STRING),
                        SequenceFunctions::sort),
                FunctionSpec.of(
                        "sum",
                        List.of(Param.of("list", Type.DYNAMIC)),
                        Type.NUMBER,
                        SequenceFunctions::sum),
                FunctionSpec.of(
                        "transpose",
                        List.of(Param.of("values", Type.map(Type.list(Type.STRING)))),
                        Type.map(Type.list(Type.STRING)),
                        SequenceFunctions::transpose),
                FunctionSpec.of(
                        "length",
                        List.of(Param.of("value", Type.DYNAMIC).unknowns()),
                        Type.NUMBER,
                        SequenceFunctions::length),
                FunctionSpec.variadic(
                                "lookup",
                                List.of(
                                        Param.of("inputMap", Type.DYNAMIC).unknowns(),
                                        Param.of("key", Type.STRING)),
                                Param.of("default", Type.DYNAMIC).nullable().unknowns(),
                                Type.DYNAMIC,
                                SequenceFunctions::lookup)
                        .nullableResult(),
                FunctionSpec.of(
                        "contains",
                        List.of(
                                Param.of("list", Type.DYNAMIC).unknowns(),
                                Param.of("value", Type.DYNAMIC)),
                        Type.BOOL,
                        SequenceFunctions::contains),
                FunctionSpec.of(
                                "element",
                                List.of(
                                        Param.of("list", Type.DYNAMIC).unknowns(),
                                        Param.of("index", Type.NUMBER)),
                                Type.DYNAMIC,
                                SequenceFunctions::element)
                        .nullableResult(),
                FunctionSpec.variadic(
                        "merge",
                        List.of(),
                        Param.of("maps", Type.DYNAMIC).nullable().unknowns(),
                        Type.DYNAMIC,
                        SequenceFunctions::merge),
                FunctionSpec.variadic(
                        "coalesce",
                        List.of(),
                        Param.of("vals", Type.DYNAMIC).nullable().unknowns(),
                        Type.DYNAMIC,
                        SequenceFunctions::coalesce),
                FunctionSpec.variadic(
                        "concat",
                        List.of(),
                        Param.of("seqs", Type.DYNAMIC).unknowns(),
                        Type.DYNAMIC,
                        SequenceFunctions::concat),
                FunctionSpec.of(
                        "compact",
                        List.of(Param.of("list", Type.list(Type.STRING))),
                        Type.list(Type.STRING),
                        SequenceFunctions::compact),
                FunctionSpec.of(
                        "zipmap",
                        List.of(
                                Param.of("keys", Type.list(Type.STRING)).unknowns(),
                                Param.of("values", Type.DYNAMIC).unknowns()),
                        Type.DYNAMIC,
                        SequenceFunctions::zipmap));
    }

    private static Value unknown(Type t) {
        return Functions.unknownOf(t, "known only at apply");
    }

    /**
     * cty's {@code alltrue} stops at the first unknown element; {@code anytrue} looks on for a true
     * one.
     */
    private static Value allOrAny(Value list, boolean all) {
        if (list.isUnknown()) {
            return unknown(Type.BOOL);
        }
        boolean unknown = false;
        for (Value e : list.elements()) {
            if (e.isUnknown()) {
                if (all) {
                    return unknown(Type.BOOL);
                }
                unknown = true;
                continue;
            }
            if (e.isNull()) {
                if (all) {
                    return Value.FALSE;
                }
                continue;
            }
            if ((Boolean) e.known() != all) {
                return Value.bool(!all);
            }
        }
        return unknown ? unknown(Type.BOOL) : Value.bool(all);
    }

    private static Value chunklist(List<Value> a, CallContext c) {
        Value list = a.get(0);
        int size = TextFunctions.wholeNumber(a.get(1), "size");
        if (size < 0) {
            throw new EvalException("the size argument must be positive");
        }
        if (list.isUnknown()) {
            return unknown(Type.list(list.type()));
        }
        List<Value> els = list.elements();
        List<Value> out = new ArrayList<>();
        if (size == 0) {
            out.add(list);
            return Value.list(out, null);
        }
        for (int i = 0; i < els.size(); i += size) {
            out.add(Value.list(els.subList(i, Math.min(els.size(), i + size)), elementType(list)));
        }
        return Value.list(out, null);
    }

    private static Type elementType(Value list) {
        return list.type() instanceof Type.ListOf l ? l.element() : null;
    }

    private static Value coalescelist(List<Value> a, CallContext c) {
        if (a.isEmpty()) {
            throw new EvalException("at least one argument is required");
        }
        for (Value v : a) {
            if (v.isUnknown()) {
                return unknown(Type.DYNAMIC);
            }
            if (v.isNull()) {
                continue;
            }
            if (!v.isSequence()) {
                throw new EvalException("coalescelist() arguments must be lists or tuples");
            }
            if (!v.elements().isEmpty()) {
                return v;
            }
        }
        throw new EvalException("no non-null arguments");
    }

    private static Value distinct(List<Value> a, CallContext c) {
        List<Value> out = new ArrayList<>();
        for (Value e : a.get(0).elements()) {
            if (out.stream().noneMatch(x -> Value.same(x, e))) {
                out.add(e);
            }
        }
        return Value.list(out, elementType(a.get(0)));
    }

    private static Value flatten(List<Value> a, CallContext c) {
        Value v = a.get(0);
        if (v.isUnknown()) {
            return unknown(Type.DYNAMIC);
        }
        if (!v.isSequence()) {
            throw new EvalException("can only flatten lists, sets and tuples");
        }
        List<Value> out = new ArrayList<>();
        if (!flattenInto(v, out)) {
            return unknown(Type.DYNAMIC);
        }
        return Value.tuple(out);
    }

    private static boolean flattenInto(Value v, List<Value> out) {
        for (Value e : v.elements()) {
            if (e.isUnknown()
                    && (e.type().isCollection()
                            || e.type() instanceof Type.TupleOf
                            || e.type() == Type.DYNAMIC)) {
                if (e.type() == Type.DYNAMIC
                        || e.type().isCollection()
                        || e.type() instanceof Type.TupleOf) {
                    return false;
                }
            }
            if (e.isSequence()) {
                if (!flattenInto(e, out)) {
                    return false;
                }
            } else {
                out.add(e);
            }
        }
        return true;
    }

    private static Value index(List<Value> a, CallContext c) {
        Value list = a.get(0);
        if (list.isUnknown()) {
            return unknown(Type.NUMBER);
        }
        if (!list.isSequence()) {
            throw new EvalException("argument must be a list or tuple");
        }
        List<Value> els = list.elements();
        for (int i = 0; i < els.size(); i++) {
            Value e = els.get(i);
            if (e.isUnknown()) {
                return unknown(Type.NUMBER);
            }
            if (Value.same(e, a.get(1)) || sameAfterConversion(e, a.get(1))) {
                return Value.number(i);
            }
        }
        throw new EvalException("item not found");
    }

    private static boolean sameAfterConversion(Value e, Value v) {
        if (e.isNull() || v.isNull() || !e.type().isPrimitive() || !v.type().isPrimitive()) {
            return false;
        }
        try {
            return Value.same(e, Convert.to(v, e.type()));
        } catch (EvalException x) {
            return false;
        }
    }

    private static Value keys(List<Value> a, CallContext c) {
        Value m = a.get(0);
        if (m.isUnknown()) {
            if (m.type() instanceof Type.ObjectOf o) {
                return Value.list(
                        o.attributes().keySet().stream().sorted().map(Value::string).toList(),
                        Type.STRING);
            }
            return unknown(Type.list(Type.STRING));
        }
        if (!m.isMapping()) {
            throw new EvalException("must have map or object type");
        }
        List<Value> out = new ArrayList<>();
        new TreeMap<>(m.attributes()).keySet().forEach(k -> out.add(Value.string(k)));
        return m.kind() == Value.Kind.OBJECT ? Value.tuple(out) : Value.list(out, Type.STRING);
    }

    private static Value values(List<Value> a, CallContext c) {
        Value m = a.get(0);
        if (m.isUnknown()) {
            return unknown(Type.DYNAMIC);
        }
        if (!m.isMapping()) {
            throw new EvalException("must have map or object type");
        }
        List<Value> out = new ArrayList<>(new TreeMap<>(m.attributes()).values());
        return m.kind() == Value.Kind.MAP
                ? Value.list(out, ((Type.MapOf) m.type()).element())
                : Value.tuple(out);
    }

    private static Value matchkeys(List<Value> a, CallContext c) {
        List<Value> vals = a.get(0).elements();
        List<Value> keys = a.get(1).elements();
        if (vals.size() != keys.size()) {
            throw new EvalException("length of keys and values should be equal");
        }
        Value search = a.get(2);
        List<Value> out = new ArrayList<>();
        if (search.isUnknown()) {
            return unknown(Type.list(Type.DYNAMIC));
        }
        for (int i = 0; i < keys.size(); i++) {
            for (Value s : search.elements()) {
                if (s.isUnknown()) {
                    continue;
                }
                Value k = keys.get(i);
                if (Value.same(k, s) || sameAfterConversion(k, s)) {
                    out.add(vals.get(i));
                    break;
                }
            }
        }
        return Value.list(out, elementType(a.get(0)));
    }

    private static Value one(List<Value> a, CallContext c) {
        Value v = a.get(0);
        if (v.isNull()) {
            throw new EvalException("argument must not be null");
        }
        if (v instanceof Value.Unknown u) {
            if (u.type() instanceof Type.TupleOf t && t.elements().size() > 1
                    || u.minLength() > 1) {
                throw new EvalException(
                        "must be a list, set, or tuple value with either zero or one elements");
            }
            return Value.unknown(
                    u.type() instanceof Type.TupleOf t && t.elements().size() == 1
                            ? t.elements().get(0)
                            : Type.DYNAMIC,
                    "known only at apply");
        }
        if (!v.isSequence()) {
            throw new EvalException(
                    "must be a list, set, or tuple value with either zero or one elements");
        }
        List<Value> els = v.elements();
        if (els.size() > 1) {
            throw new EvalException(
                    "must be a list, set, or tuple value with either zero or one elements");
        }
        if (els.isEmpty()) {
            return Value.nullOf(elementType(v) == null ? Type.DYNAMIC : elementType(v));
        }
        return els.get(0);
    }

    private static Value range(List<Value> a, CallContext c) {
        BigDecimal start = BigDecimal.ZERO;
        BigDecimal end;
        BigDecimal step = BigDecimal.ONE;
        switch (a.size()) {
            case 1 -> end = (BigDecimal) a.get(0).known();
            case 2, 3 -> {
                start = (BigDecimal) a.get(0).known();
                end = (BigDecimal) a.get(1).known();
                if (a.size() == 3) {
                    step = (BigDecimal) a.get(2).known();
                }
            }
            default -> throw new EvalException("must have one, two, or three arguments");
        }
        if (a.size() < 3 && end.compareTo(start) < 0) {
            step = BigDecimal.ONE.negate();
        }
        if (step.signum() == 0) {
            throw new EvalException("step must not be zero");
        }
        boolean down = step.signum() < 0;
        if (down && start.compareTo(end) < 0) {
            throw new EvalException("step must be positive when start is less than end");
        }
        if (!down && start.compareTo(end) > 0) {
            throw new EvalException("step must be negative when start is greater than end");
        }
        List<Value> out = new ArrayList<>();
        for (BigDecimal v = start;
                down ? v.compareTo(end) > 0 : v.compareTo(end) < 0;
                v = v.add(step)) {
            if (out.size() >= 1024) {
                throw new EvalException(
                        "more than 1024 values were generated; either decrease the difference "
                                + "between start and end or use a smaller step");
            }
            out.add(Value.number(v));
        }
        return Value.list(out, Type.NUMBER);
    }

    private static Value reverse(List<Value> a, CallContext c) {
        Value v = a.get(0);
        if (v.isUnknown()) {
            return unknown(Type.DYNAMIC);
        }
        if (!v.isSequence()) {
            throw new EvalException("can only reverse list or tuple values");
        }
        List<Value> out = new ArrayList<>(v.elements());
        java.util.Collections.reverse(out);
        return v.kind() == Value.Kind.TUPLE
                ? Value.tuple(out)
                : Value.list(
                        out,
                        elementType(v) == null
                                ? (v.type() instanceof Type.SetOf s ? s.element() : null)
                                : elementType(v));
    }

    private static Value setOp(List<Value> a, String op) {
        for (Value s : a) {
            if (s.isUnknown()) {
                return unknown(Type.set(Type.DYNAMIC));
            }
        }
        Type common = Type.DYNAMIC;
        for (Value s : a) {
            Type et = s.type().elementType();
            Type u = Type.unify(common, et == null ? Type.DYNAMIC : et);
            if (u == null) {
                throw new EvalException("given sets must all have compatible element types");
            }
            common = u;
        }
        List<List<Value>> sets = new ArrayList<>();
        for (Value s : a) {
            sets.add(Convert.to(s, Type.set(common)).elements());
        }
        List<Value> out = new ArrayList<>();
        List<Value> unknowns = new ArrayList<>();
        switch (op) {
            case "union" ->
                    sets.forEach(s -> s.forEach(e -> (e.isUnknown() ? unknowns : out).add(e)));
            case "intersection" -> {
                for (Value e : sets.get(0)) {
                    if (sets.stream().allMatch(s -> s.stream().anyMatch(x -> Value.same(x, e)))) {
                        out.add(e);
                    }
                }
            }
            default -> {
                for (Value e : sets.get(0)) {
                    if (sets.get(1).stream().noneMatch(x -> Value.same(x, e))) {
                        out.add(e);
                    }
                }
            }
        }
        Value known = Value.set(out, common == Type.DYNAMIC ? null : common);
        if (unknowns.isEmpty()) {
            return known;
        }
        List<Value> all = new ArrayList<>(known.elements());
        all.addAll(unknowns);
        return new Value.Known(
                java.util.Collections.unmodifiableList(all),
                Value.Kind.SET,
                common == Type.DYNAMIC ? null : common,
                dev.tfguard.model.Marks.NONE);
    }

    private static Value setproduct(List<Value> a, CallContext c) {
        if (a.size() < 2) {
            throw new EvalException("at least two arguments are required");
        }
        boolean allSets = true;
        for (Value s : a) {
            if (s.isUnknown()) {
                return unknown(Type.DYNAMIC);
            }
            if (!s.isSequence()) {
                throw new EvalException("a set or a list is required");
            }
            allSets &= s.kind() == Value.Kind.SET;
        }
        List<List<Value>> product = new ArrayList<>();
        product.add(List.of());
        for (Value s : a) {
            List<List<Value>> next = new ArrayList<>();
            for (List<Value> prefix : product) {
                for (Value e : s.elements()) {
                    List<Value> p = new ArrayList<>(prefix);
                    p.add(e);
                    next.add(p);
                }
            }
            product = next;
        }
        List<Value> out = new ArrayList<>();
        for (List<Value> p : product) {
            out.add(Value.list(p, null));
        }
        return allSets ? Value.set(out, null) : Value.list(out, null);
    }

    private static Value slice(List<Value> a, CallContext c) {
        Value v = a.get(0);
        int start = TextFunctions.wholeNumber(a.get(1), "start_index");
        int end = TextFunctions.wholeNumber(a.get(2), "end_index");
        if (start < 0) {
            throw new EvalException("the start index must not be negative");
        }
        if (start > end) {
            throw new EvalException("the start index must be less than or equal to the end index");
        }
        if (v.isUnknown()) {
            return unknown(Type.DYNAMIC);
        }
        if (!v.isSequence() || v.kind() == Value.Kind.SET) {
            throw new EvalException("must be a list or tuple value");
        }
        List<Value> els = v.elements();
        if (end > els.size()) {
            throw new EvalException(
                    "the end index must not be greater than the length of the list");
        }
        List<Value> out = els.subList(start, end);
        return v.kind() == Value.Kind.TUPLE ? Value.tuple(out) : Value.list(out, elementType(v));
    }

    private static Value sort(List<Value> a, CallContext c) {
        Value v = a.get(0);
        if (v instanceof Value.Unknown u) {
            Value.Unknown r =
                    Value.unknown(Type.list(Type.STRING), "sort() of a list known only at apply");
            return u.maxLength() >= 0
                    ? r.refineLength(u.minLength(), u.maxLength())
                    : r.refineNotNull();
        }
        if (!v.isWhollyKnown()) {
            // the order is not known yet, the length is
            int n = v.elements().size();
            return Value.unknown(
                            Type.list(Type.STRING),
                            "sort() of a list with elements known only at apply")
                    .refineLength(n, n);
        }
        List<String> s = new ArrayList<>();
        for (Value e : v.elements()) {
            if (e.isNull()) {
                throw new EvalException(
                        "given list element "
                                + s.size()
                                + " is null; a null string cannot be "
                                + "sorted");
            }
            s.add(str(e));
        }
        s.sort(SequenceFunctions::compareUtf8);
        return Value.list(s.stream().map(Value::string).toList(), Type.STRING);
    }

    /** Go's string order: by UTF-8 bytes, which is code point order. */
    static int compareUtf8(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int a = x.codePointAt(i);
            int b = y.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    private static Value sum(List<Value> a, CallContext c) {
        Value v = a.get(0);
        if (!v.isSequence() && !v.isMapping()) {
            throw new EvalException("cannot sum a " + v.type().friendlyName());
        }
        List<Value> els = v.elements();
        if (els.isEmpty()) {
            throw new EvalException("cannot sum an empty list");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Value e : els) {
            if (e.isNull()) {
                throw new EvalException("argument must be list, set, or tuple of number values");
            }
            total = total.add(Convert.to(e, Type.NUMBER).asNumber(), MathContext.UNLIMITED);
        }
        return Value.number(total);
    }

    private static Value transpose(List<Value> a, CallContext c) {
        Map<String, List<Value>> out = new TreeMap<>();
        for (Map.Entry<String, Value> e : a.get(0).attributes().entrySet()) {
            for (Value x : e.getValue().elements()) {
                if (x.isNull()) {
                    throw new EvalException("lists must not contain null values");
                }
                out.computeIfAbsent(str(x), k -> new ArrayList<>()).add(Value.string(e.getKey()));
            }
        }
        Map<String, Value> m = new LinkedHashMap<>();
        out.forEach((k, v) -> m.put(k, Value.list(v, Type.STRING)));
        return Value.map(m, Type.list(Type.STRING));
    }

    private static Value length(List<Value> a, CallContext c) {
        Value v = a.get(0);
        if (v.isNull()) {
            throw new EvalException("argument must not be null");
        }
        if (v.isUnknown()) {
            if (v.type() instanceof Type.TupleOf t) {
                return Value.number(t.elements().size());
            }
            if (v.type() instanceof Type.ObjectOf o) {
                return Value.number(o.attributes().size());
            }
            return unknown(Type.NUMBER);
        }
        Object k = v.known();
        if (k instanceof String s) {
            return Value.number(Text.graphemes(s).size());
        }
        if (k instanceof List<?> l) {
            return Value.number(l.size());
        }
        if (k instanceof Map<?, ?> m) {
            return Value.number(m.size());
        }
        throw new EvalException(
                "argument must be a string, a collection type, or a structural type");
    }

    private static Value lookup(List<Value> a, CallContext c) {
        if (a.size() > 3) {
            throw new EvalException("lookup() takes at most three arguments");
        }
        Value m = a.get(0);
        if (m.isUnknown()) {
            return Value.unknown(Type.DYNAMIC, "known only at apply");
        }
        if (!m.isMapping()) {
            throw new EvalException(
                    "the first argument must be a map or object, not " + m.type().friendlyName());
        }
        Value found = m.attributes().get(str(a.get(1)));
        if (found != null) {
            return found;
        }
        if (a.size() == 3) {
            return a.get(2);
        }
        throw new EvalException("lookup failed to find key \"" + str(a.get(1)) + "\"");
    }

    private static Value contains(List<Value> a, CallContext c) {
        Value list = a.get(0);
        if (list.isUnknown()) {
            return unknown(Type.BOOL);
        }
        if (!list.isSequence()) {
            throw new EvalException("argument must be list, tuple, or set");
        }
        boolean unknown = false;
        for (Value e : list.elements()) {
            if (!e.isWhollyKnown()) {
                unknown = true;
            } else if (Value.same(e, a.get(1))) {
                return Value.TRUE;
            }
        }
        return unknown ? unknown(Type.BOOL) : Value.FALSE;
    }

    private static Value element(List<Value> a, CallContext c) {
        Value list = a.get(0);
        BigDecimal n = (BigDecimal) a.get(1).known();
        if (n.stripTrailingZeros().scale() > 0) {
            throw new EvalException("invalid index: the index must be a whole number");
        }
        if (n.signum() < 0) {
            throw new EvalException("cannot use element function with a negative index");
        }
        if (list.isUnknown()) {
            return Value.unknown(Type.DYNAMIC, "known only at apply");
        }
        if (!list.isSequence() || list.kind() == Value.Kind.SET) {
            throw new EvalException("cannot read elements from " + list.type().friendlyName());
        }
        List<Value> l = list.elements();
        if (l.isEmpty()) {
            throw new EvalException("cannot use element function with an empty list");
        }
        return l.get(n.remainder(BigDecimal.valueOf(l.size())).intValue());
    }

    private static Value merge(List<Value> a, CallContext c) {
        Map<String, Value> out = new LinkedHashMap<>();
        boolean allMaps = true;
        for (Value m : a) {
            if (m.isNull()) {
                continue;
            }
            if (m.isUnknown()) {
                return Value.unknown(Type.DYNAMIC, "merge() of a map known only at apply")
                        .refineNotNull();
            }
            if (!m.isMapping()) {
                throw new EvalException(
                        "arguments must be maps or objects, got " + m.type().friendlyName());
            }
            allMaps &= m.kind() == Value.Kind.MAP;
            out.putAll(m.attributes());
        }
        return allMaps && !out.isEmpty() ? Value.map(out, null) : Value.object(out);
    }

    /**
     * The first argument that is neither null nor an empty string, converted to the arguments'
     * common type.
     */
    private static Value coalesce(List<Value> a, CallContext c) {
        if (a.isEmpty()) {
            throw new EvalException("at least one argument is required");
        }
        Type common = Type.DYNAMIC;
        for (Value v : a) {
            Type u = Type.unify(common, v.type());
            if (u == null) {
                throw new EvalException("all arguments must have the same type");
            }
            common = u;
        }
        for (Value v : a) {
            if (v.isUnknown()) {
                // what is known of it (a string prefix) holds for the result, which is not null
                Value u = Convert.to(v, common);
                return u instanceof Value.Unknown x ? x.refineNotNull() : u;
            }
            if (v.isNull()) {
                continue;
            }
            Value x = Convert.to(v, common);
            if (!"".equals(x.known())) {
                return x;
            }
        }
        throw new EvalException("no non-null, non-empty-string arguments");
    }

    private static Value concat(List<Value> a, CallContext c) {
        if (a.isEmpty()) {
            throw new EvalException("at least one argument is required");
        }
        List<Value> out = new ArrayList<>();
        for (Value seq : a) {
            if (seq.isUnknown()) {
                return Value.unknown(Type.DYNAMIC, "concat() of a list known only at apply")
                        .refineNotNull();
            }
            if (!seq.isSequence()) {
                throw new EvalException(
                        "all arguments must be lists or tuples; got " + seq.type().friendlyName());
            }
            out.addAll(seq.elements());
        }
        Type common = Type.DYNAMIC;
        boolean allLists = true;
        for (Value seq : a) {
            allLists &= seq.kind() == Value.Kind.LIST;
        }
        if (allLists) {
            for (Value seq : a) {
                Type et = seq.type().elementType();
                Type u = Type.unify(common, et == null ? Type.DYNAMIC : et);
                if (u == null) {
                    allLists = false;
                    break;
                }
                common = u;
            }
        }
        return allLists
                ? Value.list(out, common == Type.DYNAMIC ? null : common)
                : Value.tuple(out);
    }

    private static Value compact(List<Value> a, CallContext c) {
        List<Value> out = new ArrayList<>();
        for (Value e : a.get(0).elements()) {
            if (!e.isNull() && !"".equals(e.known())) {
                out.add(e);
            }
        }
        return Value.list(out, Type.STRING);
    }

    private static Value zipmap(List<Value> a, CallContext c) {
        Value keys = a.get(0);
        Value vals = a.get(1);
        if (!keys.isWhollyKnown() || vals.isUnknown()) {
            return unknown(Type.DYNAMIC);
        }
        if (!vals.isSequence()) {
            throw new EvalException("values must be a list or tuple");
        }
        List<Value> k = keys.elements();
        List<Value> v = vals.elements();
        if (k.size() != v.size()) {
            throw new EvalException(
                    "number of keys ("
                            + k.size()
                            + ") does not match number of values ("
                            + v.size()
                            + ")");
        }
        Map<String, Value> out = new LinkedHashMap<>();
        for (int i = 0; i < k.size(); i++) {
            if (k.get(i).isNull()) {
                throw new EvalException("keys list has null value at index " + i);
            }
            out.put(str(k.get(i)), v.get(i));
        }
        return vals.kind() == Value.Kind.TUPLE
                ? Value.object(out)
                : Value.map(out, elementType(vals));
    }
}
