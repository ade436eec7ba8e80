package dev.tfguard.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The value of an attribute as far as static analysis can know it: known, unknown until apply, or absent.
 *
 * <p>Known values are plain Java data: {@link String}, {@link Boolean}, {@link java.math.BigDecimal},
 * {@link List} and {@link Map} (nested blocks are lists of maps). Inside a known collection, an element whose
 * value is unknown is {@link #UNKNOWN_ELEMENT}. A known {@code null} is not a value: Terraform treats an
 * attribute set to {@code null} as unset, so {@link #of(Object)} turns it into {@link #absent()}.
 */
public sealed interface Value permits Value.Known, Value.Unknown, Value.Absent {

    /** Stands for an unknown element inside an otherwise known collection. */
    Object UNKNOWN_ELEMENT = new Object() {
        @Override
        public String toString() {
            return "(known after apply)";
        }
    };

    /** A value that static analysis knows. */
    record Known(Object value) implements Value {
        public Known {
            Objects.requireNonNull(value, "a known value is never null; use Value.absent()");
        }
    }

    /**
     * A value that cannot be known before apply; {@code reason} says why, for the user. {@code set} is true when
     * the attribute certainly has a value (a required variable, a resource's output), false when even that is
     * open (the instances of a {@code count} block disagree, some setting it empty).
     */
    record Unknown(String reason, boolean set) implements Value {
    }

    /** The attribute is not set: the provider's default applies. */
    record Absent() implements Value {
    }

    Absent ABSENT = new Absent();

    static Value of(Object value) {
        return value == null ? ABSENT : new Known(value);
    }

    static Value unknown(String reason) {
        return new Unknown(reason, true);
    }

    /** An unknown value that may also be unset or empty. */
    static Value unknownMaybeUnset(String reason) {
        return new Unknown(reason, false);
    }

    static Value absent() {
        return ABSENT;
    }

    default boolean isKnown() {
        return this instanceof Known;
    }

    default boolean isUnknown() {
        return this instanceof Unknown;
    }

    default boolean isAbsent() {
        return this instanceof Absent;
    }

    /** The known value, or {@code null} when the value is not known. */
    default Object known() {
        return this instanceof Known k ? k.value() : null;
    }

    /**
     * The known value read as a Terraform bool: {@code true}/{@code false}, also the strings {@code "true"} and
     * {@code "false"} (Terraform converts them, and newer AWS providers write nullable booleans that way).
     * {@code null} when the value is not known or is not a bool.
     */
    default Boolean asBool() {
        Object v = known();
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            if (s.equals("true")) {
                return Boolean.TRUE;
            }
            if (s.equals("false")) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    /** The known value as a string (numbers and bools in Terraform's rendering), or {@code null}. */
    default String asString() {
        Object v = known();
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Boolean || v instanceof Number) {
            return v instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : v.toString();
        }
        return null;
    }

    /** True when the known value is empty: an empty string, list or map. */
    default boolean isEmptyKnown() {
        Object v = known();
        return (v instanceof String s && s.isEmpty())
                || (v instanceof List<?> l && l.isEmpty())
                || (v instanceof Map<?, ?> m && m.isEmpty());
    }
}
