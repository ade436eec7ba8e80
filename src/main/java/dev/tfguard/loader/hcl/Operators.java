package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.Convert;
import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.model.Marks;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.math.MathContext;

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
        return (t == Type.BOOL ? Value.bool(!c.asBool()) : Value.number(c.asNumber().negate()))
                .withMarks(v.marks());
    }

    /** {@code l op r}. */
    static Value binary(Expr.BinaryOp b, Value l, Value r) {
        Marks marks = l.marks().union(r.marks());
        switch (b.op()) {
            case AND, OR -> {
                boolean and = b.op() == Expr.Operator.AND;
                Boolean x = boolOperand(l, b);
                Boolean y = boolOperand(r, b);
                // false && unknown is false, true || unknown is true, as in Terraform
                if (Boolean.valueOf(!and).equals(x) || Boolean.valueOf(!and).equals(y)) {
                    return Value.bool(!and).withMarks(marks);
                }
                if (x == null || y == null) {
                    return unknownResult(Type.BOOL, l, r, b, marks);
                }
                return Value.bool(and ? x && y : x || y).withMarks(marks);
            }
            case EQUAL, NOT_EQUAL -> {
                boolean eq = b.op() == Expr.Operator.EQUAL;
                if (l.isWhollyKnown() && r.isWhollyKnown()) {
                    return Value.bool(Value.same(l, r) == eq).withMarks(marks);
                }
                // null against a value that cannot be null is decided, as Terraform's refinements
                // decide it
                if (l.isNull() && r.notNull() || r.isNull() && l.notNull()) {
                    return Value.bool(!eq).withMarks(marks);
                }
                return unknownResult(Type.BOOL, l, r, b, marks);
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
                            case ADD -> Value.number(x.add(y));
                            case SUBTRACT -> Value.number(x.subtract(y));
                            case MULTIPLY -> Value.number(x.multiply(y));
                            case DIVIDE -> {
                                if (y.signum() == 0) {
                                    throw new EvalException("division by zero in " + b.source());
                                }
                                yield Value.number(x.divide(y, MathContext.DECIMAL128));
                            }
                            case MODULO -> {
                                if (y.signum() == 0) {
                                    throw new EvalException("modulo by zero in " + b.source());
                                }
                                yield Value.number(x.remainder(y));
                            }
                            case LESS -> Value.bool(x.compareTo(y) < 0);
                            case LESS_OR_EQUAL -> Value.bool(x.compareTo(y) <= 0);
                            case GREATER -> Value.bool(x.compareTo(y) > 0);
                            case GREATER_OR_EQUAL -> Value.bool(x.compareTo(y) >= 0);
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
     * The result of a conditional whose condition is unknown: unknown of type {@code t}, refined by
     * both results as Terraform refines it (not null when neither can be, the string prefix they
     * share).
     */
    static Value eitherResult(Expr.Conditional c, Type t, Value cond, Value a, Value z) {
        String why =
                "depends on "
                        + c.condition().source()
                        + (cond.reason() == null
                                ? ""
                                : ", which " + cond.reason().replaceFirst("^is ", "is "));
        boolean notNull = a.notNull() && z.notNull();
        String prefix = commonPrefix(prefixOf(a), prefixOf(z));
        return new Value.Unknown(
                t,
                why,
                notNull,
                notNull ? prefix : null,
                0,
                -1,
                cond.marks().union(a.marks()).union(z.marks()));
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
