package dev.tfguard.loader.hcl.function;

import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * YAML as Terraform's {@code yamlencode} writes it: block style, keys and strings double-quoted.
 */
final class Yamls {

    private Yamls() {}

    /**
     * The YAML document for {@code v}; a plain scalar at the top ends with the document end marker.
     */
    static String encode(Value v) {
        StringBuilder sb = new StringBuilder();
        if (v.isNull() || !v.isSequence() && !v.isMapping()) {
            String scalar = scalar(v, 0);
            sb.append(scalar).append('\n');
            if (v.isNull() || v.kind() != Value.Kind.STRING) {
                sb.append("...\n");
            }
            return sb.toString();
        }
        block(v, 0, sb);
        return sb.toString();
    }

    /**
     * Writes a non-empty collection in block style at {@code indent}; an empty one in flow style.
     */
    private static void block(Value v, int indent, StringBuilder sb) {
        String pad = " ".repeat(indent);
        if (v.isSequence()) {
            List<Value> els = v.elements();
            if (els.isEmpty()) {
                sb.append("[]\n");
                return;
            }
            boolean first = true;
            for (Value e : els) {
                sb.append(first && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n' ? "" : pad)
                        .append("- ");
                first = false;
                item(e, indent + 2, sb, true);
            }
            return;
        }
        Map<String, Value> attrs = v.attributes();
        if (attrs.isEmpty()) {
            sb.append("{}\n");
            return;
        }
        boolean first = true;
        for (Map.Entry<String, Value> e : new java.util.TreeMap<>(attrs).entrySet()) {
            sb.append(first && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n' ? "" : pad)
                    .append(quote(e.getKey()))
                    .append(':');
            first = false;
            Value x = e.getValue();
            if (!x.isNull() && (x.isSequence() && !x.elements().isEmpty())) {
                sb.append('\n');
                block(x, indent, sb);
            } else if (!x.isNull() && x.isMapping() && !x.attributes().isEmpty()) {
                sb.append('\n');
                block(x, indent + 2, sb);
            } else {
                sb.append(' ');
                item(x, indent + 2, sb, false);
            }
        }
    }

    /** A value after {@code "- "} or {@code "key: "}. */
    private static void item(Value x, int indent, StringBuilder sb, boolean inSequence) {
        if (!x.isNull() && (x.isSequence() || x.isMapping())) {
            if (x.elements().isEmpty() && x.attributes().isEmpty()) {
                sb.append(x.isSequence() ? "[]\n" : "{}\n");
            } else {
                block(x, indent, sb);
            }
            return;
        }
        sb.append(scalar(x, indent)).append('\n');
    }

    private static String scalar(Value v, int indent) {
        if (v.isNull()) {
            return "null";
        }
        Object k = v.known();
        if (k instanceof String s) {
            if (s.contains("\n")
                    && s.chars().noneMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t')
                    && !s.startsWith(" ")) {
                return literal(s, indent);
            }
            return quote(s);
        }
        if (k instanceof BigDecimal d) {
            return Value.numberText(d);
        }
        return String.valueOf(k);
    }

    /**
     * A literal block scalar ({@code |-} without a final line break, {@code |} with one, {@code |+}
     * with more).
     */
    private static String literal(String s, int indent) {
        String chomp = s.endsWith("\n\n") ? "+" : s.endsWith("\n") ? "" : "-";
        String pad = " ".repeat(Math.max(indent, 2));
        StringBuilder sb = new StringBuilder("|").append(chomp);
        String body =
                chomp.equals("+")
                        ? s.substring(0, s.length() - 1)
                        : chomp.isEmpty() ? s.substring(0, s.length() - 1) : s;
        for (String line : body.split("\n", -1)) {
            sb.append('\n').append(line.isEmpty() ? "" : pad + line);
        }
        return sb.toString();
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A YAML timestamp as the RFC 3339 text Terraform's YAML decoder gives it. */
    static String timestamp(String v) {
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v)
                        .atStartOfDay()
                        .atOffset(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .replace("+00:00", "Z");
            }
            String iso = v.replace(' ', 'T').replace('t', 'T');
            OffsetDateTime t =
                    OffsetDateTime.parse(
                            iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:\\d\\d$")
                                    ? iso
                                    : iso + "Z");
            return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).replace("+00:00", "Z");
        } catch (DateTimeParseException e) {
            return v;
        }
    }
}
