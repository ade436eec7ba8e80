package dev.tfguard.model;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A number as Terraform holds it: a binary floating-point value of a given precision in bits (cty's
 * numbers are Go's {@code big.Float}: 512 bits for numbers read from text, 64 for counts, lengths
 * and indexes, 53 for the results of float64 functions such as {@code pow}). Its {@link BigDecimal}
 * value is the decimal Terraform writes for it: the shortest that reads back as the same float at
 * its precision ({@code 1/3} is {@code 0.333...3335} with 155 digits, {@code pow(2, 64)} is {@code
 * 18446744073709550000}), so code that reads numbers as decimals sees what Terraform prints.
 * Arithmetic goes through {@link #add}, {@link #multiply}, {@link #divide}, {@link #remainder} and
 * {@link #negate}, which round as Terraform rounds; a plain {@link BigDecimal} stands for the float
 * Terraform reads from its text.
 */
public final class BinaryFloat extends BigDecimal {
    private static final long serialVersionUID = 1L;

    /** The precision of a number Terraform reads from text. */
    public static final int TEXT_BITS = 512;

    /** The magnitude, {@code mantissa * 2^exponent}; the mantissa is not negative. */
    private final BigInteger mantissa;

    private final int exponent;
    private final int bits;
    private final boolean negative;

    private BinaryFloat(BigDecimal shortest, BigInteger m, int e, int bits, boolean negative) {
        super(shortest.unscaledValue(), shortest.scale());
        this.mantissa = m;
        this.exponent = e;
        this.bits = bits;
        this.negative = negative;
    }

    /**
     * Equal to a number with the same decimal value and scale, as {@link BigDecimal} is: the
     * decimal is what Terraform writes, and two numbers Terraform writes alike compare alike.
     */
    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    /** The precision in bits. */
    public int bits() {
        return bits;
    }

    /** True for Terraform's {@code -0}, which keeps its sign ({@code jsonencode(-0)} is "-0"). */
    public boolean isNegativeZero() {
        return negative && mantissa.signum() == 0;
    }

    /** The exact value of the float, which may have many more digits than its text. */
    public BigDecimal exact() {
        BigInteger m = signed();
        return exponent >= 0
                ? new BigDecimal(m.shiftLeft(exponent))
                : new BigDecimal(m.multiply(BigInteger.valueOf(5).pow(-exponent)), -exponent);
    }

    // ---- construction ----

    /**
     * {@code d} as Terraform holds it: read from its text at 512 bits, unless it is one already.
     */
    public static BinaryFloat of(BigDecimal d) {
        if (d instanceof BinaryFloat b) {
            return b;
        }
        BigInteger u = d.unscaledValue();
        boolean neg = u.signum() < 0;
        if (d.scale() <= 0) {
            return round(
                    u.abs().multiply(BigInteger.TEN.pow(-d.scale())),
                    BigInteger.ONE,
                    0,
                    TEXT_BITS,
                    neg);
        }
        return round(u.abs(), BigInteger.TEN.pow(d.scale()), 0, TEXT_BITS, neg);
    }

    /** A count, length or index as Terraform holds it: exact, at 64 bits. */
    public static BinaryFloat ofLong(long n) {
        BigInteger m = BigInteger.valueOf(n).abs();
        return make(m, 0, Math.max(64, m.bitLength()), n < 0);
    }

    /** The result of a float64 function, at 53 bits. */
    public static BinaryFloat ofDouble(double d) {
        BigDecimal exact = new BigDecimal(Math.abs(d));
        boolean neg = d < 0 || d == 0 && 1 / d < 0;
        if (exact.signum() == 0) {
            return make(BigInteger.ZERO, 0, 53, neg);
        }
        BigInteger u = exact.unscaledValue();
        return exact.scale() <= 0
                ? round(u.multiply(BigInteger.TEN.pow(-exact.scale())), BigInteger.ONE, 0, 53, neg)
                : round(u, BigInteger.TEN.pow(exact.scale()), 0, 53, neg);
    }

    /**
     * {@code n} as a plan file keeps it: a whole number that fits 64 bits exactly, another number
     * that a float64 holds exactly as a float64 (written at 53 bits: {@code pow(2, 0.5) * 2} is
     * recorded as {@code 2.8284271247461903}), any other number as its text.
     */
    public static BigDecimal recorded(BigDecimal n) {
        if (!(n instanceof BinaryFloat b) || b.isZero()) {
            return n;
        }
        BigDecimal exact = b.exact();
        boolean whole = exact.stripTrailingZeros().scale() <= 0;
        if (whole || b.mantissa.bitLength() > 53) {
            return n;
        }
        double d = exact.doubleValue();
        return new BigDecimal(d).compareTo(exact) == 0 ? ofDouble(d) : n;
    }

    // ---- arithmetic, as cty does it ----

    /** {@code a + b}, rounded to the larger precision. */
    public static BinaryFloat add(BigDecimal a, BigDecimal b) {
        BinaryFloat x = of(a);
        BinaryFloat y = of(b);
        int e = Math.min(x.exponent, y.exponent);
        BigInteger sum =
                x.signed().shiftLeft(x.exponent - e).add(y.signed().shiftLeft(y.exponent - e));
        int prec = Math.max(x.bits, y.bits);
        if (sum.signum() == 0) {
            // two zeros of one sign keep it; any other exact zero is positive
            return make(
                    BigInteger.ZERO, 0, prec, x.negative && y.negative && x.isZero() && y.isZero());
        }
        return round(sum.abs(), BigInteger.ONE, e, prec, sum.signum() < 0);
    }

    /** {@code a - b}: {@code a + (-b)}. */
    public static BinaryFloat subtract(BigDecimal a, BigDecimal b) {
        return add(a, negate(b));
    }

    /** {@code -a}. */
    public static BinaryFloat negate(BigDecimal a) {
        BinaryFloat x = of(a);
        return make(x.mantissa, x.exponent, x.bits, !x.negative);
    }

    /**
     * {@code a * b}: computed at 512 bits, kept at the larger precision of the operands or what the
     * product needs.
     */
    public static BinaryFloat multiply(BigDecimal a, BigDecimal b) {
        BinaryFloat x = of(a);
        BinaryFloat y = of(b);
        boolean neg = x.negative != y.negative;
        BinaryFloat p =
                round(
                        x.mantissa.multiply(y.mantissa),
                        BigInteger.ONE,
                        x.exponent + y.exponent,
                        TEXT_BITS,
                        neg);
        int prec = Math.max(Math.max(x.bits, y.bits), p.mantissa.bitLength());
        return make(p.mantissa, p.exponent, prec, neg);
    }

    /** {@code a / b} for {@code b} not zero, rounded to the larger precision. */
    public static BinaryFloat divide(BigDecimal a, BigDecimal b) {
        BinaryFloat x = of(a);
        BinaryFloat y = of(b);
        return round(
                x.mantissa,
                y.mantissa,
                x.exponent - y.exponent,
                Math.max(x.bits, y.bits),
                x.negative != y.negative);
    }

    /**
     * {@code a % b} for {@code b} not zero, as cty computes it: {@code a - b * trunc(a / b)}, each
     * step rounded to the precision of {@code a}.
     */
    public static BinaryFloat remainder(BigDecimal a, BigDecimal b) {
        BinaryFloat x = of(a);
        BinaryFloat y = of(b);
        BigInteger q = divide(x, y).exact().toBigInteger();
        BinaryFloat work = round(q.abs(), BigInteger.ONE, 0, x.bits, q.signum() < 0);
        BigInteger product = y.signed().multiply(work.signed());
        int pe = y.exponent + work.exponent;
        BinaryFloat yw =
                product.signum() == 0
                        ? make(BigInteger.ZERO, 0, x.bits, y.negative != work.negative)
                        : round(product.abs(), BigInteger.ONE, pe, x.bits, product.signum() < 0);
        int e = Math.min(x.exponent, yw.exponent);
        BigInteger diff =
                x.signed()
                        .shiftLeft(x.exponent - e)
                        .subtract(yw.signed().shiftLeft(yw.exponent - e));
        if (diff.signum() == 0) {
            return make(BigInteger.ZERO, 0, x.bits, x.negative && !yw.negative && x.isZero());
        }
        return round(diff.abs(), BigInteger.ONE, e, x.bits, diff.signum() < 0);
    }

    /**
     * Terraform's equality of two numbers: whole numbers by value, others by the text Terraform
     * writes for them ({@code -0} equals {@code 0}).
     */
    public static boolean same(BigDecimal a, BigDecimal b) {
        if (!(a instanceof BinaryFloat) && !(b instanceof BinaryFloat)) {
            return a.compareTo(b) == 0;
        }
        BigDecimal x = of(a).exact();
        BigDecimal y = of(b).exact();
        boolean wholeX = x.signum() == 0 || x.stripTrailingZeros().scale() <= 0;
        boolean wholeY = y.signum() == 0 || y.stripTrailingZeros().scale() <= 0;
        if (wholeX || wholeY) {
            return wholeX && wholeY && x.compareTo(y) == 0;
        }
        return of(a).compareTo(of(b)) == 0;
    }

    /** Compares exact values ({@code -0} equals {@code 0}). */
    public static int compare(BigDecimal a, BigDecimal b) {
        if (!(a instanceof BinaryFloat) && !(b instanceof BinaryFloat)) {
            return a.compareTo(b);
        }
        return of(a).exact().compareTo(of(b).exact());
    }

    private boolean isZero() {
        return mantissa.signum() == 0;
    }

    private BigInteger signed() {
        return negative ? mantissa.negate() : mantissa;
    }

    /**
     * {@code num / den * 2^shift} rounded to {@code prec} bits, to nearest, ties to even (Go's
     * {@code big.ToNearestEven}); {@code num} and {@code den} are not negative, {@code den} not
     * zero.
     */
    private static BinaryFloat round(
            BigInteger num, BigInteger den, int shift, int prec, boolean neg) {
        if (num.signum() == 0) {
            return make(BigInteger.ZERO, 0, prec, neg);
        }
        int k = prec - (num.bitLength() - den.bitLength());
        BigInteger q;
        BigInteger r;
        BigInteger d;
        while (true) {
            BigInteger n = k >= 0 ? num.shiftLeft(k) : num;
            d = k >= 0 ? den : den.shiftLeft(-k);
            BigInteger[] qr = n.divideAndRemainder(d);
            q = qr[0];
            r = qr[1];
            if (q.bitLength() > prec) {
                k--;
            } else if (q.bitLength() < prec) {
                k++;
            } else {
                break;
            }
        }
        int c = r.shiftLeft(1).compareTo(d);
        if (c > 0 || c == 0 && q.testBit(0)) {
            q = q.add(BigInteger.ONE);
            if (q.bitLength() > prec) {
                q = q.shiftRight(1);
                k--;
            }
        }
        return make(q, shift - k, prec, neg);
    }

    private static BinaryFloat make(BigInteger m, int e, int prec, boolean neg) {
        if (m.signum() == 0) {
            return new BinaryFloat(BigDecimal.ZERO, m, 0, prec, neg);
        }
        int tz = m.getLowestSetBit();
        BigInteger mm = m.shiftRight(tz);
        int ee = e + tz;
        BigDecimal text = new BigDecimal(shortest(mm, ee, prec));
        return new BinaryFloat(neg ? text.negate() : text, mm, ee, prec, neg);
    }

    // ---- the shortest text, as Go's big.Float writes it with Text('f', -1) ----

    /** Digits {@code 0.d1d2... * 10^exp}, trailing zeros dropped. */
    private record Decimal(StringBuilder digits, int exp) {
        static Decimal of(BigInteger m, int e) {
            if (m.signum() == 0) {
                return new Decimal(new StringBuilder(), 0);
            }
            BigDecimal v =
                    e >= 0
                            ? new BigDecimal(m.shiftLeft(e))
                            : new BigDecimal(m.multiply(BigInteger.valueOf(5).pow(-e)), -e);
            v = v.stripTrailingZeros();
            String s = v.unscaledValue().toString();
            return new Decimal(new StringBuilder(s), s.length() - v.scale());
        }

        char at(int i) {
            return i >= 0 && i < digits.length() ? digits.charAt(i) : '0';
        }

        int length() {
            return digits.length();
        }

        void roundDown(int n) {
            if (n < length()) {
                digits.setLength(n);
                trim();
            }
        }

        Decimal roundUp(int n) {
            if (n >= length()) {
                return this;
            }
            while (n > 0 && digits.charAt(n - 1) >= '9') {
                n--;
            }
            if (n == 0) {
                return new Decimal(new StringBuilder("1"), exp + 1);
            }
            digits.setCharAt(n - 1, (char) (digits.charAt(n - 1) + 1));
            digits.setLength(n);
            return this;
        }

        Decimal round(int n) {
            if (n >= length()) {
                return this;
            }
            boolean up =
                    digits.charAt(n) == '5' && n + 1 == length()
                            ? n > 0 && (digits.charAt(n - 1) - '0') % 2 != 0
                            : digits.charAt(n) >= '5';
            if (up) {
                return roundUp(n);
            }
            roundDown(n);
            return this;
        }

        private void trim() {
            int i = digits.length();
            while (i > 0 && digits.charAt(i - 1) == '0') {
                i--;
            }
            digits.setLength(i);
        }

        String plain() {
            if (digits.length() == 0) {
                return "0";
            }
            StringBuilder out = new StringBuilder();
            if (exp <= 0) {
                out.append("0.").append("0".repeat(-exp)).append(digits);
            } else if (exp >= digits.length()) {
                out.append(digits).append("0".repeat(exp - digits.length()));
            } else {
                out.append(digits, 0, exp).append('.').append(digits, exp, digits.length());
            }
            return out.toString();
        }
    }

    /**
     * The shortest decimal in the interval of values that round to {@code m * 2^e} at {@code prec}
     * bits, found as Go's {@code big.Float} finds it: bounds half a unit in the last place either
     * side (the same on both sides, also at a power of two), inclusive when the mantissa is even.
     */
    private static String shortest(BigInteger m, int e, int prec) {
        int s = m.bitLength() - (prec + 1);
        BigInteger mant = s < 0 ? m.shiftLeft(-s) : m.shiftRight(s);
        int exp = e + s;
        Decimal d = Decimal.of(m, e);
        Decimal lower = Decimal.of(mant.subtract(BigInteger.ONE), exp);
        Decimal upper = Decimal.of(mant.add(BigInteger.ONE), exp);
        boolean inclusive = !mant.testBit(1);
        for (int i = 0; i < d.length(); i++) {
            char l = lower.at(i);
            char u = upper.at(i);
            char c = d.digits().charAt(i);
            boolean okDown = l != c || inclusive && i + 1 == lower.length();
            boolean okUp = c != u && (inclusive || c + 1 < u || i + 1 < upper.length());
            if (okDown && okUp) {
                return d.round(i + 1).plain();
            } else if (okDown) {
                d.roundDown(i + 1);
                return d.plain();
            } else if (okUp) {
                return d.roundUp(i + 1).plain();
            }
        }
        return d.plain();
    }
}
