package dev.tfguard.model;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where a {@link Value} came from, carried through every operation like Terraform's value marks:
 * the absolute references it depends on, whether a sensitive variable flows into it, and whether a
 * value from outside the configuration's files (a {@code TF_VAR_} environment variable) does.
 *
 * @param refs absolute traversals the value came through, e.g. {@code module.a.aws_kms_key.k.arn}
 * @param sensitive true when a sensitive variable flows into the value
 * @param external true when a value from outside the configuration's files flows into the value
 */
public record Marks(Set<String> refs, boolean sensitive, boolean external) {

    /** No references, not sensitive, held in the files. */
    public static final Marks NONE = new Marks(Set.of(), false, false);

    public Marks {
        refs =
                refs.isEmpty()
                        ? Set.of()
                        : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(refs));
    }

    /** Marks with one more reference. */
    public static Marks ref(String ref) {
        return new Marks(Set.of(ref), false, false);
    }

    /** True when nothing is marked. */
    public boolean isEmpty() {
        return refs.isEmpty() && !sensitive && !external;
    }

    /** Both marks together: every reference, sensitive or external when either is. */
    public Marks union(Marks other) {
        if (other == this || other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Set<String> all;
        if (refs.containsAll(other.refs)) {
            all = refs;
        } else {
            all = new LinkedHashSet<>(refs);
            all.addAll(other.refs);
        }
        boolean s = sensitive || other.sensitive;
        boolean x = external || other.external;
        if (all == refs && s == sensitive && x == external) {
            return this;
        }
        return new Marks(all, s, x);
    }

    /** These marks, sensitive. */
    public Marks asSensitive() {
        return sensitive ? this : new Marks(refs, true, external);
    }
}
