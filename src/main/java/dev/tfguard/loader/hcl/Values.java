package dev.tfguard.loader.hcl;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Terraform's conversions between known values: strings, numbers and bools convert as Terraform converts them. */
final class Values {

    private Values() {
    }

    /** A known value as a bool ({@code "true"}/{@code "false"} convert), or null. */
    static Boolean bool(Val v) {
        return v.known() ? bool(v.value()) : null;
    }

    static Boolean bool(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if ("true".equals(o)) {
            return true;
        }
        if ("false".equals(o)) {
            return false;
        }
        return null;
    }

    /** A primitive as a string, as Terraform renders it in a template; null for collections and null. */
    static String string(Object o) {
        if (o instanceof String s) {
            return s;
        }
        if (o instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (o instanceof Boolean || o instanceof Number) {
            return o.toString();
        }
        return null;
    }

    static BigDecimal number(Object o) {
        if (o instanceof BigDecimal d) {
            return d;
        }
        if (o instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (o instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Equality after conversion of primitives ({@code 1 == "1"} is false in Terraform, but bools compare). */
    static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    /** Key/value pairs of a list (index keys) or map. */
    static List<Map.Entry<Object, Object>> entries(Object coll) {
        List<Map.Entry<Object, Object>> out = new ArrayList<>();
        if (coll instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                out.add(new AbstractMap.SimpleEntry<>(BigDecimal.valueOf(i), l.get(i)));
            }
        } else if (coll instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.add(new AbstractMap.SimpleEntry<>(k, v)));
        }
        return out;
    }
}
