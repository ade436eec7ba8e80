package dev.tfguard.model;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where a {@link Value} came from, carried through every operation like Terraform's value marks:
 * the absolute references it depends on, whether a sensitive variable flows into it, whether a
 * value from outside the configuration's files (a {@code TF_VAR_} environment variable) does, and
 * the places in variable definition files ({@code .tfvars}) where the values that flow into it are
 * written.
 *
 * @param refs absolute traversals the value came through, e.g. {@code module.a.aws_kms_key.k.arn}
 * @param sensitive true when a sensitive variable flows into the value
 * @param external true when a value from outside the configuration's files flows into the value
 * @param origins where the {@code .tfvars} values that flow into the value are written (the line of
 *     the value itself for an element of a map, object or list written there); empty when none does
 */
public record Marks(Set<String> refs, boolean sensitive, boolean external, Set<SourceRef> origins) {

    /** No references, not sensitive, held in the files. */
    public static final Marks NONE = new Marks(Set.of(), false, false, Set.of());

    public Marks {
        refs =
                refs.isEmpty()
                        ? Set.of()
                        : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(refs));
        origins =
                origins.isEmpty()
                        ? Set.of()
                        : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(origins));
    }

    /** Marks without {@code .tfvars} origins. */
    public Marks(Set<String> refs, boolean sensitive, boolean external) {
        this(refs, sensitive, external, Set.of());
    }

    /** Marks with one more reference. */
    public static Marks ref(String ref) {
        return new Marks(Set.of(ref), false, false);
    }

    /** The marks of a value written at {@code at} in a {@code .tfvars} file. */
    public static Marks origin(SourceRef at) {
        return new Marks(Set.of(), false, false, Set.of(at));
    }

    /** True when nothing is marked. */
    public boolean isEmpty() {
        return refs.isEmpty() && !sensitive && !external && origins.isEmpty();
    }

    /** Both marks together: every reference and origin, sensitive or external when either is. */
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
        Set<SourceRef> from;
        if (origins.containsAll(other.origins)) {
            from = origins;
        } else {
            from = new LinkedHashSet<>(origins);
            from.addAll(other.origins);
        }
        boolean s = sensitive || other.sensitive;
        boolean x = external || other.external;
        if (all == refs && from == origins && s == sensitive && x == external) {
            return this;
        }
        return new Marks(all, s, x, from);
    }

    /** These marks, sensitive. */
    public Marks asSensitive() {
        return sensitive ? this : new Marks(refs, true, external, origins);
    }

    /** These marks, not sensitive ({@code nonsensitive()}). */
    public Marks withoutSensitive() {
        return sensitive ? new Marks(refs, false, external, origins) : this;
    }

    /**
     * The marks that a collection with these marks passes to its element whose own marks are {@code
     * element}: all of them, except that an element with its own origin keeps only that one (the
     * line of {@code encrypt = false} inside {@code cache = { ... }} in a {@code .tfvars} file, not
     * the line of {@code cache}).
     */
    public Marks passedTo(Marks element) {
        if (origins.isEmpty() || element.origins.isEmpty()) {
            return this;
        }
        return new Marks(refs, sensitive, external, Set.of());
    }
}
