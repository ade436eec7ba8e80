package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.Convert;
import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.Traversal;
import dev.tfguard.model.Marks;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.util.Optional;
import java.util.Set;

/** The input variables of a module instance: their values, and where a value is a default. */
final class Variables {
    private Variables() {}

    /**
     * The value of the variable {@code name} declared by {@code decl} in {@code m} as Terraform
     * gives it: the caller's argument (or at the root a {@code .tfvars} or environment value), else
     * the default; a null given to a variable with {@code nullable = false} takes the default; then
     * converted to the variable's type, optional attributes taking their defaults.
     */
    static Value value(ModuleInstance m, String name, Block decl) {
        Evaluator constants = new Evaluator(EMPTY);
        boolean sensitive =
                decl.body()
                        .attribute("sensitive")
                        .map(a -> Boolean.TRUE.equals(constants.value(a.expr()).asBool()))
                        .orElse(false);
        boolean nullable =
                decl.body()
                        .attribute("nullable")
                        .map(a -> !Boolean.FALSE.equals(constants.value(a.expr()).asBool()))
                        .orElse(true);
        Value v = null;
        if (m.caller != null) {
            Optional<Attribute> arg = m.callBlock.body().attribute(name);
            if (arg.isPresent()) {
                v =
                        m.instanceBindings == null
                                ? new Evaluator(m.caller).value(arg.get().expr())
                                : new Evaluator(m.caller, m.instanceBindings)
                                        .value(arg.get().expr());
            }
        } else if (m.rootValues.containsKey(name)) {
            v = m.rootValues.get(name);
        }
        Optional<Attribute> def = decl.body().attribute("default");
        if (v == null || v.isNull() && !nullable) {
            Value given = v;
            v =
                    def.isPresent()
                            ? constants.value(def.get().expr())
                            : Value.unknown("var." + name + " has no default and no value");
            if (given != null) {
                v = v.withMarks(given.marks());
            }
        }
        Optional<Attribute> typeAttr = decl.body().attribute("type");
        if (typeAttr.isPresent()) {
            try {
                v = Convert.to(v, TypeConstraint.parse(typeAttr.get().expr(), constants));
            } catch (EvalException e) {
                v =
                        Value.unknown(
                                        Type.DYNAMIC,
                                        "var." + name + " does not fit its type: " + e.getMessage())
                                .withMarks(v.marks());
            }
        }
        if (v instanceof Value.Unknown && v.marks().refs().isEmpty()) {
            v = v.withMarks(Marks.ref(m.absolute("var." + name)));
        }
        if (!nullable && v instanceof Value.Unknown u) {
            v = u.refineNotNull();
        }
        return sensitive ? v.withMarks(new Marks(Set.of(), true, false)) : v;
    }

    /**
     * The variable whose {@code default} is the value of {@code expr}, when {@code expr} is a plain
     * {@code var.X} that no module argument, {@code .tfvars} entry or {@code TF_VAR_} variable
     * sets; followed up through module calls that pass a plain {@code var.Y}. {@code "var.X"} in
     * the root module, {@code "var.X of module.m"} in a module; {@code null} otherwise.
     */
    static String defaultOf(ModuleInstance m, Expr expr) {
        if (!(expr instanceof Expr.ScopeTraversal st)
                || !st.traversal().root().equals("var")
                || st.traversal().steps().size() != 1
                || !(st.traversal().steps().get(0) instanceof Traversal.Attr step)) {
            return null;
        }
        ModuleSource.Located<Block> decl = m.source.variables.get(step.name());
        if (decl == null || decl.item().body().attribute("default").isEmpty()) {
            return null;
        }
        if (m.caller != null) {
            Optional<Attribute> arg = m.callBlock.body().attribute(step.name());
            if (arg.isPresent()) {
                return defaultOf(m.caller, arg.get().expr());
            }
        } else if (m.rootValues.containsKey(step.name())) {
            return null;
        }
        return m.prefix.isEmpty() ? "var." + step.name() : "var." + step.name() + " of " + m.prefix;
    }

    /** A scope where nothing is known: variable defaults are constants. */
    private static final Scope EMPTY =
            (t, consumed) -> {
                consumed[0] = t.steps().size();
                return Value.unknown(t + " cannot be used in a variable default");
            };
}
