package dev.tfguard.loader.hcl.function;

import static dev.tfguard.loader.hcl.function.Functions.str;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** IP network functions as Terraform defines them ({@code funcs/cidr.go}), for IPv4 and IPv6. */
final class IpNetFunctions {

    private IpNetFunctions() {}

    /**
     * A parsed prefix: its address as a number (host bits cleared), its length and the address
     * width.
     */
    record Cidr(BigInteger base, int prefix, int bits) {

        static Cidr parse(String s) {
            int slash = s.indexOf('/');
            if (slash < 0) {
                throw new EvalException("invalid CIDR address: " + s);
            }
            byte[] ip = ip(s.substring(0, slash));
            int bits = ip.length * 8;
            int prefix;
            try {
                prefix = Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new EvalException("invalid CIDR address: " + s);
            }
            if (prefix < 0 || prefix > bits) {
                throw new EvalException("invalid CIDR address: " + s);
            }
            BigInteger n = new BigInteger(1, ip);
            BigInteger mask =
                    BigInteger.ONE
                            .shiftLeft(bits)
                            .subtract(BigInteger.ONE)
                            .shiftRight(prefix)
                            .not()
                            .and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
            return new Cidr(n.and(mask), prefix, bits);
        }

        String address(BigInteger n) {
            return format(n, bits);
        }
    }

