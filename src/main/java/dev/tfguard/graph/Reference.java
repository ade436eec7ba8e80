package dev.tfguard.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * An absolute reference split into the resource it names and the attribute path after it, e.g.
 * {@code module.a.aws_kms_key.k["eu"].arn} → module {@code module.a}, resource {@code
 * aws_kms_key.k}, key {@code "eu"}, path {@code arn}. References that do not name a resource
 * ({@code var.x}, {@code local.y}, {@code each.value}) have no resource.
 *
 * @param modulePath module path of the named resource, with any module instance keys, e.g. {@code
 *     module.a["x"]}
 * @param blockAddress the resource's address without instance key, e.g. {@code
 *     module.a.aws_kms_key.k}, or null
 * @param indexKey the literal instance key written in the reference, or null
 * @param path the attribute steps after the resource, e.g. {@code [arn]}
 */
public record Reference(
        String modulePath, String blockAddress, String indexKey, List<String> path) {

    private static final java.util.Set<String> NOT_RESOURCES =
            java.util.Set.of(
                    "var", "local", "each", "count", "path", "self", "terraform", "module");

    /** Parses an absolute reference; never throws (an unparseable one names no resource). */
    public static Reference parse(String text) {
        List<String> steps = steps(text);
        int i = 0;
        StringBuilder module = new StringBuilder();
        StringBuilder moduleNoKeys = new StringBuilder();
        while (i + 1 < steps.size()
                && steps.get(i).equals("module")
                && !isIndex(steps.get(i + 1))) {
            String name = steps.get(i + 1);
            if (i + 2 < steps.size() && isIndex(steps.get(i + 2)) && i + 3 < steps.size()) {
                append(module, "module." + name + steps.get(i + 2));
                i += 3;
            } else {
                append(module, "module." + name);
                i += 2;
            }
            append(moduleNoKeys, "module." + name);
            if (i >= steps.size() || !continuesWithResource(steps, i)) {
                // module.NAME.output: a module output, not a resource
                return new Reference(module.toString(), null, null, steps.subList(i, steps.size()));
            }
        }
        boolean data = i < steps.size() && steps.get(i).equals("data");
        int t = data ? i + 1 : i;
        if (t + 1 >= steps.size()
                || NOT_RESOURCES.contains(steps.get(t)) && !data
                || isIndex(steps.get(t))
                || isIndex(steps.get(t + 1))) {
            return new Reference(module.toString(), null, null, List.of());
        }
        String block =
                (moduleNoKeys.length() > 0 ? moduleNoKeys + "." : "")
                        + (data ? "data." : "")
                        + steps.get(t)
                        + "."
                        + steps.get(t + 1);
        int p = t + 2;
        String key = null;
        if (p < steps.size() && isIndex(steps.get(p))) {
            key = steps.get(p);
            p++;
        }
        return new Reference(
                module.toString(), block, key, List.copyOf(steps.subList(p, steps.size())));
    }

    private static boolean continuesWithResource(List<String> steps, int i) {
        if (steps.get(i).equals("module") || steps.get(i).equals("data")) {
            return true;
        }
        // module.m.TYPE.NAME names a resource; module.m.OUTPUT (the loaders resolve outputs where
        // they can)
        // does not. A resource type always has a provider prefix, so it holds an underscore.
        return steps.get(i).contains("_") && i + 1 < steps.size() && !isIndex(steps.get(i + 1));
    }

    private static void append(StringBuilder sb, String s) {
        if (sb.length() > 0) {
            sb.append('.');
        }
        sb.append(s);
    }

    static boolean isIndex(String step) {
        return step.startsWith("[");
    }

    /**
     * Splits {@code a.b["x"][0].c} into {@code a, b, ["x"], [0], c}; index steps keep their
     * brackets.
     */
    static List<String> steps(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                int j = i + 1;
                boolean inString = false;
                while (j < n) {
                    char d = text.charAt(j);
                    if (inString && d == '\\') {
                        j += 2;
                        continue;
                    }
                    if (d == '"') {
                        inString = !inString;
                    } else if (d == ']' && !inString) {
                        break;
                    }
                    j++;
                }
                out.add(text.substring(i, Math.min(j + 1, n)));
                i = j + 1;
            } else {
                int j = i;
                while (j < n && text.charAt(j) != '.' && text.charAt(j) != '[') {
                    j++;
                }
                out.add(text.substring(i, j));
                i = j;
            }
        }
        return out;
    }
}
