package dev.tfguard.loader.hcl.function;

import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON as Terraform's {@code jsonencode} writes it (Go's {@code encoding/json}): compact, object
 * keys sorted, numbers without exponent or trailing zeros ({@code 1000}, {@code 2.5}), and {@code <
 * > &}, U+2028 and U+2029 escaped.
 */
final class EncodingJson {

    private EncodingJson() {}

    /** The JSON text of a wholly known value. */
    static String encode(Value v) {
        StringBuilder sb = new StringBuilder();
        write(v, sb);
        return sb.toString();
    }

    private static void write(Value v, StringBuilder sb) {
        if (v.isNull()) {
            sb.append("null");
            return;
        }
        Object k = v.known();
        if (k instanceof String s) {
            quote(s, sb);
        } else if (k instanceof BigDecimal d) {
            sb.append(Value.numberText(d));
        } else if (k instanceof Boolean b) {
            sb.append(b);
        } else if (v.isSequence()) {
            sb.append('[');
            boolean first = true;
            for (Value e : v.elements()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                write(e, sb);
            }
            sb.append(']');
        } else if (v.isMapping()) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Value> e : new TreeMap<>(v.attributes()).entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                quote(e.getKey(), sb);
                sb.append(':');
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else {
            throw new EvalException("value is not known");
        }
    }

    static void quote(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' ->
                        sb.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
