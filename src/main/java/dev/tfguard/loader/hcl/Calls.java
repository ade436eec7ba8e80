package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.function.FunctionSpec;
import dev.tfguard.loader.hcl.function.Functions;
import dev.tfguard.loader.hcl.function.NotEvaluated;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.model.Marks;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Function calls: arguments evaluated (and expanded with {@code ...}), then the built-in function
 * called through {@link Functions}; {@code try} and {@code can}, which take expressions rather than
 * values, are evaluated here.
 */
final class Calls {

    private Calls() {}

    /** The value of call {@code f}. */
    static Value call(Evaluator ev, Expr.FunctionCall f) {
        String name = f.name();
        if (name.equals("try") || name.equals("core::try")) {
            return tryCall(ev, f);
        }
        if (name.equals("can") || name.equals("core::can")) {
            return canCall(ev, f);
        }
        List<Value> args = new ArrayList<>(f.args().size());
        Marks marks = Marks.NONE;
        for (Expr a : f.args()) {
            Value v = ev.eval(a);
            args.add(v);
            marks = marks.union(v.marks());
        }
        if (f.expandFinal() && !args.isEmpty()) {
            Value last = args.remove(args.size() - 1);
            if (last instanceof Value.Unknown u) {
                return new Value.Unknown(Type.DYNAMIC, u.reason(), false, null, 0, -1, marks);
            }
            if (!last.isSequence()) {
                throw new EvalException(
                        "the argument expanded with ... must be a list, set or tuple");
            }
            last.elements().forEach(x -> args.add(x.withMarks(last.marks())));
        }
        FunctionSpec spec = Functions.lookup(name);
        if (spec == null) {
            // Terraform's functions, but for a few (lookup with a null default, one, try), never
            // return null
            return Value.unknown(name + "() is not evaluated statically").withMarks(marks);
        }
        try {
            return Functions.call(spec, args, ev.scope().callContext());
        } catch (NotEvaluated n) {
            return Value.unknown(Type.DYNAMIC, n.getMessage()).withMarks(marks);
        }
    }

    /**
     * {@code try(a, b, ...)}: the first argument that evaluates without an error. An argument
     * holding unknown values may still fail at apply, so Terraform's result is unknown; judged at
     * apply time, it is that argument (a resource's {@code id} cannot fail, so {@code
     * try(aws_x.y.id, null)} is the id).
     */
    private static Value tryCall(Evaluator ev, Expr.FunctionCall f) {
        if (f.args().isEmpty()) {
            throw new EvalException("try() needs at least one argument");
        }
        List<String> errors = new ArrayList<>();
        for (Expr a : f.args()) {
            Value v;
            try {
                v = ev.eval(a);
            } catch (EvalException e) {
                errors.add(e.getMessage());
                continue;
            }
            if (!v.isWhollyKnown() && ev.scope().terraformView()) {
                return Value.unknown(Type.DYNAMIC, "try() of a value known only at apply")
                        .withMarks(v.marks());
            }
            return v;
        }
        throw new EvalException(
                "no argument of try() evaluated without an error: " + String.join("; ", errors));
    }

    /**
     * {@code can(x)}: true when x evaluates without an error; unknown when x holds unknown values.
     */
    private static Value canCall(Evaluator ev, Expr.FunctionCall f) {
        if (f.args().size() != 1) {
            throw new EvalException("can() takes one argument");
        }
        Value v;
        try {
            v = ev.eval(f.args().get(0));
        } catch (EvalException e) {
            return Value.FALSE;
        }
        if (!v.isWhollyKnown()) {
            return new Value.Unknown(
                    Type.BOOL,
                    "can() of a value known only at apply",
                    true,
                    null,
                    0,
                    -1,
                    v.marks());
        }
        return Value.TRUE.withMarks(v.marks());
    }
}
