package dev.tfguard.loader.hcl.function;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Set functions as Terraform defines them (cty's {@code stdlib} set operations): union,
 * intersection, difference and the cartesian product, keeping unknown elements where cty keeps
 * them.
 */
final class SetFunctions {

    private SetFunctions() {}

    static List<FunctionSpec> all() {
        return List.of(
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
                        SetFunctions::setproduct));
    }

    private static Value setOp(List<Value> a, String op) {
        for (Value s : a) {
            if (s.isUnknown()) {
                return SequenceFunctions.unknown(Type.set(Type.DYNAMIC));
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
                return SequenceFunctions.unknown(Type.DYNAMIC);
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
}
