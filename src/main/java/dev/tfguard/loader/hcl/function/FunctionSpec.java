package dev.tfguard.loader.hcl.function;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.util.List;
import java.util.function.Function;

/**
 * One built-in function as a typed specification, in the manner of Terraform's function table:
 * parameters with their types and null/unknown handling, an optional variadic parameter, the return
 * type, and the implementation. {@link Functions#call} converts the arguments, applies the null and
 * unknown rules and the marks; the implementation sees only arguments it declared it handles.
 *
 * @param name the function's name as written in Terraform
 * @param params the fixed parameters
 * @param variadic the parameter repeated after the fixed ones, or null
 * @param returns the result type given the (converted) arguments; used for unknown results
 * @param mayBeNull true when a result may be null (then an unknown result is not refined as not
 *     null)
 * @param impl computes the result
 */
public record FunctionSpec(
        String name,
        List<Param> params,
        Param variadic,
        Function<List<Value>, Type> returns,
        boolean mayBeNull,
        Impl impl) {

    /**
     * The body of a function: the converted arguments in, the result out; {@link EvalException} on
     * bad input.
     */
    @FunctionalInterface
    public interface Impl {
        Value apply(List<Value> args, CallContext context);
    }

    public FunctionSpec {
        params = List.copyOf(params);
    }

    /** A function with fixed parameters, a fixed return type, a result that is never null. */
    public static FunctionSpec of(String name, List<Param> params, Type returns, Impl impl) {
        return new FunctionSpec(name, params, null, args -> returns, false, impl);
    }

    /** A function with fixed parameters followed by a repeated one. */
    public static FunctionSpec variadic(
            String name, List<Param> params, Param variadic, Type returns, Impl impl) {
        return new FunctionSpec(name, params, variadic, args -> returns, false, impl);
    }

    /** This function with a return type that depends on the arguments. */
    public FunctionSpec returning(Function<List<Value>, Type> type) {
        return new FunctionSpec(name, params, variadic, type, mayBeNull, impl);
    }

    /** This function, whose result may be null. */
    public FunctionSpec nullableResult() {
        return new FunctionSpec(name, params, variadic, returns, true, impl);
    }
}