    static List<FunctionSpec> all() {
        Param prefix = Param.of("prefix", Type.STRING);
        return List.of(
                FunctionSpec.of(
                        "cidrhost",
                        List.of(prefix, Param.of("hostnum", Type.NUMBER)),
                        Type.STRING,
                        (a, c) -> {
                            Cidr cidr = Cidr.parse(str(a.get(0)));
                            BigInteger host = whole(a.get(1));
                            BigInteger size = BigInteger.ONE.shiftLeft(cidr.bits() - cidr.prefix());
                            if (host.signum() < 0) {
                                host = size.add(host);
                            }
                            if (host.signum() < 0 || host.compareTo(size) >= 0) {
                                throw new EvalException(
                                        "prefix of "
                                                + cidr.prefix()
                                                + " does not accommodate a "
                                                + "host numbered "
                                                + whole(a.get(1)));
                            }
                            return Value.string(cidr.address(cidr.base().add(host)));
                        }),
                FunctionSpec.of(
                        "cidrnetmask",
                        List.of(prefix),
                        Type.STRING,
                        (a, c) -> {
                            Cidr cidr = Cidr.parse(str(a.get(0)));
                            if (cidr.bits() != 32) {
                                throw new EvalException("only IPv4 networks have a netmask");
                            }
                            BigInteger all = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);
                            return Value.string(
                                    format(
                                            all.shiftRight(32 - cidr.prefix())
                                                    .shiftLeft(32 - cidr.prefix()),
                                            32));
                        }),
                FunctionSpec.of(
                        "cidrsubnet",
                        List.of(
                                prefix,
                                Param.of("newbits", Type.NUMBER),
                                Param.of("netnum", Type.NUMBER)),
                        Type.STRING,
                        (a, c) -> {
                            Cidr cidr = Cidr.parse(str(a.get(0)));
                            return Value.string(
                                    subnet(cidr, whole(a.get(1)).intValueExact(), whole(a.get(2))));
                        }),
                FunctionSpec.variadic(
                        "cidrsubnets",
                        List.of(prefix),
                        Param.of("newbits", Type.NUMBER),
                        Type.list(Type.STRING),
                        IpNetFunctions::cidrsubnets));
    }

    private static BigInteger whole(Value v) {
        BigDecimal n = (BigDecimal) v.known();
        try {
            return n.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new EvalException("value must be a whole number");
        }
    }

    private static String subnet(Cidr cidr, int newbits, BigInteger netnum) {
        int len = cidr.prefix() + newbits;
        if (newbits < 0 || len > cidr.bits()) {
            throw new EvalException(
                    "insufficient address space to extend prefix of "
                            + cidr.prefix()
                            + " by "
                            + newbits);
        }
        if (netnum.signum() < 0 || netnum.bitLength() > newbits) {
            throw new EvalException(
                    "prefix extension of "
                            + newbits
                            + " does not accommodate a subnet numbered "
                            + netnum);
        }
        BigInteger addr = cidr.base().or(netnum.shiftLeft(cidr.bits() - len));
        return cidr.address(addr) + "/" + len;
    }

    private static Value cidrsubnets(List<Value> a, CallContext c) {
        Cidr cidr = Cidr.parse(str(a.get(0)));
        List<Value> out = new ArrayList<>();
        BigInteger next = cidr.base();
        BigInteger end = cidr.base().add(BigInteger.ONE.shiftLeft(cidr.bits() - cidr.prefix()));
        for (Value nb : a.subList(1, a.size())) {
            int newbits = whole(nb).intValueExact();
            if (newbits < 1) {
                throw new EvalException("must extend prefix by at least one bit");
            }
            int len = cidr.prefix() + newbits;
            if (len > cidr.bits()) {
                throw new EvalException(
                        "would extend prefix to "
                                + len
                                + " bits, which is too long for an "
                                + (cidr.bits() == 32 ? "IPv4" : "IPv6")
                                + " address");
            }
            BigInteger size = BigInteger.ONE.shiftLeft(cidr.bits() - len);
            // align the start up to the subnet's size
            BigInteger start = next.add(size).subtract(BigInteger.ONE).divide(size).multiply(size);
            if (start.add(size).compareTo(end) > 0) {
                throw new EvalException(
                        "not enough remaining address space for a subnet with a prefix of "
                                + len
                                + " bits after "
                                + (out.isEmpty()
                                        ? "the start"
                                        : out.get(out.size() - 1).asString()));
            }
            out.add(Value.string(cidr.address(start) + "/" + len));
            next = start.add(size);
        }
        return Value.list(out, Type.STRING);
    }

    private static byte[] ip(String s) {
        if (s.contains(":")) {
            return ipv6(s);
        }
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            throw new EvalException("invalid IP address: " + s);
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            try {
                if (parts[i].isEmpty()
                        || parts[i].length() > 3
                        || parts[i].length() > 1 && parts[i].startsWith("0")) {
                    throw new NumberFormatException();
                }
                int v = Integer.parseInt(parts[i]);
                if (v > 255) {
                    throw new NumberFormatException();
                }
                out[i] = (byte) v;
            } catch (NumberFormatException e) {
                throw new EvalException("invalid IP address: " + s);
            }
        }
        return out;
    }

    private static byte[] ipv6(String s) {
        int dbl = s.indexOf("::");
        List<String> head = new ArrayList<>();
        List<String> tail = new ArrayList<>();
        if (dbl >= 0) {
            String h = s.substring(0, dbl);
            String t = s.substring(dbl + 2);
            if (!h.isEmpty()) {
                head.addAll(List.of(h.split(":", -1)));
            }
            if (!t.isEmpty()) {
                tail.addAll(List.of(t.split(":", -1)));
            }
        } else {
            head.addAll(List.of(s.split(":", -1)));
        }
        List<Integer> groups = new ArrayList<>();
        for (String g : head) {
            groups.add(group(g, s));
        }
        List<Integer> tg = new ArrayList<>();
        for (String g : tail) {
            tg.add(group(g, s));
        }
        int missing = 8 - groups.size() - tg.size();
        if (missing < 0 || dbl < 0 && missing != 0) {
            throw new EvalException("invalid IP address: " + s);
        }
        for (int i = 0; i < missing; i++) {
            groups.add(0);
        }
        groups.addAll(tg);
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[2 * i] = (byte) (groups.get(i) >> 8);
            out[2 * i + 1] = (byte) (int) groups.get(i);
        }
        return out;
    }

    private static int group(String g, String s) {
        if (g.isEmpty() || g.length() > 4) {
            throw new EvalException("invalid IP address: " + s);
        }
        try {
            return Integer.parseInt(g, 16);
        } catch (NumberFormatException e) {
            throw new EvalException("invalid IP address: " + s);
        }
    }

    /**
     * An address as Go writes it: dotted IPv4, or IPv6 with the longest run of zero groups as
     * {@code ::}.
     */
    static String format(BigInteger n, int bits) {
        if (bits == 32) {
            long v = n.longValue();
            return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
        }
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = n.shiftRight(112 - 16 * i).intValue() & 0xffff;
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
