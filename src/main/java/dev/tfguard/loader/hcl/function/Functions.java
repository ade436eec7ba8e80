package dev.tfguard.loader.hcl.function;

import dev.tfguard.model.Marks;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

    private static final Map<String, FunctionSpec> TABLE = new ConcurrentHashMap<>();

    /** How many families {@link #family} has. */
    private static final int FAMILIES = 14;

    /** How many families are in {@link #TABLE}; guarded by {@code Functions.class}. */
    private static int loaded;

    private Functions() {}

    /**
     * The family {@code i}, most used first. Families are loaded one by one until the name asked
     * for is found: each function is a lambda, and linking a family's lambdas in a fresh JVM costs
     * milliseconds, which a scan that calls only {@code jsonencode} need not pay for all of them.
     */
    private static List<FunctionSpec> family(int i) {
        return switch (i) {
            case 0 -> EncodeFunctions.all();
            case 1 -> TextFunctions.all();
            case 2 -> FormatFunctions.all();
            case 3 -> ConversionFunctions.all();
            case 4 -> MappingFunctions.all();
            case 5 -> SequenceFunctions.all();
            case 6 -> ElementFunctions.all();
            case 7 -> SetFunctions.all();
            case 8 -> NumericFunctions.all();
            case 9 -> HashFunctions.all();
            case 10 -> IpNetFunctions.all();
            case 11 -> DateTimeFunctions.all();
            case 12 -> FileFunctions.all();
            case 13 -> MarkFunctions.all();
            default -> throw new IllegalArgumentException("no function family " + i);
        };
    }

    /** Loads families until {@code name} is in the table or every family is. */
    private static synchronized FunctionSpec load(String name) {
        FunctionSpec found = name == null ? null : TABLE.get(name);
        while (found == null && loaded < FAMILIES) {
            for (FunctionSpec f : family(loaded)) {
                if (TABLE.putIfAbsent(f.name(), f) != null) {
                    throw new IllegalStateException("function " + f.name() + " defined twice");
                }
            }
            loaded++;
            found = name == null ? null : TABLE.get(name);
        }
        return found;
    }

    /**
     * The function named {@code name} ({@code core::} prefix allowed), or null when it is not
     * implemented.
     */
    public static FunctionSpec lookup(String name) {
        String bare = name.startsWith("core::") ? name.substring("core::".length()) : name;
        FunctionSpec f = TABLE.get(bare);
        return f != null ? f : load(bare);
    }

    /** The names of every implemented function. */
    public static java.util.Set<String> names() {
        load(null);
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
