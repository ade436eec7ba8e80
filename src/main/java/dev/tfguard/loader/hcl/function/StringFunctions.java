package dev.tfguard.loader.hcl.function;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.tfguard.loader.hcl.function.Functions.str;

/** String functions: {@code lower}, {@code upper}, {@code trimspace}, {@code join}, {@code format}. */
final class StringFunctions {

    private StringFunctions() {
    }

    static List<FunctionSpec> all() {
        Param s = Param.of("str", Type.STRING);
        return List.of(
                FunctionSpec.of("lower", List.of(s), Type.STRING,
                        (a, c) -> Value.string(str(a.get(0)).toLowerCase(Locale.ROOT))),
                FunctionSpec.of("upper", List.of(s), Type.STRING,
                        (a, c) -> Value.string(str(a.get(0)).toUpperCase(Locale.ROOT))),
                FunctionSpec.of("trimspace", List.of(s), Type.STRING,
                        (a, c) -> Value.string(str(a.get(0)).strip())),
                FunctionSpec.variadic("join", List.of(Param.of("separator", Type.STRING)),
                        Param.of("lists", Type.list(Type.STRING)), Type.STRING, StringFunctions::join),
                FunctionSpec.variadic("format", List.of(Param.of("format", Type.STRING)),
                        new Param("args", Type.DYNAMIC, true, false), Type.STRING, StringFunctions::format));
    }

    private static Value join(List<Value> a, CallContext c) {
        if (a.size() < 2) {
            throw new EvalException("join() needs at least one list");
        }
        List<String> parts = new ArrayList<>();
        for (Value list : a.subList(1, a.size())) {
            for (Value e : list.elements()) {
                if (e.isNull()) {
                    throw new EvalException("join() of a list with a null element");
                }
                parts.add(str(e));
            }
        }
        return Value.string(String.join(str(a.get(0)), parts));
    }

    /** {@code format} with the verbs {@code %s}, {@code %d}, {@code %v} and {@code %%}. */
    private static Value format(List<Value> a, CallContext c) {
        String spec = str(a.get(0));
        StringBuilder sb = new StringBuilder();
        int arg = 1;
        for (int i = 0; i < spec.length(); i++) {
            char ch = spec.charAt(i);
            if (ch != '%' || i + 1 >= spec.length()) {
                sb.append(ch);
                continue;
            }
            char verb = spec.charAt(++i);
            if (verb == '%') {
                sb.append('%');
                continue;
            }
            if (arg >= a.size()) {
                throw new EvalException("format(): not enough arguments for the verbs in " + spec);
            }
            Value v = a.get(arg++);
            if (verb == 'd') {
                BigDecimal n = Convert.to(v, Type.NUMBER).asNumber();
                if (n == null || n.stripTrailingZeros().scale() > 0) {
                    throw new EvalException("format(): %d needs a whole number");
                }
                sb.append(n.toBigInteger());
            } else if (verb == 's' || verb == 'v') {
                String text = v.asString();
                if (text == null) {
                    throw new UnsupportedFormat("format(): %" + verb + " of a " + v.type().friendlyName());
                }
                sb.append(text);
            } else {
                throw new UnsupportedFormat("format(): the verb %" + verb + " is not evaluated statically");
            }
        }
        return Value.string(sb.toString());
    }

    /** A format this implementation does not write yet: the call's value is not evaluated statically. */
    static final class UnsupportedFormat extends NotEvaluated {
        UnsupportedFormat(String message) {
            super(message);
        }
    }
}
