package dev.tfguard.fix;

import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.HclParser;
import dev.tfguard.loader.hcl.syntax.SecretValues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Hides secret values ({@link SecretValues}) in the lines of a diff: a diff line that shows part of
 * such a value prints {@code (sensitive value not shown)} in its place.
 */
final class Secrets {
    private Secrets() {}

    /** A mask for the lines of {@code bytes}, a version of the file {@code name}. */
    static UnifiedDiff.Mask mask(String name, byte[] bytes) {
        List<Expr> secrets = SecretValues.in(HclParser.parse(name, bytes));
        if (secrets.isEmpty()) {
            return null;
        }
        List<int[]> ranges = new ArrayList<>();
        for (Expr e : secrets) {
            ranges.add(new int[] {e.range().start().byteOffset(), e.range().end().byteOffset()});
        }
        return line -> {
            int from = line.offset();
            byte[] lb = line.text().getBytes(StandardCharsets.UTF_8);
            int to = from + lb.length;
            for (int[] r : ranges) {
                if (r[0] < to && r[1] > from) {
                    int cut = Math.max(r[0], from) - from;
                    String kept = new String(lb, 0, cut, StandardCharsets.UTF_8);
                    return kept + SecretValues.HIDDEN + (line.terminated() ? "\n" : "");
                }
            }
            return null;
        };
    }
}
