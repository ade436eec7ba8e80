package dev.tfguard.loader.hcl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The result of evaluating an expression statically: a known value (plain Java data, {@code null} for Terraform's
 * null) or an unknown one with the reason, plus the absolute references it depends on and whether it derives from
 * a sensitive variable.
 *
 * @param value     the known value, or {@code null}
 * @param known     false when the value cannot be known before apply
 * @param reason    why the value is unknown (for an unknown value)
 * @param refs      absolute traversals the value came through, e.g. {@code module.a.aws_kms_key.k.arn}
 * @param sensitive true when a sensitive variable flows into the value
 * @param mayBeUnset for an unknown value: true when it may also be null or empty (instances disagree)
 * @param external  true when a value from outside the configuration's files (a {@code TF_VAR_} environment
 *                  variable) flows into the value
 */
record Val(Object value, boolean known, String reason, Set<String> refs, boolean sensitive, boolean mayBeUnset,
           boolean external) {

    Val(Object value, boolean known, String reason, Set<String> refs, boolean sensitive) {
        this(value, known, reason, refs, sensitive, false, false);
    }

    Val(Object value, boolean known, String reason, Set<String> refs, boolean sensitive, boolean mayBeUnset) {
        this(value, known, reason, refs, sensitive, mayBeUnset, false);
    }

    /** A value from the environment ({@code TF_VAR_*}): nothing in the configuration's files holds it. */
    static Val fromEnvironment(Object value) {
        return new Val(value, true, null, Set.of(), false, false, true);
    }

    static final Val NULL = new Val(null, true, null, Set.of(), false);

    static Val of(Object value) {
        return new Val(value, true, null, Set.of(), false);
    }

    static Val unknown(String reason) {
        return new Val(null, false, reason, Set.of(), false);
    }

    Val withRefs(Set<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        Set<String> all = new LinkedHashSet<>(refs);
        all.addAll(more);
        return new Val(value, known, reason, all, sensitive, mayBeUnset, external);
    }

    /** This unknown value, marked as one that may also be unset or empty. */
    Val maybeUnset() {
        return new Val(value, known, reason, refs, sensitive, true, external);
    }

    Val withRef(String ref) {
        return withRefs(Set.of(ref));
    }

    Val sensitive(boolean s) {
        return s == sensitive ? this : new Val(value, known, reason, refs, s, mayBeUnset, external);
    }

    /** The references and sensitivity of {@code others} carried over to this value. */
    Val from(Val... others) {
        Val v = this;
        for (Val o : others) {
            v = v.withRefs(o.refs()).sensitive(v.sensitive() || o.sensitive());
            if (o.external() && !v.external()) {
                v = new Val(v.value(), v.known(), v.reason(), v.refs(), v.sensitive(), v.mayBeUnset(), true);
            }
        }
        return v;
    }

    /** An unknown value that keeps what {@code sources} depended on; the first unknown source gives the reason. */
    static Val unknownFrom(String fallback, Val... sources) {
        String reason = fallback;
        for (Val s : sources) {
            if (!s.known()) {
                reason = s.reason();
                break;
            }
        }
        return unknown(reason).from(sources);
    }

    static Val unknownFrom(String fallback, List<Val> sources) {
        return unknownFrom(fallback, sources.toArray(new Val[0]));
    }

    static List<Object> values(List<Val> vals) {
        List<Object> out = new ArrayList<>(vals.size());
        vals.forEach(v -> out.add(v.value()));
        return out;
    }
}
