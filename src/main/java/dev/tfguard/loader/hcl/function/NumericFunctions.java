package dev.tfguard.loader.hcl.function;

import static dev.tfguard.loader.hcl.function.Functions.str;

import dev.tfguard.model.BinaryFloat;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * Numeric functions as cty defines them: exact arithmetic where Terraform's arbitrary-precision
 * numbers are exact ({@code abs}, {@code ceil}, {@code floor}, {@code max}, {@code min}, {@code
 * parseint}), and 64-bit floating point where Terraform computes in it ({@code log}, {@code pow}),
 * written back as the shortest decimal.
 */
final class NumericFunctions {

    private NumericFunctions() {}

    static List<FunctionSpec> all() {
        Param n = Param.of("num", Type.NUMBER);
        return List.of(
                FunctionSpec.of(
                        "abs",
                        List.of(n),
                        Type.NUMBER,
                        (a, c) -> Value.number(num(a.get(0)).abs())),
                FunctionSpec.of(
                        "ceil",
                        List.of(n),
                        Type.NUMBER,
                        (a, c) -> Value.number(num(a.get(0)).setScale(0, RoundingMode.CEILING))),
                FunctionSpec.of(
                        "floor",
                        List.of(n),
                        Type.NUMBER,
                        (a, c) -> Value.number(num(a.get(0)).setScale(0, RoundingMode.FLOOR))),
                FunctionSpec.of(
                        "signum",
                        List.of(n),
                        Type.NUMBER,
                        (a, c) -> {
                            BigDecimal x = num(a.get(0));
                            if (x.signum() != 0 && x.stripTrailingZeros().scale() > 0) {
                                throw new EvalException("value must be a whole number");
                            }
                            return Value.number(x.signum());
                        }),
                FunctionSpec.of(
                        "log",
                        List.of(n, Param.of("base", Type.NUMBER)),
                        Type.NUMBER,
                        (a, c) ->
                                fromDouble(
                                        Math.log(num(a.get(0)).doubleValue())
                                                / Math.log(num(a.get(1)).doubleValue()))),
                FunctionSpec.of(
                        "pow",
                        List.of(n, Param.of("power", Type.NUMBER)),
                        Type.NUMBER,
                        (a, c) ->
                                fromDouble(
                                        Math.pow(
                                                num(a.get(0)).doubleValue(),
                                                num(a.get(1)).doubleValue()))),
                FunctionSpec.variadic("max", List.of(), n, Type.NUMBER, (a, c) -> extreme(a, true)),
                FunctionSpec.variadic(
                        "min", List.of(), n, Type.NUMBER, (a, c) -> extreme(a, false)),
                FunctionSpec.of(
                        "parseint",
                        List.of(Param.of("number", Type.STRING), Param.of("base", Type.NUMBER)),
                        Type.NUMBER,
                        NumericFunctions::parseint));
    }

    private static BigDecimal num(Value v) {
        return (BigDecimal) v.known();
    }

    /**
     * A float64 result as Terraform keeps it: a 53-bit number, written as the shortest decimal that
     * reads back as the same float. Infinity and NaN are errors, as they are when Terraform writes
     * the plan.
     */
    static Value fromDouble(double d) {
        if (Double.isInfinite(d) || Double.isNaN(d)) {
            throw new EvalException(
                    "the result is " + (Double.isNaN(d) ? "not a number" : "infinite"));
        }
        return Value.number(BinaryFloat.ofDouble(d));
    }

    private static Value extreme(List<Value> a, boolean max) {
        if (a.isEmpty()) {
            throw new EvalException("must pass at least one number");
        }
        BigDecimal best = num(a.get(0));
        for (Value v : a) {
            int cmp = num(v).compareTo(best);
            if (max ? cmp > 0 : cmp < 0) {
                best = num(v);
            }
        }
        return Value.number(best);
    }

    private static Value parseint(List<Value> a, CallContext c) {
        int base = TextFunctions.wholeNumber(a.get(1), "base");
        if (base < 2 || base > 62) {
            throw new EvalException("base must be a whole number between 2 and 62 inclusive");
        }
        String s = str(a.get(0));
        String digits = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        if (digits.isEmpty()) {
            throw new EvalException("cannot parse \"" + s + "\" as a base " + base + " integer");
        }
        BigInteger out = BigInteger.ZERO;
        BigInteger b = BigInteger.valueOf(base);
        for (char ch : digits.toCharArray()) {
            int d = digit(ch, base);
            if (d < 0 || d >= base) {
                throw new EvalException(
                        "cannot parse \"" + s + "\" as a base " + base + " integer");
            }
            out = out.multiply(b).add(BigInteger.valueOf(d));
        }
        return Value.number(new BigDecimal(s.startsWith("-") ? out.negate() : out));
    }

    /**
     * A digit as Go's {@code big.Int.SetString} reads it: 0-9, a-z, A-Z (upper case 36-61 above
     * base 36).
     */
    private static int digit(char ch, int base) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'a' && ch <= 'z') {
            return ch - 'a' + 10;
        }
        if (ch >= 'A' && ch <= 'Z') {
            return base <= 36 ? ch - 'A' + 10 : ch - 'A' + 36;
        }
        return -1;
    }
}
