package dev.tfguard.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Terraform value as static analysis knows it, in the manner of Terraform's own value model:
 * {@link Known known}, {@link Null null}, or {@link Unknown unknown until apply}, at any depth. A
 * known list may hold unknown or null elements, a known object unknown attributes; an unknown value
 * keeps what is known about it (its type, that it is not null, a string prefix, bounds on a
 * collection's length). Every value carries {@link Marks}: the references it came through,
 * sensitivity, and whether it comes from outside the files.
 *
 * <p>Known payloads: {@link String}, {@link BigDecimal}, {@link Boolean}, {@code List<Value>}
 * (list, set, tuple) and {@code Map<String, Value>} (map, object; ordered by key, as Terraform
 * orders them). Nested blocks are lists of objects. An attribute set to {@code null} is unset in
 * Terraform: the provider's default applies, so a rule reads {@link #isNull()} as "not set".
 *
 * <p>Rules read values through {@link #isKnown()}, {@link #isNull()}, {@link #isUnknown()}, {@link
 * #asString()}, {@link #asBool()}, {@link #asNumber()}, {@link #get(String)}, {@link #get(int)},
 * {@link #elements()} and {@link #notNull()}; a value built from plain Java data (tests, plans)
 * comes from {@link #of(Object)}.
 */
public sealed interface Value permits Value.Known, Value.Unknown, Value.Null {

    /** What a known value is: a primitive, or which kind of collection or structure. */
    enum Kind {
        STRING,
        NUMBER,
        BOOL,
        LIST,
        SET,
        TUPLE,
        MAP,
        OBJECT
    }

    /**
     * A known value: not null, not unknown at the top (elements may be).
     *
     * @param value the payload, see {@link Value}
     * @param kind what the payload is
     * @param elementType for a list, set or map: the element type when declared (a conversion),
     *     else null
     * @param marks provenance
     */
    record Known(Object value, Kind kind, Type elementType, Marks marks) implements Value {
        public Known {
            Objects.requireNonNull(value, "a known value is never null; use Value.NULL");
        }

        @Override
        public Type type() {
            return Values.typeOf(this);
        }

        @Override
        public Value withMarks(Marks more) {
            Marks m = marks.union(more);
            return m == marks ? this : new Known(value, kind, elementType, m);
        }

        @Override
        public String toString() {
            return Values.render(this);
        }
    }

    /**
     * A value that is known only at apply, with what is known about it already (Terraform's
     * refinements).
     *
     * @param type its type; {@link Type#DYNAMIC} when not even that is known
     * @param reason why it is unknown, for the user
     * @param notNull true when it certainly is not null (a resource's {@code id}, the result of an
     *     operator)
     * @param prefix a known start of a string value (a template starting with text), or null
     * @param minLength a lower bound on a collection's length (0 when none)
     * @param maxLength an upper bound on a collection's length, or -1 when none
     * @param marks provenance
     * @param json for a string that is JSON text ({@code jsonencode} of a value holding unknowns, a
     *     policy document data source's {@code json}): the value it encodes, unknown parts and all;
     *     else null. Rules read the structure where the text cannot be known.
     */
    record Unknown(
            Type type,
            String reason,
            boolean notNull,
            String prefix,
            int minLength,
            int maxLength,
            Marks marks,
            Value json)
            implements Value {

        public Unknown(
                Type type,
                String reason,
                boolean notNull,
                String prefix,
                int minLength,
                int maxLength,
                Marks marks) {
            this(type, reason, notNull, prefix, minLength, maxLength, marks, null);
        }

        /** The same unknown string, known to be the JSON encoding of {@code structure}. */
        public Unknown encoding(Value structure) {
            return new Unknown(
                    type, reason, notNull, prefix, minLength, maxLength, marks, structure);
        }

        /** The same unknown value, which may be null. */
        public Unknown maybeNull() {
            return notNull
                    ? new Unknown(type, reason, false, prefix, minLength, maxLength, marks, json)
                    : this;
        }

        /** The same unknown value, certainly not null. */
        public Unknown refineNotNull() {
            return notNull
                    ? this
                    : new Unknown(type, reason, true, prefix, minLength, maxLength, marks, json);
        }

        /** The same unknown value, with a known string prefix. */
        public Unknown refinePrefix(String p) {
            String known = p == null || p.isEmpty() ? null : p;
            return new Unknown(type, reason, true, known, minLength, maxLength, marks, json);
        }

        /** The same unknown value, with bounds on its length ({@code max} -1 for none). */
        public Unknown refineLength(int min, int max) {
            return new Unknown(type, reason, true, prefix, min, max, marks, json);
        }

        /** The same unknown value, of type {@code t}. */
        public Unknown withType(Type t) {
            return new Unknown(t, reason, notNull, prefix, minLength, maxLength, marks, json);
        }

        /** The same unknown value, saying {@code why}. */
        public Unknown because(String why) {
            return new Unknown(type, why, notNull, prefix, minLength, maxLength, marks, json);
        }

        /**
         * Kept for rules that read "is the attribute certainly set": the same as {@link
         * #notNull()}.
         */
        public boolean set() {
            return notNull;
        }

        @Override
        public Value withMarks(Marks more) {
            Marks m = marks.union(more);
            return m == marks
                    ? this
                    : new Unknown(type, reason, notNull, prefix, minLength, maxLength, m, json);
        }

        @Override
        public String toString() {
            return "(known after apply)";
        }
    }

    /**
     * Terraform's null: for a resource argument, not set (the provider's default applies).
     *
     * @param type its type; {@link Type#DYNAMIC} for a bare {@code null}
     * @param marks provenance
     */
    record Null(Type type, Marks marks) implements Value {
        @Override
        public Value withMarks(Marks more) {
            Marks m = marks.union(more);
            return m == marks ? this : new Null(type, m);
        }

        @Override
        public String toString() {
            return "null";
        }
    }

    /** A bare {@code null}. */
    Value NULL = new Null(Type.DYNAMIC, Marks.NONE);

    Value TRUE = new Known(Boolean.TRUE, Kind.BOOL, null, Marks.NONE);
    Value FALSE = new Known(Boolean.FALSE, Kind.BOOL, null, Marks.NONE);

    // ---- construction ----

    /**
     * A string, in Unicode normal form C as Terraform keeps every string ({@code "e\u0301"} is
     * {@code "é"}).
     */
    static Value string(String s) {
        return new Known(Values.nfc(s), Kind.STRING, null, Marks.NONE);
    }

    static Value number(BigDecimal n) {
        return new Known(n, Kind.NUMBER, null, Marks.NONE);
    }

    static Value number(long n) {
        return number(BigDecimal.valueOf(n));
    }

    static Value bool(boolean b) {
        return b ? TRUE : FALSE;
    }

    /** A tuple: what {@code [a, b]} makes. */
    static Value tuple(List<Value> elements) {
        return new Known(
                Collections.unmodifiableList(new ArrayList<>(elements)),
                Kind.TUPLE,
                null,
                Marks.NONE);
    }

    /** A list; {@code elementType} may be null (then the elements' unified type). */
    static Value list(List<Value> elements, Type elementType) {
        return new Known(
                Collections.unmodifiableList(new ArrayList<>(elements)),
                Kind.LIST,
                elementType,
                Marks.NONE);
    }

    /**
     * A set: duplicates dropped; strings, numbers and bools in Terraform's order (lexical, numeric,
     * false first), other elements in the order given.
     */
    static Value set(List<Value> elements, Type elementType) {
        return new Known(
                Collections.unmodifiableList(Values.setElements(elements)),
                Kind.SET,
                elementType,
                Marks.NONE);
    }

    /** An object: what {@code {a = 1}} makes; attributes ordered by name. */
    static Value object(Map<String, Value> attributes) {
        return new Known(
                Collections.unmodifiableMap(Values.sorted(attributes)),
                Kind.OBJECT,
                null,
                Marks.NONE);
    }

    /** A map; {@code elementType} may be null (then the elements' unified type). */
    static Value map(Map<String, Value> elements, Type elementType) {
        return new Known(
                Collections.unmodifiableMap(Values.sorted(elements)),
                Kind.MAP,
                elementType,
                Marks.NONE);
    }

    /** A null of type {@code t}. */
    static Value nullOf(Type t) {
        return t == Type.DYNAMIC ? NULL : new Null(t, Marks.NONE);
    }

    /** An unknown value that will not be null, with the reason; its type is not known. */
    static Unknown unknown(String reason) {
        return new Unknown(Type.DYNAMIC, reason, true, null, 0, -1, Marks.NONE);
    }

    /**
     * An unknown value of type {@code t} that may be null: what Terraform itself knows of an
     * unknown.
     */
    static Unknown unknown(Type t, String reason) {
        return new Unknown(t, reason, false, null, 0, -1, Marks.NONE);
    }

    /**
     * A value from plain Java data: {@code null}, {@link String}, {@link Boolean}, {@link Number},
     * {@link List} (a list), {@link Map} (an object), or a {@link Value} kept as it is.
     */
    static Value of(Object o) {
        return Values.of(o);
    }

    // ---- what every value has ----

    /** Its type ({@link Type#DYNAMIC} when not known). */
    Type type();

    /** Its provenance. */
    Marks marks();

    /** This value with {@code more} marks added. */
    Value withMarks(Marks more);

    /** This value with the marks of {@code others} added. */
    default Value from(Value... others) {
        Value v = this;
        for (Value o : others) {
            v = v.withMarks(o.marks());
        }
        return v;
    }

    /** True when the value, or any value inside it, is marked sensitive. */
    default boolean sensitive() {
        return marks().sensitive();
    }

    default boolean isKnown() {
        return this instanceof Known;
    }

    default boolean isUnknown() {
        return this instanceof Unknown;
    }

    /** True for Terraform's null: for an attribute, not set. */
    default boolean isNull() {
        return this instanceof Null;
    }

    /** True when the value is certainly not null: known, or unknown refined so. */
    default boolean notNull() {
        return this instanceof Known || this instanceof Unknown u && u.notNull();
    }

    /** Why the value is unknown; null for a known or null value. */
    default String reason() {
        return this instanceof Unknown u ? u.reason() : null;
    }

    /** True when the value is known and no value inside it is unknown. */
    default boolean isWhollyKnown() {
        return Values.whollyKnown(this);
    }

    /**
     * The payload of a known value (see {@link Value}), or {@code null} when the value is null or
     * unknown.
     */
    default Object known() {
        return this instanceof Known k ? k.value() : null;
    }

    /** The kind of a known value, or null. */
    default Kind kind() {
        return this instanceof Known k ? k.kind() : null;
    }

    /**
     * The known value read as a Terraform bool: {@code true}/{@code false}, also the strings {@code
     * "true"} and {@code "false"} (Terraform converts them, and newer AWS providers write nullable
     * booleans that way). {@code null} when the value is not known or is not a bool.
     */
    default Boolean asBool() {
        Object v = known();
        if (v instanceof Boolean b) {
            return b;
        }
        if ("true".equals(v)) {
            return Boolean.TRUE;
        }
        if ("false".equals(v)) {
            return Boolean.FALSE;
        }
        return null;
    }

    /**
     * The known value as a string (numbers and bools in Terraform's rendering), or {@code null}.
     */
    default String asString() {
        Object v = known();
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof BigDecimal d) {
            return numberText(d);
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        return null;
    }

    /**
     * The known value as a number (a string converts as Terraform converts it), or {@code null}.
     */
    default BigDecimal asNumber() {
        Object v = known();
        if (v instanceof BigDecimal d) {
            return d;
        }
        return v instanceof String s ? Values.number(s) : null;
    }

    /** True when the known value is empty: an empty string or collection. */
    default boolean isEmptyKnown() {
        Object v = known();
        return (v instanceof String s && s.isEmpty())
                || (v instanceof List<?> l && l.isEmpty())
                || (v instanceof Map<?, ?> m && m.isEmpty());
    }

    /** True for a known list, set or tuple. */
    default boolean isSequence() {
        return known() instanceof List<?>;
    }

    /** True for a known map or object. */
    default boolean isMapping() {
        return known() instanceof Map<?, ?>;
    }

    /**
     * The elements of a known list, set or tuple, or the values of a known map or object; empty for
     * anything else (use {@link #isKnown()} to tell an unknown collection from an empty one).
     */
    @SuppressWarnings("unchecked")
    default List<Value> elements() {
        Object v = known();
        if (v instanceof List<?> l) {
            return (List<Value>) l;
        }
        if (v instanceof Map<?, ?> m) {
            return List.copyOf((java.util.Collection<Value>) m.values());
        }
        return List.of();
    }

    /** The attributes of a known object or the entries of a known map; empty for anything else. */
    @SuppressWarnings("unchecked")
    default Map<String, Value> attributes() {
        return known() instanceof Map<?, ?> m ? (Map<String, Value>) m : Map.of();
    }

    /**
     * The attribute or map entry {@code name}, carrying this value's marks: null when this is null
     * or has no such attribute; unknown (maybe null) when this is unknown.
     */
    default Value get(String name) {
        if (this instanceof Unknown u) {
            return Value.unknown(Type.DYNAMIC, u.reason()).withMarks(u.marks());
        }
        Value e = attributes().get(name);
        return e == null ? NULL.withMarks(marks()) : e.withMarks(marks().passedTo(e.marks()));
    }

    /**
     * Element {@code i} of a known list, set or tuple (null when out of range); unknown when this
     * is unknown.
     */
    default Value get(int i) {
        if (this instanceof Unknown u) {
            return Value.unknown(Type.DYNAMIC, u.reason()).withMarks(u.marks());
        }
        List<Value> l = known() instanceof List<?> ? elements() : List.of();
        Value e = i >= 0 && i < l.size() ? l.get(i) : null;
        return e == null ? NULL.withMarks(marks()) : e.withMarks(marks().passedTo(e.marks()));
    }

    /**
     * Plain Java data for the value: {@code null}, {@link String}, {@link Boolean}, {@link
     * BigDecimal}, {@link List}, {@link Map}; an unknown part stays an {@link Unknown}.
     */
    default Object toJava() {
        return Values.toJava(this);
    }

    // ---- helpers ----

    /**
     * Terraform's {@code ==} on values whose parts are known: same type and same content (numbers
     * by value, a list is not a tuple); marks do not count. Unknown parts compare equal only to the
     * same object.
     */
    static boolean same(Value a, Value b) {
        return Values.same(a, b);
    }

    /**
     * A number as Terraform writes it: no exponent, no trailing zeros ({@code 1000}, {@code 2.5}).
     */
    static String numberText(BigDecimal d) {
        return Values.numberText(d);
    }
}
