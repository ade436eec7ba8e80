package dev.tfguard.loader.hcl.function;

import static dev.tfguard.loader.hcl.function.Functions.str;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code format} and {@code formatlist} as cty implements them: Go's {@code fmt} verbs {@code %v
 * %#v %t %b %d %o %x %X %e %E %f %g %G %s %q %%}, the flags {@code + - # 0} and space, width,
 * precision and explicit argument indexes {@code %[n]}. Numbers are formatted exactly (Terraform's
 * numbers are arbitrary precision); values of the wrong type for a verb are errors.
 */
final class FormatFunctions {

    private FormatFunctions() {}

    static List<FunctionSpec> all() {
        return List.of(
                FunctionSpec.variadic(
                        "format",
                        List.of(Param.of("format", Type.STRING)),
                        Param.of("args", Type.DYNAMIC).nullable().unknowns(),
                        Type.STRING,
                        FormatFunctions::format),
                FunctionSpec.variadic(
                        "formatlist",
                        List.of(Param.of("format", Type.STRING)),
                        Param.of("args", Type.DYNAMIC).nullable().unknowns(),
                        Type.list(Type.STRING),
                        FormatFunctions::formatlist));
    }

    private static Value format(List<Value> a, CallContext c) {
        List<Value> args = a.subList(1, a.size());
        for (Value v : args) {
            if (!v.isWhollyKnown() || v.isNull()) {
                // the text before the first verb is the result's known prefix, as Terraform refines
                // it
                String spec = str(a.get(0));
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < spec.length(); i++) {
                    if (spec.charAt(i) == '%') {
                        if (i + 1 < spec.length() && spec.charAt(i + 1) == '%') {
                            prefix.append('%');
                            i++;
                            continue;
                        }
                        break;
                    }
                    prefix.append(spec.charAt(i));
                }
                return ((Value.Unknown)
                                Functions.unknownOf(
                                        Type.STRING, "format() of a value known only at apply"))
                        .refinePrefix(prefix.toString());
            }
        }
        return Value.string(apply(str(a.get(0)), args));
    }

    private static Value formatlist(List<Value> a, CallContext c) {
        List<Value> args = a.subList(1, a.size());
        int n = -1;
        for (Value v : args) {
            if (v.isUnknown()) {
                return Functions.unknownOf(
                        Type.list(Type.STRING), "formatlist() of a list known only at apply");
            }
            if (v.isSequence()) {
                int len = v.elements().size();
                if (n >= 0 && len != n) {
                    throw new EvalException(
                            "argument has length "
                                    + len
                                    + ", but previous arguments have length "
                                    + n);
                }
                n = len;
            }
        }
        if (n < 0) {
            n = 1;
        }
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Value> row = new ArrayList<>();
            boolean unknown = false;
            for (Value v : args) {
                Value x = v.isSequence() ? v.elements().get(i) : v;
                unknown |= !x.isWhollyKnown() || x.isNull();
                row.add(x);
            }
            out.add(
                    unknown
                            ? Value.unknown(Type.STRING, "known only at apply").refineNotNull()
                            : Value.string(apply(str(a.get(0)), row)));
        }
        return Value.list(out, Type.STRING);
    }

    /** The formatted text; {@link EvalException} for a verb, flag or argument Terraform rejects. */
    static String apply(String spec, List<Value> args) {
        StringBuilder sb = new StringBuilder();
        int next = 0;
        boolean used = false;
        int i = 0;
        while (i < spec.length()) {
            char ch = spec.charAt(i);
            if (ch != '%') {
                sb.append(ch);
                i++;
                continue;
            }
            i++;
            if (i >= spec.length()) {
                throw new EvalException("format string ends with an incomplete verb");
            }
            if (spec.charAt(i) == '%') {
                sb.append('%');
                i++;
                continue;
            }
            boolean minus = false;
            boolean plus = false;
            boolean sharp = false;
            boolean zero = false;
            boolean space = false;
            for (; i < spec.length(); i++) {
                char f = spec.charAt(i);
                if (f == '-') {
                    minus = true;
                } else if (f == '+') {
                    plus = true;
                } else if (f == '#') {
                    sharp = true;
                } else if (f == '0') {
                    zero = true;
                } else if (f == ' ') {
                    space = true;
                } else {
                    break;
                }
            }
            if (i < spec.length() && spec.charAt(i) == '[') {
                int close = spec.indexOf(']', i);
                if (close < 0) {
                    throw new EvalException("unterminated argument index");
                }
                try {
                    next = Integer.parseInt(spec.substring(i + 1, close)) - 1;
                } catch (NumberFormatException e) {
                    throw new EvalException("invalid argument index");
                }
                i = close + 1;
            }
            int width = -1;
            int start = i;
            while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i > start) {
                width = Integer.parseInt(spec.substring(start, i));
            }
            int precision = -1;
            if (i < spec.length() && spec.charAt(i) == '.') {
                i++;
                start = i;
                while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                    i++;
                }
                precision = i > start ? Integer.parseInt(spec.substring(start, i)) : 0;
            }
            if (i >= spec.length()) {
                throw new EvalException("format string ends with an incomplete verb");
            }
            char verb = spec.charAt(i++);
            if (verb == '*') {
                throw new EvalException("star-prefixed width and precision are not supported");
            }
            if (next < 0 || next >= args.size()) {
                throw new EvalException("not enough arguments for %" + verb + " at " + (i - 1));
            }
            Value arg = args.get(next++);
            used = true;
            String text = verb(verb, arg, sharp, plus, space, precision);
            sb.append(pad(text, width, minus, zero && !minus && "bdoxXeEfgG".indexOf(verb) >= 0));
        }
        if (!used && !args.isEmpty()
                || next < args.size() && countVerbs(spec) < args.size() && !usesIndex(spec)) {
            throw new EvalException("too many arguments; only " + next + " used by format string");
        }
        return sb.toString();
    }

    private static int countVerbs(String spec) {
        int n = 0;
        for (int i = 0; i < spec.length(); i++) {
            if (spec.charAt(i) == '%') {
                if (i + 1 < spec.length() && spec.charAt(i + 1) == '%') {
                    i++;
                } else {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean usesIndex(String spec) {
        return spec.contains("%[") || spec.matches("(?s).*%[-+# 0]*\\[.*");
    }

    private static String verb(
            char verb, Value arg, boolean sharp, boolean plus, boolean space, int precision) {
        switch (verb) {
            case 'v' -> {
                if (sharp || arg.isSequence() || arg.isMapping()) {
                    return EncodingJson.encode(arg);
                }
                if (arg.kind() == Value.Kind.NUMBER) {
                    return gShortest((BigDecimal) arg.known(), false);
                }
                return arg.asString();
            }
            case 's' -> {
                String s = Convert.to(arg, Type.STRING).asString();
                return precision >= 0 ? truncate(s, precision) : s;
            }
            case 'q' -> {
                String s = Convert.to(arg, Type.STRING).asString();
                return goQuote(precision >= 0 ? truncate(s, precision) : s);
            }
            case 't' -> {
                return Convert.to(arg, Type.BOOL).asString();
            }
            case 'd', 'b', 'o', 'x', 'X' -> {
                BigDecimal n = Convert.to(arg, Type.NUMBER).asNumber();
                BigInteger whole;
                try {
                    whole = n.toBigIntegerExact();
                } catch (ArithmeticException e) {
                    throw new EvalException("%" + verb + " requires an integer");
                }
                int radix =
                        switch (verb) {
                            case 'b' -> 2;
                            case 'o' -> 8;
                            case 'x', 'X' -> 16;
                            default -> 10;
                        };
                String digits = whole.abs().toString(radix);
                if (verb == 'X') {
                    digits = digits.toUpperCase(java.util.Locale.ROOT);
                }
                if (sharp) {
                    digits =
                            switch (verb) {
                                case 'x' -> "0x" + digits;
                                case 'X' -> "0X" + digits;
                                case 'o' -> "0" + digits;
                                case 'b' -> "0b" + digits;
                                default -> digits;
                            };
                }
                return sign(whole.signum() < 0, plus, space) + digits;
            }
            case 'e', 'E', 'f', 'g', 'G' -> {
                BigDecimal n = Convert.to(arg, Type.NUMBER).asNumber();
                String body =
                        switch (verb) {
                            case 'f' ->
                                    n.abs()
                                            .setScale(
                                                    precision < 0 ? 6 : precision,
                                                    RoundingMode.HALF_EVEN)
                                            .toPlainString();
                            case 'e', 'E' ->
                                    exponent(n.abs(), precision < 0 ? 6 : precision, verb == 'E');
                            default ->
                                    precision < 0
                                            ? gShortest(n.abs(), verb == 'G')
                                            : gPrecision(
                                                    n.abs(),
                                                    precision == 0 ? 1 : precision,
                                                    verb == 'G');
                        };
                return sign(n.signum() < 0, plus, space) + body;
            }
            default -> throw new EvalException("unsupported format verb %" + verb);
        }
    }

    private static String sign(boolean negative, boolean plus, boolean space) {
        return negative ? "-" : plus ? "+" : space ? " " : "";
    }

    private static String truncate(String s, int runes) {
        int end = 0;
        for (int k = 0; k < runes && end < s.length(); k++) {
            end += Character.charCount(s.codePointAt(end));
        }
        return s.substring(0, end);
    }

    /**
     * Pads to {@code width} runes: spaces on the left (or right with {@code -}), zeros after the
     * sign.
     */
    private static String pad(String s, int width, boolean left, boolean zeros) {
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        String fill = (zeros ? "0" : " ").repeat(width - len);
        if (left) {
            return s + fill;
        }
        if (zeros
                && !s.isEmpty()
                && (s.charAt(0) == '-' || s.charAt(0) == '+' || s.charAt(0) == ' ')) {
            return s.charAt(0) + fill + s.substring(1);
        }
        return fill + s;
    }

    /** {@code d.ddddde±XX} with {@code precision} digits after the point. */
    private static String exponent(BigDecimal n, int precision, boolean upper) {
        String mantissa;
        int exp;
        if (n.signum() == 0) {
            mantissa = precision == 0 ? "0" : "0." + "0".repeat(precision);
            exp = 0;
        } else {
            BigDecimal r = n.round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            exp = r.precision() - r.scale() - 1;
            BigDecimal m = r.movePointLeft(exp).setScale(precision, RoundingMode.HALF_EVEN);
            mantissa = m.toPlainString();
        }
        return mantissa
                + (upper ? "E" : "e")
                + (exp < 0 ? "-" : "+")
                + (Math.abs(exp) < 10 ? "0" : "")
                + Math.abs(exp);
    }

    /**
     * Go's {@code %g} with the shortest representation: exponent form below 1e-4 and from 1e6 on.
     */
    static String gShortest(BigDecimal n, boolean upper) {
        if (n.signum() == 0) {
            return "0";
        }
        BigDecimal s = n.stripTrailingZeros();
        int exp = s.precision() - s.scale() - 1;
        boolean negative = s.signum() < 0;
        if (exp < -4 || exp >= 6) {
            String digits = s.unscaledValue().abs().toString();
            String m = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (negative ? "-" : "")
                    + m
                    + (upper ? "E" : "e")
                    + (exp < 0 ? "-" : "+")
                    + (Math.abs(exp) < 10 ? "0" : "")
                    + Math.abs(exp);
        }
        return s.toPlainString();
    }

    private static String gPrecision(BigDecimal n, int precision, boolean upper) {
        if (n.signum() == 0) {
            return "0";
        }
        BigDecimal r =
                n.round(new MathContext(precision, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int exp = r.precision() - r.scale() - 1;
        if (exp < -4 || exp >= precision) {
            String digits = r.unscaledValue().abs().toString();
            String m = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return m
                    + (upper ? "E" : "e")
                    + (exp < 0 ? "-" : "+")
                    + (Math.abs(exp) < 10 ? "0" : "")
                    + Math.abs(exp);
        }
        return r.toPlainString();
    }

    /** Go's {@code strconv.Quote}: printable characters kept, the rest escaped. */
    private static String goQuote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints()
                .forEach(
                        cp -> {
                            switch (cp) {
                                case '"' -> sb.append("\\\"");
                                case '\\' -> sb.append("\\\\");
                                case '\n' -> sb.append("\\n");
                                case '\t' -> sb.append("\\t");
                                case '\r' -> sb.append("\\r");
                                case 7 -> sb.append("\\a");
                                case 8 -> sb.append("\\b");
                                case 12 -> sb.append("\\f");
                                case 11 -> sb.append("\\v");
                                default -> {
                                    if (cp < 0x20 || cp == 0x7f) {
                                        sb.append(String.format("\\x%02x", cp));
                                    } else if (!Character.isDefined(cp)
                                            || Character.getType(cp) == Character.FORMAT
                                            || Character.getType(cp) == Character.LINE_SEPARATOR
                                            || Character.getType(cp)
                                                    == Character.PARAGRAPH_SEPARATOR) {
                                        sb.append(
                                                cp > 0xffff
                                                        ? String.format("\\U%08x", cp)
                                                        : String.format("\\u%04x", cp));
                                    } else {
                                        sb.appendCodePoint(cp);
                                    }
                                }
                            }
                        });
        return sb.append('"').toString();
    }
}
