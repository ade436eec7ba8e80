package dev.tfguard.loader.hcl.function;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Functions that read an element or a fact out of a collection, as Terraform defines them (its
 * {@code funcs/collection.go} and cty's {@code stdlib}): {@code length}, {@code element}, {@code
 * index}, {@code contains}, {@code one}, {@code sum}, {@code alltrue}, {@code anytrue} and {@code
 * matchkeys}, with Terraform's answers for unknown elements.
 */
final class ElementFunctions {

    private ElementFunctions() {}

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
                        "contains",
                        List.of(
                                Param.of("list", Type.DYNAMIC).unknowns(),
                                Param.of("value", Type.DYNAMIC)),
                        Type.BOOL,
                        ElementFunctions::contains),
                FunctionSpec.of(
                                "element",
                                List.of(
                                        Param.of("list", Type.DYNAMIC).unknowns(),
                                        Param.of("index", Type.NUMBER)),
                                Type.DYNAMIC,
                                ElementFunctions::element)
                        .nullableResult(),
                FunctionSpec.of(
                        "index",
                        List.of(
                                Param.of("list", Type.DYNAMIC).unknowns(),
                                Param.of("value", Type.DYNAMIC)),
                        Type.NUMBER,
                        ElementFunctions::index),
                FunctionSpec.of(
                        "length",
                        List.of(Param.of("value", Type.DYNAMIC).unknowns()),
                        Type.NUMBER,
                        ElementFunctions::length),
                FunctionSpec.of(
                                "one",
                                List.of(Param.of("list", Type.DYNAMIC).unknowns()),
                                Type.DYNAMIC,
                                ElementFunctions::one)
                        .nullableResult(),
                FunctionSpec.of(
                        "sum",
                        List.of(Param.of("list", Type.DYNAMIC)),
                        Type.NUMBER,
                        ElementFunctions::sum),
                FunctionSpec.of(
                        "matchkeys",
                        List.of(
                                Param.of("values", Type.list(Type.DYNAMIC)),
                                Param.of("keys", Type.list(Type.DYNAMIC)),
                                Param.of("searchset", Type.list(Type.DYNAMIC)).unknowns()),
                        Type.list(Type.DYNAMIC),
                        ElementFunctions::matchkeys));
    }

    /**
     * cty's {@code alltrue} stops at the first unknown element; {@code anytrue} looks on for a true
     * one.
     */
    private static Value allOrAny(Value list, boolean all) {
        if (list.isUnknown()) {
            return SequenceFunctions.unknown(Type.BOOL);
        }
        boolean unknown = false;
        for (Value e : list.elements()) {
            if (e.isUnknown()) {
                if (all) {
                    return SequenceFunctions.unknown(Type.BOOL);
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
        return unknown ? SequenceFunctions.unknown(Type.BOOL) : Value.bool(all);
    }

    private static Value contains(List<Value> a, CallContext c) {
        Value list = a.get(0);
        if (list.isUnknown()) {
            return SequenceFunctions.unknown(Type.BOOL);
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
        return unknown ? SequenceFunctions.unknown(Type.BOOL) : Value.FALSE;
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

    private static Value index(List<Value> a, CallContext c) {
        Value list = a.get(0);
        if (list.isUnknown()) {
            return SequenceFunctions.unknown(Type.NUMBER);
        }
        if (!list.isSequence()) {
            throw new EvalException("argument must be a list or tuple");
        }
        List<Value> els = list.elements();
        for (int i = 0; i < els.size(); i++) {
            Value e = els.get(i);
            if (e.isUnknown()) {
                return SequenceFunctions.unknown(Type.NUMBER);
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
            return SequenceFunctions.unknown(Type.NUMBER);
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
            return Value.nullOf(
                    SequenceFunctions.elementType(v) == null
                            ? Type.DYNAMIC
                            : SequenceFunctions.elementType(v));
        }
        return els.get(0);
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

    private static Value matchkeys(List<Value> a, CallContext c) {
        List<Value> vals = a.get(0).elements();
        List<Value> keys = a.get(1).elements();
        if (vals.size() != keys.size()) {
            throw new EvalException("length of keys and values should be equal");
        }
        Value search = a.get(2);
        List<Value> out = new ArrayList<>();
        if (search.isUnknown()) {
            return SequenceFunctions.unknown(Type.list(Type.DYNAMIC));
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
        return Value.list(out, SequenceFunctions.elementType(a.get(0)));
    }
}
