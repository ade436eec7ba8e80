package dev.tfguard.loader.hcl.function;

import static dev.tfguard.loader.hcl.function.Functions.str;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions that build lists and tuples, as Terraform defines them (its {@code funcs/collection.go}
 * and cty's {@code stdlib}): concatenation, slicing, sorting, flattening, ranges and the {@code
 * coalesce} pair. Where Terraform keeps the known parts of a partly unknown collection ({@code
 * chunklist}, {@code flatten}, {@code reverse}, {@code slice}) so do these. Reading one element or
 * fact is in {@link ElementFunctions}, maps in {@link MappingFunctions}, sets in {@link
 * SetFunctions}.
 */
final class SequenceFunctions {

    private SequenceFunctions() {}

    static List<FunctionSpec> all() {
        return List.of(
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
                        SequenceFunctions::compact));
    }

    /** An unknown result of type {@code t}, as every collection function gives it. */
    static Value unknown(Type t) {
        return Functions.unknownOf(t, "known only at apply");
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

    /** The element type of a list, or null for any other value. */
    static Type elementType(Value list) {
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
}
