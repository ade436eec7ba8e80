package dev.tfguard.loader.hcl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfguard.loader.hcl.syntax.Expr;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Terraform functions that decide values rules read. Every other function, and every function whose
 * arguments are unknown, gives an unknown value naming the call; none reads a file or the network.
 */
final class Functions {
    /** Created on first use (jsonencode): a mapper costs start-up time that most scans need not pay. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Writes plain values (most of what jsonencode is given) without a mapper, which takes some 80 ms to make. */
    private static final class JsonWriter {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    private Functions() {
    }

    static Val call(Expr.FunctionCall f, Evaluator ev) {
        String name = f.name();
        // try() and can() tolerate errors in their arguments: an unknown argument is not an error
        if (name.equals("try")) {
            List<Val> seen = new ArrayList<>();
            for (Expr a : f.args()) {
                Val v = ev.eval(a);
                seen.add(v);
                if (v.known()) {
                    return v.from(seen.toArray(new Val[0]));
                }
            }
            return Val.unknownFrom(f.source() + " cannot be evaluated statically", seen);
        }
        if (name.equals("coalesce")) {
            List<Val> seen = new ArrayList<>();
            for (Expr a : f.args()) {
                Val v = ev.eval(a);
                seen.add(v);
                if (!v.known()) {
                    return Val.unknownFrom("", seen);
                }
                if (v.value() != null && !"".equals(v.value())) {
                    return v.from(seen.toArray(new Val[0]));
                }
            }
            return Val.NULL.from(seen.toArray(new Val[0]));
        }
        List<Val> args = new ArrayList<>();
        for (Expr a : f.args()) {
            args.add(ev.eval(a));
        }
        for (Val a : args) {
            if (!a.known()) {
                return Val.unknownFrom("", args);
            }
        }
        if (f.expandFinal() && !args.isEmpty()) {
            Val last = args.remove(args.size() - 1);
            if (last.value() instanceof List<?> l) {
                l.forEach(x -> args.add(Val.of(x).from(last)));
            }
        }
        Object out;
        try {
            out = apply(name, Val.values(args));
        } catch (RuntimeException e) {
            out = NOT_MODELLED;
        }
        if (out == NOT_MODELLED) {
            return Val.unknown(name + "() is not evaluated statically").from(args.toArray(new Val[0]));
        }
        return Val.of(out).from(args.toArray(new Val[0]));
    }

    private static final Object NOT_MODELLED = new Object();

    private static Object apply(String name, List<Object> a) {
        return switch (name) {
            case "can" -> true; // its argument evaluated without error
            case "tobool" -> a.get(0) == null ? null : req(Values.bool(a.get(0)));
            case "tostring" -> a.get(0) == null ? null : req(Values.string(a.get(0)));
            case "tonumber" -> a.get(0) == null ? null : req(Values.number(a.get(0)));
            case "lower" -> str(a, 0).toLowerCase(Locale.ROOT);
            case "upper" -> str(a, 0).toUpperCase(Locale.ROOT);
            case "trimspace" -> str(a, 0).strip();
            case "length" -> BigDecimal.valueOf(a.get(0) instanceof String s ? s.codePointCount(0, s.length())
                    : a.get(0) instanceof List<?> l ? l.size() : ((Map<?, ?>) a.get(0)).size());
            case "lookup" -> {
                Map<?, ?> m = (Map<?, ?>) a.get(0);
                String k = str(a, 1);
                if (m.containsKey(k)) {
                    yield m.get(k);
                }
                yield a.size() > 2 ? a.get(2) : NOT_MODELLED;
            }
            case "contains" -> ((List<?>) a.get(0)).stream().anyMatch(x -> Values.same(x, a.get(1)));
            case "concat" -> {
                List<Object> out = new ArrayList<>();
                a.forEach(x -> out.addAll((List<?>) x));
                yield out;
            }
            case "merge" -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Object x : a) {
                    if (x != null) {
                        ((Map<?, ?>) x).forEach((k, v) -> out.put(String.valueOf(k), v));
                    }
                }
                yield out;
            }
            case "compact" -> ((List<?>) a.get(0)).stream().filter(x -> x != null && !"".equals(x)).toList();
            case "tolist", "toset" -> {
                List<Object> out = new ArrayList<>(name.equals("toset")
                        ? new LinkedHashSet<>((List<?>) a.get(0)) : (List<?>) a.get(0));
                yield out;
            }
            case "tomap" -> a.get(0);
            case "element" -> {
                List<?> l = (List<?>) a.get(0);
                yield l.isEmpty() ? NOT_MODELLED : l.get(Values.number(a.get(1)).intValue() % l.size());
            }
            case "join" -> {
                List<String> parts = new ArrayList<>();
                for (Object x : (List<?>) a.get(1)) {
                    parts.add(req(Values.string(x)));
                }
                yield String.join(str(a, 0), parts);
            }
            case "format" -> format(a);
            case "jsonencode" -> {
                try {
                    String plain = jsonEncode(a.get(0));
                    yield plain != null ? plain : Json.MAPPER.writeValueAsString(a.get(0));
                } catch (IOException e) {
                    yield NOT_MODELLED;
                }
            }
            default -> NOT_MODELLED;
        };
    }

    /**
     * {@code value} as JSON, written as the mapper writes it, when it is made of strings, booleans, numbers, null,
     * lists and maps with string keys; null when it holds anything else.
     */
    private static String jsonEncode(Object value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonWriter.FACTORY.createGenerator(out)) {
            if (!write(g, value)) {
                return null;
            }
        }
        return out.toString();
    }

    private static boolean write(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof BigDecimal n) {
            g.writeNumber(n);
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object x : list) {
                if (!write(g, x)) {
                    return false;
                }
            }
            g.writeEndArray();
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    return false;
                }
                g.writeFieldName(key);
                if (!write(g, e.getValue())) {
                    return false;
                }
            }
            g.writeEndObject();
        } else {
            return false;
        }
        return true;
    }

    private static String format(List<Object> a) {
        String spec = str(a, 0);
        StringBuilder sb = new StringBuilder();
        int arg = 1;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c != '%' || i + 1 >= spec.length()) {
                sb.append(c);
                continue;
            }
            char verb = spec.charAt(++i);
            if (verb == '%') {
                sb.append('%');
            } else if (verb == 's' || verb == 'd' || verb == 'v') {
                sb.append(req(Values.string(a.get(arg++))));
            } else {
                throw new IllegalArgumentException("format verb %" + verb);
            }
        }
        return sb.toString();
    }

    private static String str(List<Object> a, int i) {
        return req(Values.string(a.get(i)));
    }

    private static <T> T req(T v) {
        if (v == null) {
            throw new IllegalArgumentException("wrong argument type");
        }
        return v;
    }
}
