package dev.tfguard.loader.hcl.function;

import static dev.tfguard.loader.hcl.function.Functions.str;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Map and object functions as Terraform defines them (its {@code funcs/collection.go} and cty's
 * {@code stdlib}): keys, values, lookups, merges and the conversions between maps and lists.
 */
final class MappingFunctions {

    private MappingFunctions() {}

    static List<FunctionSpec> all() {
        return List.of(
                FunctionSpec.of(
                        "keys",
                        List.of(Param.of("inputMap", Type.DYNAMIC).unknowns()),
                        Type.list(Type.STRING),
                        MappingFunctions::keys),
                FunctionSpec.of(
                        "values",
                        List.of(Param.of("mapping", Type.DYNAMIC).unknowns()),
                        Type.DYNAMIC,
                        MappingFunctions::values),
                FunctionSpec.variadic(
                                "lookup",
                                List.of(
                                        Param.of("inputMap", Type.DYNAMIC).unknowns(),
                                        Param.of("key", Type.STRING)),
                                Param.of("default", Type.DYNAMIC).nullable().unknowns(),
                                Type.DYNAMIC,
                                MappingFunctions::lookup)
                        .nullableResult(),
                FunctionSpec.variadic(
                        "merge",
                        List.of(),
                        Param.of("maps", Type.DYNAMIC).nullable().unknowns(),
                        Type.DYNAMIC,
                        MappingFunctions::merge),
                FunctionSpec.of(
                        "zipmap",
                        List.of(
                                Param.of("keys", Type.list(Type.STRING)).unknowns(),
                                Param.of("values", Type.DYNAMIC).unknowns()),
                        Type.DYNAMIC,
                        MappingFunctions::zipmap),
                FunctionSpec.of(
                        "transpose",
                        List.of(Param.of("values", Type.map(Type.list(Type.STRING)))),
                        Type.map(Type.list(Type.STRING)),
                        MappingFunctions::transpose));
    }

    private static Value keys(List<Value> a, CallContext c) {
        Value m = a.get(0);
        if (m.isUnknown()) {
            if (m.type() instanceof Type.ObjectOf o) {
                return Value.list(
                        o.attributes().keySet().stream().sorted().map(Value::string).toList(),
                        Type.STRING);
            }
            return SequenceFunctions.unknown(Type.list(Type.STRING));
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
            return SequenceFunctions.unknown(Type.DYNAMIC);
        }
        if (!m.isMapping()) {
            throw new EvalException("must have map or object type");
        }
        List<Value> out = new ArrayList<>(new TreeMap<>(m.attributes()).values());
        return m.kind() == Value.Kind.MAP
                ? Value.list(out, ((Type.MapOf) m.type()).element())
                : Value.tuple(out);
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

    private static Value zipmap(List<Value> a, CallContext c) {
        Value keys = a.get(0);
        Value vals = a.get(1);
        if (!keys.isWhollyKnown() || vals.isUnknown()) {
            return SequenceFunctions.unknown(Type.DYNAMIC);
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
                : Value.map(out, SequenceFunctions.elementType(vals));
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
}
