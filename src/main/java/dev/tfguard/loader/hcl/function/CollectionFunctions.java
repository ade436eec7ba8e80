package dev.tfguard.loader.hcl.function;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.tfguard.loader.hcl.function.Functions.str;

/**
 * Collection functions: {@code length}, {@code lookup}, {@code contains}, {@code concat}, {@code merge},
 * {@code compact}, {@code element}, {@code coalesce}.
 */
final class CollectionFunctions {

    private CollectionFunctions() {
    }

    static List<FunctionSpec> all() {
        return List.of(
                FunctionSpec.of("length", List.of(Param.of("value", Type.DYNAMIC).unknowns()), Type.NUMBER,
                        CollectionFunctions::length),
                FunctionSpec.variadic("lookup", List.of(Param.of("inputMap", Type.DYNAMIC),
                                Param.of("key", Type.STRING)), Param.of("default", Type.DYNAMIC).nullable(),
                        Type.DYNAMIC, CollectionFunctions::lookup).nullableResult(),
                FunctionSpec.of("contains", List.of(Param.of("list", Type.DYNAMIC), Param.of("value", Type.DYNAMIC)
                        .nullable()), Type.BOOL, CollectionFunctions::contains),
                FunctionSpec.variadic("concat", List.of(), Param.of("seqs", Type.DYNAMIC).unknowns(), Type.DYNAMIC,
                        CollectionFunctions::concat),
                FunctionSpec.variadic("merge", List.of(), Param.of("maps", Type.DYNAMIC).nullable(), Type.DYNAMIC,
                        CollectionFunctions::merge),
                FunctionSpec.of("compact", List.of(Param.of("list", Type.list(Type.STRING)).unknowns()),
                        Type.list(Type.STRING), CollectionFunctions::compact),
                FunctionSpec.of("element", List.of(Param.of("list", Type.DYNAMIC), Param.of("index", Type.NUMBER)),
                        Type.DYNAMIC, CollectionFunctions::element).nullableResult(),
                FunctionSpec.variadic("coalesce", List.of(), Param.of("vals", Type.DYNAMIC).nullable().unknowns(),
                        Type.DYNAMIC, CollectionFunctions::coalesce));
    }

    private static Value length(List<Value> a, CallContext c) {
        Value v = a.get(0);
        if (v instanceof Value.Unknown u) {
            if (u.type() == Type.STRING || u.type() == Type.DYNAMIC || u.type().isPrimitive()) {
                return Functions.unknownOf(Type.NUMBER, u.reason());
            }
            return Functions.unknownOf(Type.NUMBER, u.reason());
        }
        if (v.known() instanceof String s) {
            return Value.number(s.codePointCount(0, s.length()));
        }
        if (v.known() instanceof List<?> || v.known() instanceof Map<?, ?>) {
            return Value.number(v.known() instanceof List<?> l ? l.size() : ((Map<?, ?>) v.known()).size());
        }
        throw new EvalException("length() of a " + v.type().friendlyName());
    }

    private static Value lookup(List<Value> a, CallContext c) {
        if (a.size() > 3) {
            throw new EvalException("lookup() takes at most three arguments");
        }
        Value m = a.get(0);
        if (!m.isMapping()) {
            throw new EvalException("lookup() needs a map or object, not a " + m.type().friendlyName());
        }
        Value found = m.attributes().get(str(a.get(1)));
        if (found != null) {
            return found;
        }
        if (a.size() == 3) {
            return a.get(2);
        }
        throw new EvalException("lookup() failed to find key \"" + str(a.get(1)) + "\"");
    }

    private static Value contains(List<Value> a, CallContext c) {
        if (!a.get(0).isSequence()) {
            throw new EvalException("contains() needs a list, set or tuple");
        }
        for (Value e : a.get(0).elements()) {
            if (Value.same(e, a.get(1))) {
                return Value.TRUE;
            }
            if (Value.same(e, Convert.to(a.get(1), e.type() == Type.DYNAMIC ? Type.DYNAMIC : e.type()))) {
                return Value.TRUE;
            }
        }
        return Value.FALSE;
    }

    private static Value concat(List<Value> a, CallContext c) {
        List<Value> out = new ArrayList<>();
        for (Value seq : a) {
            if (seq instanceof Value.Unknown) {
                return Functions.unknownOf(Type.DYNAMIC, "concat() of a list known only at apply");
            }
            if (!seq.isSequence()) {
                throw new EvalException("concat() needs lists, not a " + seq.type().friendlyName());
            }
            out.addAll(seq.elements());
        }
        boolean allLists = !a.isEmpty() && a.stream().allMatch(x -> x.kind() == Value.Kind.LIST);
        return allLists ? Value.list(out, null) : Value.tuple(out);
    }

    private static Value merge(List<Value> a, CallContext c) {
        Map<String, Value> out = new LinkedHashMap<>();
        boolean allMaps = true;
        for (Value m : a) {
            if (m.isNull()) {
                continue;
            }
            if (!m.isMapping()) {
                throw new EvalException("merge() needs maps or objects, not a " + m.type().friendlyName());
            }
            allMaps &= m.kind() == Value.Kind.MAP;
            out.putAll(m.attributes());
        }
        return allMaps && !a.isEmpty() ? Value.map(out, null) : Value.object(out);
    }

    private static Value compact(List<Value> a, CallContext c) {
        Value list = a.get(0);
        if (list instanceof Value.Unknown u) {
            return Functions.unknownOf(Type.list(Type.STRING), u.reason());
        }
        List<Value> out = new ArrayList<>();
        for (Value e : list.elements()) {
            if (e instanceof Value.Unknown) {
                return Functions.unknownOf(Type.list(Type.STRING), "compact() of a list with unknown elements");
            }
            if (!e.isNull() && !"".equals(e.known())) {
                out.add(e);
            }
        }
        return Value.list(out, Type.STRING);
    }

    private static Value element(List<Value> a, CallContext c) {
        Value list = a.get(0);
        if (!list.isSequence()) {
            throw new EvalException("element() needs a list or tuple");
        }
        List<Value> l = list.elements();
        BigDecimal n = a.get(1).asNumber();
        if (n.stripTrailingZeros().scale() > 0) {
            throw new EvalException("element() needs a whole number index");
        }
        if (n.signum() < 0) {
            throw new EvalException("element() cannot use a negative index");
        }
        if (l.isEmpty()) {
            throw new EvalException("element() cannot use an empty list");
        }
        return l.get(n.remainder(BigDecimal.valueOf(l.size())).intValue());
    }

    private static Value coalesce(List<Value> a, CallContext c) {
        for (Value v : a) {
            if (v instanceof Value.Unknown u) {
                return u.refineNotNull();
            }
            if (!v.isNull() && !"".equals(v.known())) {
                return v;
            }
        }
        throw new EvalException("coalesce(): no non-null, non-empty-string arguments");
    }
}
