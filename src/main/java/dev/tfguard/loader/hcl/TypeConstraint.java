package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.Convert;
import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A variable's {@code type} argument read as a {@link Type}: {@code string}, {@code number}, {@code
 * bool}, {@code any}, {@code list(T)}, {@code set(T)}, {@code map(T)}, {@code object({a = T, b =
 * optional(T, default)})} and {@code tuple([T, ...])}. See
 * https://developer.hashicorp.com/terraform/language/expressions/type-constraints.
 */
final class TypeConstraint {

    private TypeConstraint() {}

    /** The type {@code e} denotes; {@link EvalException} when it is not a type constraint. */
    static Type parse(Expr e, Evaluator constants) {
        if (e instanceof Expr.Paren p) {
            return parse(p.inner(), constants);
        }
        if (e instanceof Expr.ScopeTraversal s && s.traversal().steps().isEmpty()) {
            return switch (s.traversal().root()) {
                case "string" -> Type.STRING;
                case "number" -> Type.NUMBER;
                case "bool" -> Type.BOOL;
                case "any" -> Type.DYNAMIC;
                default ->
                        throw new EvalException("\"" + s.traversal().root() + "\" is not a type");
            };
        }
        if (e instanceof Expr.FunctionCall f && f.args().size() == 1) {
            Expr arg = f.args().get(0);
            switch (f.name()) {
                case "list":
                    return Type.list(parse(arg, constants));
                case "set":
                    return Type.set(parse(arg, constants));
                case "map":
                    return Type.map(parse(arg, constants));
                case "tuple":
                    if (arg instanceof Expr.Tuple t) {
                        List<Type> elems = new ArrayList<>();
                        t.elements().forEach(x -> elems.add(parse(x, constants)));
                        return new Type.TupleOf(elems);
                    }
                    break;
                case "object":
                    if (arg instanceof Expr.ObjectCons o) {
                        return object(o, constants);
                    }
                    break;
                default:
                    break;
            }
        }
        throw new EvalException(e.source() + " is not a type constraint");
    }

    private static Type object(Expr.ObjectCons o, Evaluator constants) {
        Map<String, Type> attrs = new LinkedHashMap<>();
        Set<String> optional = new HashSet<>();
        Map<String, Value> defaults = new LinkedHashMap<>();
        for (Expr.ObjectItem item : o.items()) {
            String name = keyName(item.key());
            Expr t = item.value();
            if (t instanceof Expr.FunctionCall f
                    && f.name().equals("optional")
                    && (f.args().size() == 1 || f.args().size() == 2)) {
                Type at = parse(f.args().get(0), constants);
                attrs.put(name, at);
                optional.add(name);
                if (f.args().size() == 2) {
                    defaults.put(name, Convert.to(constants.eval(f.args().get(1)), at));
                }
            } else {
                attrs.put(name, parse(t, constants));
            }
        }
        return new Type.ObjectOf(attrs, optional, defaults);
    }

    private static String keyName(Expr key) {
        if (key instanceof Expr.Literal l && l.value() instanceof String s) {
            return s;
        }
        if (key instanceof Expr.ScopeTraversal s && s.traversal().steps().isEmpty()) {
            return s.traversal().root();
        }
        if (key instanceof Expr.Template t && t.isStringLiteral()) {
            return t.literalValue();
        }
        throw new EvalException(key.source() + " is not an attribute name");
    }
}
