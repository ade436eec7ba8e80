package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.Convert;
import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.model.BinaryFloat;
import dev.tfguard.model.Marks;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Terraform's operators on values: arithmetic, comparison, equality, logic and negation, with
 * Terraform's rules for null operands and unknown operands, and the refinements of an unknown
 * conditional's result.
 */
final class Operators {

    private Operators() {}

    /** {@code -v} or {@code !v}. */
    static Value unary(Expr.UnaryOp u, Value v) {
        Type t = u.op() == Expr.Operator.NOT ? Type.BOOL : Type.NUMBER;
        if (v.isNull()) {
            throw new EvalException("the operand of " + u.op().symbol() + " is null");
        }
        if (v instanceof Value.Unknown x) {
            return new Value.Unknown(t, x.reason(), true, null, 0, -1, x.marks());
        }
        Value c = Convert.to(v, t);
        return (t == Type.BOOL
                        ? Value.bool(!c.asBool())
                        : Value.number(BinaryFloat.negate(c.asNumber())))
                .withMarks(v.marks());
    }

    /**
     * {@code l op r}. In Terraform's own view ({@code terraformView}) {@code &&} and {@code ||}
     * evaluate both operands, so {@code false && x} is unknown when x is; judged at apply, it is
     * false whatever x turns out to be.
     */
    static Value binary(Expr.BinaryOp b, Value l, Value r, boolean terraformView) {
        Marks marks = l.marks().union(r.marks());
        switch (b.op()) {
            case AND, OR -> {
                boolean and = b.op() == Expr.Operator.AND;
                Boolean x = boolOperand(l, b);
                Boolean y = boolOperand(r, b);
                if (!terraformView
                        && (Boolean.valueOf(!and).equals(x) || Boolean.valueOf(!and).equals(y))) {
                    return Value.bool(!and).withMarks(marks);
                }
                if (x == null || y == null) {
                    return unknownResult(Type.BOOL, l, r, b, marks);
                }
                return Value.bool(and ? x && y : x || y).withMarks(marks);
            }
            case EQUAL, NOT_EQUAL -> {
                boolean eq = b.op() == Expr.Operator.EQUAL;
                Boolean same = Equality.equal(l, r);
                if (same == null) {
                    return unknownResult(Type.BOOL, l, r, b, marks);
                }
                return Value.bool(same == eq).withMarks(marks);
            }
            default -> {
                boolean compare =
                        switch (b.op()) {
                            case LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL -> true;
                            default -> false;
                        };
                Type result = compare ? Type.BOOL : Type.NUMBER;
                BigDecimal x = operand(l, Type.NUMBER, b);
                BigDecimal y = operand(r, Type.NUMBER, b);
                if (x == null || y == null) {
                    return unknownResult(result, l, r, b, marks);
                }
                Value out =
                        switch (b.op()) {
                            case ADD -> Value.number(BinaryFloat.add(x, y));
                            case SUBTRACT -> Value.number(BinaryFloat.subtract(x, y));
                            case MULTIPLY -> Value.number(BinaryFloat.multiply(x, y));
                            case DIVIDE -> {
                                if (y.signum() == 0) {
                                    throw new EvalException("division by zero in " + b.source());
                                }
                                yield Value.number(BinaryFloat.divide(x, y));
                            }
                            case MODULO -> {
                                if (y.signum() == 0) {
                                    throw new EvalException("modulo by zero in " + b.source());
                                }
                                yield Value.number(BinaryFloat.remainder(x, y));
                            }
                            case LESS -> Value.bool(BinaryFloat.compare(x, y) < 0);
                            case LESS_OR_EQUAL -> Value.bool(BinaryFloat.compare(x, y) <= 0);
                            case GREATER -> Value.bool(BinaryFloat.compare(x, y) > 0);
                            case GREATER_OR_EQUAL -> Value.bool(BinaryFloat.compare(x, y) >= 0);
                            default -> throw new IllegalStateException("operator " + b.op());
                        };
                return out.withMarks(marks);
            }
        }
    }

