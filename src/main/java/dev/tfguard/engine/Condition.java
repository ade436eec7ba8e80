package dev.tfguard.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tfguard.model.Attr;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One declarative test of one attribute, with what an absent attribute means (the provider default,
 * which may depend on another attribute). Operators: {@code present}, {@code absent}, {@code
 * equals}, {@code in}, {@code notIn}, {@code matches}.
 */
final class Condition {

    /** The condition as written in YAML. */
    record Spec(
            String attr, String op, Object value, @JsonProperty("default") Object defaultValue) {}

    /** The outcome of a test on one resource. */
    enum State {
        PASS,
        FAIL,
        UNKNOWN
    }

    /** A test's outcome with the words a message needs: what was found, and why it is unknown. */
    record Outcome(State state, String attr, String actual, String reason) {}

    private final Spec spec;
    private final Pattern pattern;

    Condition(Spec spec, String file) {
        this.spec = spec;
        if (spec.attr() == null || spec.attr().isBlank()) {
            throw new RuleDefinitionException(file, 0, "a condition needs \"attr\"");
        }
        switch (spec.op() == null ? "" : spec.op()) {
            case "present", "absent" -> {}
            case "equals", "in", "notIn", "matches" -> {
                if (spec.value() == null) {
                    throw new RuleDefinitionException(
                            file,
                            0,
                            "condition on "
                                    + spec.attr()
                                    + ": op "
                                    + spec.op()
                                    + " needs \"value\"");
                }
            }
            default ->
                    throw new RuleDefinitionException(
                            file,
                            0,
                            "condition on "
                                    + spec.attr()
                                    + ": unknown op \""
                                    + spec.op()
                                    + "\" (use present, absent, equals, in, notIn or matches)");
        }
        this.pattern =
                spec.op().equals("matches") ? Pattern.compile(String.valueOf(spec.value())) : null;
    }

    String attr() {
        return spec.attr();
    }

    Outcome test(Resource r) {
        Attr a = r.attr(spec.attr());
        Value v = a == null ? Value.NULL : a.value();
        boolean secret = a != null && a.sensitive() || Attr.SECRET_NAMES.contains(spec.attr());
        if (v instanceof Value.Unknown u) {
            return switch (spec.op()) {
                // a value that is set but unknown (a required variable, a resource output) is set
                case "present" ->
                        u.set()
                                ? new Outcome(State.PASS, spec.attr(), "set", null)
                                : new Outcome(State.UNKNOWN, spec.attr(), "unknown", u.reason());
                case "absent" -> new Outcome(State.FAIL, spec.attr(), "set", null);
                default -> new Outcome(State.UNKNOWN, spec.attr(), "unknown", u.reason());
            };
        }
        if (v instanceof Value.Null) {
            return testAbsent(r);
        }
        Object known = v.toJava();
        String shown = secret ? "set" : render(known);
        return new Outcome(compare(known) ? State.PASS : State.FAIL, spec.attr(), shown, null);
    }

    private Outcome testAbsent(Resource r) {
        Object def = spec.defaultValue();
        if (def == null) {
            boolean pass =
                    switch (spec.op()) {
                        case "absent", "notIn" -> true;
                        default -> false;
                    };
            return new Outcome(pass ? State.PASS : State.FAIL, spec.attr(), "not set", null);
        }
        if (def instanceof Map<?, ?> byAttr) {
            // {from: engine, cases: {valkey: true}, else: false}: the provider default depends on
            // another attribute
            String from = String.valueOf(byAttr.get("from"));
            Value other = r.value(from);
            if (other instanceof Value.Unknown u) {
                return new Outcome(
                        State.UNKNOWN,
                        spec.attr(),
                        "not set",
                        spec.attr()
                                + " is not set and its default depends on "
                                + from
                                + ", which is unknown: "
                                + u.reason());
            }
            Object fromValue = other.isKnown() ? other.asString() : byAttr.get("absent");
            Map<?, ?> cases = byAttr.get("cases") instanceof Map<?, ?> m ? m : Map.of();
            Object chosen =
                    fromValue != null && cases.containsKey(String.valueOf(fromValue))
                            ? cases.get(String.valueOf(fromValue))
                            : byAttr.get("else");
            String shown =
                    "not set, and the provider default for "
                            + from
                            + " "
                            + (fromValue == null ? "(not set)" : "\"" + fromValue + "\"")
                            + " is "
                            + render(chosen);
            return new Outcome(compare(chosen) ? State.PASS : State.FAIL, spec.attr(), shown, null);
        }
        return new Outcome(
                compare(def) ? State.PASS : State.FAIL,
                spec.attr(),
                "not set, and the provider default is " + render(def),
                null);
    }

    private boolean compare(Object known) {
        Value v = Value.of(known);
        return switch (spec.op()) {
            case "present" -> known != null && !v.isEmptyKnown();
            case "absent" -> known == null;
            case "equals" -> same(known, spec.value());
            case "in" -> asList(spec.value()).stream().anyMatch(x -> same(known, x));
            case "notIn" -> asList(spec.value()).stream().noneMatch(x -> same(known, x));
            case "matches" ->
                    known != null
                            && v.asString() != null
                            && pattern.matcher(v.asString()).matches();
            default -> throw new IllegalStateException(spec.op());
        };
    }

    /**
     * Terraform's comparison after its conversions: {@code "true"} equals {@code true}, {@code "1"}
     * equals 1.
     */
    static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        Value va = Value.of(a);
        Value vb = Value.of(b);
        if (a instanceof Boolean || b instanceof Boolean) {
            return va.asBool() != null && va.asBool().equals(vb.asBool());
        }
        if (a instanceof Number || b instanceof Number) {
            String sa = va.asString();
            String sb = vb.asString();
            if (sa == null || sb == null) {
                return false; // a list or an object is no number
            }
            try {
                return new BigDecimal(sa).compareTo(new BigDecimal(sb)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return va.asString() != null && va.asString().equals(vb.asString());
    }

    private static List<?> asList(Object o) {
        return o instanceof List<?> l ? l : List.of(o);
    }

    /** How a known value appears in a message: bools and numbers bare, strings quoted. */
    static String render(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof List<?> l) {
            return l.isEmpty() ? "[]" : "a list of " + l.size();
        }
        if (v instanceof Map<?, ?>) {
            return "an object";
        }
        return String.valueOf(v);
    }
}
