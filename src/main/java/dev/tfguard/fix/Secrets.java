package dev.tfguard.fix;

import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Body;
import dev.tfguard.loader.hcl.syntax.ConfigFile;
import dev.tfguard.loader.hcl.syntax.HclParser;
import dev.tfguard.loader.hcl.syntax.Range;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hides secret values in the lines of a diff: what an {@code auth_token} is set to, the default of a sensitive
 * variable, and a {@code .tfvars} entry whose name says it is a token, password or secret. A diff line that shows
 * part of such a value prints {@code (sensitive value not shown)} in its place.
 */
final class Secrets {
    static final String HIDDEN = "(sensitive value not shown)";

    private Secrets() {
    }

    /** A mask for the lines of {@code bytes}, a version of the file {@code name}. */
    static UnifiedDiff.Mask mask(String name, byte[] bytes) {
        ConfigFile cf = HclParser.parse(name, bytes);
        List<int[]> ranges = new ArrayList<>();
        boolean tfvars = name.endsWith(".tfvars");
        collect(cf.body(), tfvars, ranges);
        if (ranges.isEmpty()) {
            return null;
        }
        return line -> {
            int from = line.offset();
            int to = from + line.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            for (int[] r : ranges) {
                if (r[0] < to && r[1] > from) {
                    int cut = Math.max(r[0], from) - from;
                    byte[] lb = line.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    String kept = new String(lb, 0, cut, java.nio.charset.StandardCharsets.UTF_8);
                    return kept + HIDDEN + (line.terminated() ? "\n" : "");
                }
            }
            return null;
        };
    }

    private static void collect(Body body, boolean tfvars, List<int[]> out) {
        for (Attribute a : body.attributes()) {
            if (secretName(a.name()) && (tfvars || a.name().equals("auth_token"))
                    && a.expr().references().isEmpty()) {
                add(a.expr().range(), out); // a reference such as var.token shows no secret
            }
        }
        for (Block b : body.blocks()) {
            if (b.type().equals("variable")) {
                boolean sensitive = b.body().attribute("sensitive")
                        .map(s -> s.expr().source().trim().equals("true")).orElse(false);
                if (sensitive || !b.labels().isEmpty() && secretName(b.labels().get(0))) {
                    b.body().attribute("default").ifPresent(d -> add(d.expr().range(), out));
                }
            }
            collect(b.body(), false, out);
        }
    }

    private static boolean secretName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("auth_token") || n.contains("token") || n.contains("password") || n.contains("secret");
    }

    private static void add(Range r, List<int[]> out) {
        out.add(new int[] {r.start().byteOffset(), r.end().byteOffset()});
    }
}
