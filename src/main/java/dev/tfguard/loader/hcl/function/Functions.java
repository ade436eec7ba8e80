package dev.tfguard.loader.hcl.function;

import dev.tfguard.model.Marks;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of built-in functions, assembled in one place from the families that define them, and
 * the one way to call them. A call converts each argument to its parameter's type, fails on a null
 * argument a parameter does not take, returns an unknown result (of the return type, not null
 * unless the function may return null) when an argument a parameter does not take holds an unknown,
 * and carries the arguments' marks to the result.
 *
 * <p>{@code try} and {@code can} are not here: they take expressions, not values, and the evaluator
 * runs them.
 */
public final class Functions {

    private static final Map<String, FunctionSpec> TABLE = new HashMap<>();

    static {
        for (List<FunctionSpec> family :
                List.of(
                        ConversionFunctions.all(),
                        TextFunctions.all(),
                        FormatFunctions.all(),
                        SequenceFunctions.all(),
                        ElementFunctions.all(),
                        MappingFunctions.all(),
                        SetFunctions.all(),
                        NumericFunctions.all(),
                        EncodeFunctions.all(),
                        HashFunctions.all(),
                        IpNetFunctions.all(),
                        DateTimeFunctions.all(),
                        FileFunctions.all(),
                        MarkFunctions.all())) {
            for (FunctionSpec f : family) {
                if (TABLE.put(f.name(), f) != null) {
                    throw new IllegalStateException("function " + f.name() + " defined twice");
                }
            }
        }
    }

    private Functions() {}

    /**
     * The function named {@code name} ({@code core::} prefix allowed), or null when it is not
     * implemented.
     */
    public static FunctionSpec lookup(String name) {
        return TABLE.get(name.startsWith("core::") ? name.substring("core::".length()) : name);
    }

    /** The names of every implemented function. */
    public static java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(TABLE.keySet()));
    }

    /**
     * Calls {@code f} with {@code args} under Terraform's rules for types, null, unknown values and
     * marks.
     */
    public static Value call(FunctionSpec f, List<Value> args, CallContext context) {
        int fixed = f.params().size();
        if (args.size() < fixed) {
            throw new EvalException(
                    "not enough arguments to "
                            + f.name()
                            + "(): \""
                            + f.params().get(args.size()).name()
                            + "\" is required");
        }
        if (f.variadic() == null && args.size() > fixed) {
            throw new EvalException(
                    "too many arguments to " + f.name() + "(): only " + fixed + " allowed");
        }
        Marks marks = Marks.NONE;
        boolean unknown = false;
        List<Value> converted = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            Param p = i < fixed ? f.params().get(i) : f.variadic();
            Value a = args.get(i);
            marks = marks.union(a.marks());
            Value c;
            try {
                c = Convert.to(a, p.type());
            } catch (EvalException e) {
                throw new EvalException(
                        "invalid value for \""
                                + p.name()
                                + "\" parameter of "
                                + f.name()
                                + "(): "
                                + e.getMessage());
            }
            if (c.isNull() && !p.allowNull()) {
                throw new EvalException(
                        "invalid value for \""
                                + p.name()
                                + "\" parameter of "
                                + f.name()
                                + "(): argument must not be null");
            }
            if (!p.allowUnknown() && !c.isWhollyKnown()) {
                unknown = true;
            }
            converted.add(c);
        }
        if (unknown) {
            Value.Unknown u =
                    Value.unknown(
                            f.returns().apply(converted),
                            f.name() + "() of a value known only at apply");
            return (f.mayBeNull() ? u : u.refineNotNull()).withMarks(marks);
        }
        if (f.name().equals("nonsensitive")) {
            // the one function that takes a mark away: its arguments' sensitivity does not come
            // back
            marks = marks.withoutSensitive();
        }
        return f.impl().apply(converted, context).withMarks(marks);
    }

    // ---- helpers for the families ----

    /** The string payload of a converted string argument. */
    static String str(Value v) {
        return (String) v.known();
    }

    /** An unknown result of {@code type} that is not null. */
    static Value unknownOf(Type type, String why) {
        return Value.unknown(type, why).refineNotNull();
    }
}
