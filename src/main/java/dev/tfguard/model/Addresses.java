package dev.tfguard.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Terraform addresses such as {@code module.a["x.y"].module.b[0].aws_kms_key.k}: instance
 * keys may hold dots, brackets and escaped quotes, so a plain split on dots is wrong.
 */
public final class Addresses {

    private Addresses() {}

    /**
     * The dot-separated steps of an address, keeping instance keys on their step: {@code a["x.y"]}
     * stays whole.
     */
    public static List<String> steps(String address) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '.' && depth == 0) {
                out.add(address.substring(start, i));
                start = i + 1;
            }
        }
        out.add(address.substring(start));
        return out;
    }

    /**
     * The address without instance keys: {@code module.a.aws_x.y} for {@code
     * module.a["k"].aws_x.y[0]}. It names the configuration block that all instances share.
     */
    public static String withoutKeys(String address) {
        if (address.indexOf('[') < 0) {
            return address;
        }
        StringBuilder sb = new StringBuilder();
        for (String step : steps(address)) {
            int bracket = step.indexOf('[');
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(bracket < 0 ? step : step.substring(0, bracket));
        }
        return sb.toString();
    }

    /**
     * An instance key as an address writes it: {@code [0]} for a count index, {@code ["a"]} for a
     * for_each key.
     */
    public static String key(Object key) {
        if (key instanceof String s) {
            return "[\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
        if (key instanceof java.math.BigDecimal d) {
            return "[" + d.toBigInteger() + "]";
        }
        return "[" + key + "]";
    }
}
