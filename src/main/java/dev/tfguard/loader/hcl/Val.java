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
 */
record Val(Object value, boolean known, String reason, Set<String> refs, boolean sensitive, boolean mayBeUnset) {

    Val(Object value, boolean known, String reason, Set<String> refs, boolean sensitive) {
        this(value, known, reason, refs, sensitive, false);
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
        return new Val(value, known, reason, all, sensitive, mayBeUnset);
    }

    /** This unknown value, marked as one that may also be unset or empty. */
    Val maybeUnset() {
        return new Val(value, known, reason, refs, sensitive, true);
    }

    Val withRef(String ref) {
        return withRefs(Set.of(ref));
    }

    Val sensitive(boolean s) {
        return s == sensitive ? this : new Val(value, known, reason, refs, s, mayBeUnset);
    }

    /** The references and sensitivity of {@code others} carried over to this value. */
    Val from(Val... others) {
        Val v = this;
        for (Val o : others) {
            v = v.withRefs(o.refs()).sensitive(v.sensitive() || o.sensitive());
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
