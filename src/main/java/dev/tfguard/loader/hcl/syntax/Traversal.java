package dev.tfguard.loader.hcl.syntax;

import java.math.BigDecimal;
import java.util.List;

/**
 * A reference to a named value: a root name followed by attribute and literal index steps, such as
 * {@code aws_kms_key.this.arn} or {@code var.amis["us-east-1"]}. {@link #toString()} renders it the
 * way Terraform writes it; the legacy index {@code aws_subnet.a.0.id} renders as {@code
 * aws_subnet.a[0].id}.
 */
public record Traversal(String root, List<Step> steps, Range range) {

    public Traversal {
        steps = List.copyOf(steps);
    }

    /** One step after the root. */
    public sealed interface Step permits Attr, Index {

        /** The step's range: the name after the dot, or the brackets of an index. */
        Range range();
    }

    /** {@code .name}. */
    public record Attr(String name, Range range) implements Step {}

    /**
     * {@code [key]} with a literal key: a {@link String}, a {@link BigDecimal}, a {@link Boolean},
     * or null for a {@code null} literal.
     */
    public record Index(Object key, Range range) implements Step {}

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(root);
        for (Step s : steps) {
            if (s instanceof Attr a) {
                sb.append('.').append(a.name());
            } else {
                sb.append('[').append(renderKey(((Index) s).key())).append(']');
            }
        }
        return sb.toString();
    }

    /**
     * Renders an index key: numbers in shortest decimal form, strings quoted with Go-style escapes.
     */
    static String renderKey(Object key) {
        if (key instanceof BigDecimal n) {
            return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
        }
        if (key instanceof String s) {
            StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> sb.append(c);
                }
            }
            return sb.append('"').toString();
        }
        return String.valueOf(key);
    }
}
