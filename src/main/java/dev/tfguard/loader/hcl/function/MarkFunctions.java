package dev.tfguard.loader.hcl.function;

import dev.tfguard.model.Marks;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Functions on a value's marks rather than its content: {@code sensitive}, {@code nonsensitive},
 * {@code issensitive}, and {@code ephemeralasnull} (tfguard reads no ephemeral values, so it
 * returns its argument).
 */
final class MarkFunctions {

    private MarkFunctions() {}

    static List<FunctionSpec> all() {
        Param v = Param.of("value", Type.DYNAMIC).nullable().unknowns();
        return List.of(
                new FunctionSpec(
                        "sensitive",
                        List.of(v),
                        null,
                        a -> a.get(0).type(),
                        true,
                        (a, c) -> a.get(0).withMarks(a.get(0).marks().asSensitive())),
                new FunctionSpec(
                        "nonsensitive",
                        List.of(v),
                        null,
                        a -> a.get(0).type(),
                        true,
                        (a, c) -> unmark(a.get(0))),
                FunctionSpec.of(
                        "issensitive",
                        List.of(v),
                        Type.BOOL,
                        (a, c) -> {
                            if (a.get(0).isUnknown() && !a.get(0).sensitive()) {
                                return Functions.unknownOf(Type.BOOL, "known only at apply");
                            }
                            return Value.bool(a.get(0).sensitive());
                        }),
                new FunctionSpec(
                        "ephemeralasnull",
                        List.of(v),
                        null,
                        a -> a.get(0).type(),
                        true,
                        (a, c) -> a.get(0)));
    }

    /** {@code v} without sensitivity, at every depth. */
    static Value unmark(Value v) {
        Marks m = v.marks();
        Marks plain = m.withoutSensitive();
        if (v instanceof Value.Unknown u) {
            return new Value.Unknown(
                    u.type(),
                    u.reason(),
                    u.notNull(),
                    u.prefix(),
                    u.minLength(),
                    u.maxLength(),
                    plain);
        }
        if (v instanceof Value.Null n) {
            return new Value.Null(n.type(), plain);
        }
        Value.Known k = (Value.Known) v;
        Object payload = k.value();
        if (payload instanceof List<?> l) {
            List<Value> out = new ArrayList<>();
            l.forEach(e -> out.add(unmark((Value) e)));
            payload = Collections.unmodifiableList(out);
        } else if (payload instanceof Map<?, ?> mp) {
            Map<String, Value> out = new LinkedHashMap<>();
            mp.forEach((key, e) -> out.put((String) key, unmark((Value) e)));
            payload = Collections.unmodifiableMap(out);
        }
        return new Value.Known(payload, k.kind(), k.elementType(), plain);
    }
}
