package dev.tfguard.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Terraform type, as in Terraform's type system: the primitives {@code string}, {@code number}
 * and {@code bool}; the collections {@code list(T)}, {@code set(T)} and {@code map(T)} whose
 * elements share one type; the structural {@code object({...})} and {@code tuple([...])}; and
 * {@code any} ({@link Primitive#DYNAMIC}), which stands for a type not decided yet (an unknown
 * value of any type, or a type constraint that accepts anything).
 *
 * <p>A type constraint of a variable is a type too: an object type may have optional attributes,
 * each with a default ({@code optional(bool, true)}), see {@link ObjectOf}.
 */
public sealed interface Type
        permits Type.Primitive, Type.ListOf, Type.SetOf, Type.MapOf, Type.ObjectOf, Type.TupleOf {

    Type STRING = Primitive.STRING;
    Type NUMBER = Primitive.NUMBER;
    Type BOOL = Primitive.BOOL;
    Type DYNAMIC = Primitive.DYNAMIC;

    /** The primitive types, and {@code DYNAMIC}: any type. */
    enum Primitive implements Type {
        STRING("string"),
        NUMBER("number"),
        BOOL("bool"),
        DYNAMIC("any");

        private final String keyword;

        Primitive(String keyword) {
            this.keyword = keyword;
        }

        @Override
        public String toString() {
            return keyword;
        }
    }

    /** {@code list(element)}: an ordered sequence of values of one type. */
    record ListOf(Type element) implements Type {
        @Override
        public String toString() {
            return "list(" + element + ")";
        }
    }

    /**
     * {@code set(element)}: distinct values of one type; Terraform orders a set of strings
     * lexically.
     */
    record SetOf(Type element) implements Type {
        @Override
        public String toString() {
            return "set(" + element + ")";
        }
    }

    /** {@code map(element)}: string keys to values of one type, ordered by key. */
    record MapOf(Type element) implements Type {
        @Override
        public String toString() {
            return "map(" + element + ")";
        }
    }

    /**
     * {@code object({name = type, ...})}. As a type constraint, {@code optional} names the
     * attributes that may be left out and {@code defaults} the values they then take (absent from
     * {@code defaults}: null).
     */
    record ObjectOf(Map<String, Type> attributes, Set<String> optional, Map<String, Value> defaults)
            implements Type {
        public ObjectOf {
            attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
            optional = Set.copyOf(optional);
            defaults = Map.copyOf(defaults);
        }

        /** An object type without optional attributes. */
        public ObjectOf(Map<String, Type> attributes) {
            this(attributes, Set.of(), Map.of());
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("object({");
            String sep = "";
            for (Map.Entry<String, Type> e : attributes.entrySet()) {
                sb.append(sep).append(e.getKey()).append('=');
                sb.append(
                        optional.contains(e.getKey())
                                ? "optional(" + e.getValue() + ")"
                                : e.getValue());
                sep = ", ";
            }
            return sb.append("})").toString();
        }
    }

    /** {@code tuple([type, ...])}: a fixed sequence of values of their own types. */
    record TupleOf(List<Type> elements) implements Type {
        public TupleOf {
            elements = List.copyOf(elements);
        }

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            elements.forEach(t -> parts.add(t.toString()));
            return "tuple([" + String.join(", ", parts) + "])";
        }
    }

    /** {@code list(element)}. */
    static Type list(Type element) {
        return new ListOf(element);
    }

    /** {@code set(element)}. */
    static Type set(Type element) {
        return new SetOf(element);
    }

    /** {@code map(element)}. */
    static Type map(Type element) {
        return new MapOf(element);
    }

    /** True for string, number and bool. */
    default boolean isPrimitive() {
        return this == STRING || this == NUMBER || this == BOOL;
    }

    /** True for list, set and map types: their elements share one type. */
    default boolean isCollection() {
        return this instanceof ListOf || this instanceof SetOf || this instanceof MapOf;
    }

    /** The element type of a list, set or map type; {@link #DYNAMIC} for any other type. */
    default Type elementType() {
        if (this instanceof ListOf l) {
            return l.element();
        }
        if (this instanceof SetOf s) {
            return s.element();
        }
        if (this instanceof MapOf m) {
            return m.element();
        }
        return DYNAMIC;
    }

    /** True when the type, or a type inside it, is still {@code any}. */
    default boolean hasDynamic() {
        if (this == DYNAMIC) {
            return true;
        }
        if (isCollection()) {
            return elementType().hasDynamic();
        }
        if (this instanceof ObjectOf o) {
            return o.attributes().values().stream().anyMatch(Type::hasDynamic);
        }
        if (this instanceof TupleOf t) {
            return t.elements().stream().anyMatch(Type::hasDynamic);
        }
        return false;
    }

    /**
     * The one type that values of types {@code a} and {@code b} both convert to, as Terraform
     * unifies the branches of a conditional or the elements of a collection: equal types unify to
     * themselves, {@code any} to the other, primitives to string; null when there is none.
     */
    static Type unify(Type a, Type b) {
        if (Objects.equals(a, b)) {
            return a;
        }
        if (a == DYNAMIC) {
            return b;
        }
        if (b == DYNAMIC) {
            return a;
        }
        if (a.isPrimitive() && b.isPrimitive()) {
            return a == STRING || b == STRING
                    ? STRING
                    : null; // a number and a bool have no common type
        }
        if (a instanceof ObjectOf x
                && b instanceof ObjectOf y
                && x.attributes().keySet().equals(y.attributes().keySet())) {
            Map<String, Type> attrs = new LinkedHashMap<>();
            for (String k : x.attributes().keySet()) {
                Type t = unify(x.attributes().get(k), y.attributes().get(k));
                if (t == null) {
                    return null;
                }
                attrs.put(k, t);
            }
            return new ObjectOf(attrs);
        }
        if (a instanceof TupleOf x
                && b instanceof TupleOf y
                && x.elements().size() == y.elements().size()) {
            List<Type> elems = new ArrayList<>();
            for (int i = 0; i < x.elements().size(); i++) {
                Type t = unify(x.elements().get(i), y.elements().get(i));
                if (t == null) {
                    return null;
                }
                elems.add(t);
            }
            return new TupleOf(elems);
        }
        // tuples of different lengths unify to a list, objects with different attributes to a map,
        // as in Terraform
        if (a instanceof TupleOf x && b instanceof TupleOf y) {
            Type e = DYNAMIC;
            for (Type t : concat(x.elements(), y.elements())) {
                e = e == null ? null : unify(e, t);
            }
            return e == null ? null : list(e);
        }
        if (a instanceof ObjectOf x && b instanceof ObjectOf y) {
            Type e = DYNAMIC;
            for (Type t :
                    concat(
                            List.copyOf(x.attributes().values()),
                            List.copyOf(y.attributes().values()))) {
                e = e == null ? null : unify(e, t);
            }
            return e == null ? null : map(e);
        }
        if ((a instanceof TupleOf || a instanceof ListOf)
                && (b instanceof TupleOf || b instanceof ListOf)) {
            Type e = DYNAMIC;
            for (Type t :
                    concat(
                            a instanceof TupleOf x ? x.elements() : List.of(a.elementType()),
                            b instanceof TupleOf y ? y.elements() : List.of(b.elementType()))) {
                e = e == null ? null : unify(e, t);
            }
            return e == null ? null : list(e);
        }
        if (a.getClass() == b.getClass() && a.isCollection()) {
            Type e = unify(a.elementType(), b.elementType());
            return e == null
                    ? null
                    : a instanceof ListOf ? list(e) : a instanceof SetOf ? set(e) : map(e);
        }
        return null;
    }

    private static List<Type> concat(List<Type> a, List<Type> b) {
        List<Type> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The friendly name Terraform uses in messages: {@code string}, {@code list of string}, {@code
     * object}.
     */
    default String friendlyName() {
        if (isPrimitive() || this == DYNAMIC) {
            return toString();
        }
        if (this instanceof ListOf l) {
            return "list of " + l.element().friendlyName();
        }
        if (this instanceof SetOf s) {
            return "set of " + s.element().friendlyName();
        }
        if (this instanceof MapOf m) {
            return "map of " + m.element().friendlyName();
        }
        return this instanceof ObjectOf ? "object" : "tuple";
    }
}
