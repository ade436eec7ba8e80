package dev.tfguard.loader.hcl;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.util.List;
import java.util.Map;

/**
 * Terraform's {@code ==} as cty's {@code Equals} decides it: values of different types are never
 * equal, even when unknown values sit inside them ({@code [x] == []} is false); a null is never
 * equal to a value that cannot be null; an unknown whose known prefix or length rules the other
 * value out is not equal to it; otherwise an unknown part makes the answer unknown.
 */
final class Equality {

    private Equality() {}

    /** {@code a == b}: true, false, or null when it is known only at apply. */
    static Boolean equal(Value a, Value b) {
        if (a.isNull() && b.notNull() || b.isNull() && a.notNull()) {
            return false;
        }
        if (excludes(b, a) || excludes(a, b)) {
            return false;
        }
        boolean ua = a instanceof Value.Unknown;
        boolean ub = b instanceof Value.Unknown;
        if (ua && ub) {
            return null;
        }
        if (ua || ub) {
            Value known = ua ? b : a;
            Value unknown = ua ? a : b;
            if (known.isNull() || unknown.type().hasDynamic()) {
                return null; // nulls of every type are equal: wait for the unknown
            }
            return known.type().equals(unknown.type()) ? null : Boolean.FALSE;
        }
        if (a.isNull() && b.isNull()) {
            return true;
        }
        if (a.isNull() || b.isNull()) {
            return false;
        }
        if (!whollyKnownType(a) || !whollyKnownType(b)) {
            // the types may still come to agree, unless neither can conform to the other
            return conforms(a.type(), b.type()) || conforms(b.type(), a.type())
                    ? null
                    : Boolean.FALSE;
        }
        if (!a.type().equals(b.type())) {
            return false;
        }
        return switch (a.kind()) {
            case STRING, NUMBER, BOOL -> Value.same(a, b);
            case LIST, TUPLE -> sequence(a.elements(), b.elements());
            case SET -> set(a.elements(), b.elements());
            case MAP, OBJECT -> mapping(a.attributes(), b.attributes());
        };
    }

    /** Elements in order: the first that is unknown or unequal decides. */
    private static Boolean sequence(List<Value> x, List<Value> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            Boolean eq = equal(x.get(i), y.get(i));
            if (eq == null || !eq) {
                return eq;
            }
        }
        return true;
    }

    /** Sets: unknown when either holds an unknown element, else the same elements. */
    private static Boolean set(List<Value> x, List<Value> y) {
        if (x.stream().anyMatch(Value::isUnknown) || y.stream().anyMatch(Value::isUnknown)) {
            return null;
        }
        boolean same =
                x.stream().allMatch(e -> y.stream().anyMatch(o -> Value.same(e, o)))
                        && y.stream().allMatch(e -> x.stream().anyMatch(o -> Value.same(e, o)));
        return same;
    }

    /** Maps and objects: the same keys, then each value in key order. */
    private static Boolean mapping(Map<String, Value> x, Map<String, Value> y) {
        if (!x.keySet().equals(y.keySet())) {
            return false;
        }
        for (Map.Entry<String, Value> e : x.entrySet()) {
            Boolean eq = equal(e.getValue(), y.get(e.getKey()));
            if (eq == null || !eq) {
                return eq;
            }
        }
        return true;
    }

    /**
     * True when what is known of unknown {@code u} rules out known {@code k}: its string prefix or
     * its length bounds.
     */
    private static boolean excludes(Value u, Value k) {
        if (!(u instanceof Value.Unknown x) || k.isUnknown() || k.isNull()) {
            return false;
        }
        if (x.prefix() != null && k.known() instanceof String s) {
            return !s.startsWith(x.prefix());
        }
        if (k.isSequence() || k.isMapping()) {
            int n = k.elements().size();
            return n < x.minLength() || x.maxLength() >= 0 && n > x.maxLength();
        }
        return false;
    }

    /** cty's {@code HasWhollyKnownType}: no unknown value of an unknown type anywhere inside. */
    private static boolean whollyKnownType(Value v) {
        if (v.isNull()) {
            return true;
        }
        if (v instanceof Value.Unknown u) {
            return !u.type().hasDynamic();
        }
        return v.elements().stream().allMatch(Equality::whollyKnownType);
    }

    /**
     * True when type {@code t} conforms to {@code want}, where any type conforms to {@code any}.
     */
    private static boolean conforms(Type t, Type want) {
        if (want == Type.DYNAMIC || t.equals(want)) {
            return true;
        }
        if (t.isCollection() && t.getClass() == want.getClass()) {
            return conforms(t.elementType(), want.elementType());
        }
        if (t instanceof Type.TupleOf a && want instanceof Type.TupleOf b) {
            if (a.elements().size() != b.elements().size()) {
                return false;
            }
            for (int i = 0; i < a.elements().size(); i++) {
                if (!conforms(a.elements().get(i), b.elements().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (t instanceof Type.ObjectOf a && want instanceof Type.ObjectOf b) {
            if (!a.attributes().keySet().equals(b.attributes().keySet())) {
                return false;
            }
            return a.attributes().entrySet().stream()
                    .allMatch(e -> conforms(e.getValue(), b.attributes().get(e.getKey())));
        }
        return false;
    }
}