    /**
     * An operand converted to {@code t} for an operator: its payload, or null when it is unknown;
     * {@link EvalException} when it is null or does not convert.
     */
    private static BigDecimal operand(Value v, Type t, Expr.BinaryOp b) {
        if (v instanceof Value.Unknown) {
            return null;
        }
        if (v.isNull()) {
            throw new EvalException(
                    "an operand of " + b.op().symbol() + " is null in " + b.source());
        }
        return Convert.to(v, t).asNumber();
    }

    /** A bool operand of {@code &&} or {@code ||}, or null when it is unknown. */
    private static Boolean boolOperand(Value v, Expr.BinaryOp b) {
        if (v instanceof Value.Unknown) {
            return null;
        }
        if (v.isNull()) {
            throw new EvalException(
                    "an operand of " + b.op().symbol() + " is null in " + b.source());
        }
        return Convert.to(v, Type.BOOL).asBool();
    }

    private static Value unknownResult(Type t, Value l, Value r, Expr.BinaryOp b, Marks marks) {
        String why =
                l.reason() != null
                        ? l.reason()
                        : r.reason() != null ? r.reason() : "depends on " + b.source();
        return new Value.Unknown(t, why, true, null, 0, -1, marks);
    }

    /**
     * The result of a conditional whose condition is unknown, refined by both results as HCL
     * refines it: null when both are null; not null when neither can be; for two collections of one
     * type, the length bounds both share (a list of known length is a list of unknown elements, a
     * set of one element a set of one unknown element); and, beyond what Terraform records, the
     * string prefix both share.
     */
    static Value eitherResult(Expr.Conditional c, Type t, Value cond, Value a, Value z) {
        Marks marks = cond.marks().union(a.marks()).union(z.marks());
        if (a.isNull() && z.isNull()) {
            return Value.nullOf(t).withMarks(marks);
        }
        String why =
                "depends on "
                        + c.condition().source()
                        + (cond.reason() == null
                                ? ""
                                : ", which " + cond.reason().replaceFirst("^is ", "is "));
        boolean notNull = a.notNull() && z.notNull();
        if (a.type().isCollection() && a.type().equals(z.type())) {
            int lo = Math.min(minLength(a), minLength(z));
            int hi =
                    maxLength(a) < 0 || maxLength(z) < 0
                            ? -1
                            : Math.max(maxLength(a), maxLength(z));
            if (notNull && lo == hi) {
                Value element = Value.unknown(t.elementType(), why);
                List<Value> elements = java.util.Collections.nCopies(lo, element);
                if (t instanceof Type.ListOf) {
                    return Value.list(elements, t.elementType()).withMarks(marks);
                }
                if (t instanceof Type.SetOf && lo < 2) {
                    return Value.set(elements, t.elementType()).withMarks(marks);
                }
                if (lo == 0) {
                    return Value.map(Map.of(), t.elementType()).withMarks(marks);
                }
            }
            return new Value.Unknown(t, why, notNull, null, lo, hi, marks);
        }
        String prefix = commonPrefix(prefixOf(a), prefixOf(z));
        return new Value.Unknown(t, why, notNull, notNull ? prefix : null, 0, -1, marks);
    }

    private static int minLength(Value v) {
        return v instanceof Value.Unknown u ? u.minLength() : v.elements().size();
    }

    private static int maxLength(Value v) {
        if (v.isNull()) {
            return -1;
        }
        return v instanceof Value.Unknown u ? u.maxLength() : v.elements().size();
    }

    private static String prefixOf(Value v) {
        if (v instanceof Value.Unknown u) {
            return u.prefix() == null ? "" : u.prefix();
        }
        return v.known() instanceof String s ? s : "";
    }

    private static String commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n == 0 ? null : a.substring(0, n);
    }
}
