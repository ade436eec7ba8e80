package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.Convert;
import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.Traversal;
import dev.tfguard.model.Marks;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates HCL expressions as Terraform does, on {@link Value}s: unknown values propagate through
 * operators, indexing, {@code for}, splats, templates and functions with Terraform's refinements;
 * an unknown condition gives an unknown result refined by both branches; {@code try} and {@code
 * can} select their fallback only on an error.
 *
 * <p>Terraform's own errors (a wrong type, an index out of range) are {@link EvalException}s:
 * {@code try} and {@code can} catch them, and {@link #value} turns them into an unknown value
 * saying what went wrong. Any other exception is a defect and propagates.
 */
final class Evaluator {
    /**
     * Evaluation depth limit: expressions nest at most as deep as the parser allows, locals chain
     * further.
     */
    private static final int MAX_DEPTH = 200;

    private final Scope scope;
    private final Map<String, Value> iteration;
    private final int depth;

    Evaluator(Scope scope) {
        this(scope, Map.of(), 0);
    }

    /** An evaluator with names bound for one instance, e.g. {@code each} or {@code count}. */
    Evaluator(Scope scope, Map<String, Value> bindings) {
        this(scope, bindings, 0);
    }

    private Evaluator(Scope scope, Map<String, Value> iteration, int depth) {
        this.scope = scope;
        this.iteration = iteration;
        this.depth = depth;
    }

    /** This evaluator with more names bound, one level deeper. */
    Evaluator with(Map<String, Value> vars) {
        Map<String, Value> all = new HashMap<>(iteration);
        all.putAll(vars);
        return new Evaluator(scope, all, depth + 1);
    }

    /** This evaluator with more names bound, e.g. a dynamic block's iterator. */
    Evaluator bind(Map<String, Value> vars) {
        return with(vars);
    }

    /**
     * The value of {@code e}; where Terraform would report an error, an unknown value that says so
     * (the configuration cannot be applied as written, so nothing is judged from it).
     */
    Value value(Expr e) {
        try {
            return eval(e);
        } catch (EvalException x) {
            return Value.unknown(
                    Type.DYNAMIC,
                    "Terraform reports an error for " + e.source() + ": " + x.getMessage());
        }
    }

    /** The scope names resolve in. */
    Scope scope() {
        return scope;
    }

    /** The value of {@code e}; {@link EvalException} where Terraform reports an error. */
    Value eval(Expr e) {
        if (depth > MAX_DEPTH) {
            return Value.unknown(Type.DYNAMIC, "the expression nests too deeply to evaluate");
        }
        Evaluator inner = new Evaluator(scope, iteration, depth + 1);
        return inner.evalNode(e);
    }

    private Value evalNode(Expr e) {
        if (e instanceof Expr.Literal l) {
            return Value.of(l.value());
        } else if (e instanceof Expr.Template t) {
            return Templates.template(this, t);
        } else if (e instanceof Expr.ScopeTraversal s) {
            return traversal(s.traversal());
        } else if (e instanceof Expr.RelativeTraversal r) {
            Value chained = chain(e);
            return chained != null ? chained : Access.steps(eval(r.base()), r.steps(), 0);
        } else if (e instanceof Expr.Index i) {
            Value chained = chain(e);
            return chained != null ? chained : Access.index(eval(i.collection()), eval(i.key()));
        } else if (e instanceof Expr.Splat s) {
            return splat(s);
        } else if (e instanceof Expr.FunctionCall f) {
            return Calls.call(this, f);
        } else if (e instanceof Expr.Tuple t) {
            List<Value> items = new ArrayList<>(t.elements().size());
            Marks marks = Marks.NONE;
            for (Expr x : t.elements()) {
                Value v = eval(x);
                items.add(v);
                marks = marks.union(v.marks());
            }
            return Value.tuple(items).withMarks(marks);
        } else if (e instanceof Expr.ObjectCons o) {
            return object(o);
        } else if (e instanceof Expr.Conditional c) {
            return conditional(c);
        } else if (e instanceof Expr.BinaryOp b) {
            return Operators.binary(b, eval(b.left()), eval(b.right()), scope.terraformView());
        } else if (e instanceof Expr.UnaryOp u) {
            return Operators.unary(u, eval(u.operand()));
        } else if (e instanceof Expr.For f) {
            return forExpr(f);
        } else if (e instanceof Expr.Paren p) {
            return eval(p.inner());
        } else if (e instanceof Expr.SplatItem) {
            Value item = iteration.get("");
            if (item == null) {
                throw new EvalException("a splat item outside a splat");
            }
            return item;
        } else if (e instanceof Expr.TemplateIf || e instanceof Expr.TemplateFor) {
            return Templates.template(this, new Expr.Template(List.of(e), false, e.span()));
        }
        return Value.unknown(Type.DYNAMIC, "the expression " + e.source() + " is not valid");
    }

    // ---- references, attributes and indexes ----

    private Value traversal(Traversal t) {
        Value local = iteration.get(t.root());
        if (local != null) {
            return Access.steps(local, t.steps(), 0);
        }
        int[] used = {0};
        Value v = scope.resolve(t, used);
        return Access.steps(v, t.steps(), used[0]);
    }

    /**
     * A reference whose index is computed, {@code aws_kms_key.k[each.key].arn}, resolved as the
     * reference with the key's value written in ({@code aws_kms_key.k["a"].arn}), so that the scope
     * sees which instance and attribute it names; null when {@code e} is not such a reference or a
     * key is not a known string or number.
     */
    private Value chain(Expr e) {
        Marks[] keyMarks = {Marks.NONE};
        Traversal t = chained(e, keyMarks);
        if (t == null || iteration.containsKey(t.root())) {
            return null;
        }
        return traversal(t).withMarks(keyMarks[0]);
    }

    private Traversal chained(Expr e, Marks[] keyMarks) {
        if (e instanceof Expr.ScopeTraversal s) {
            return s.traversal();
        }
        if (e instanceof Expr.RelativeTraversal r) {
            Traversal base = chained(r.base(), keyMarks);
            if (base == null) {
                return null;
            }
            List<Traversal.Step> steps = new ArrayList<>(base.steps());
            steps.addAll(r.steps());
            return new Traversal(base.root(), steps, base.range());
        }
        if (e instanceof Expr.Index i) {
            Traversal base = chained(i.collection(), keyMarks);
            if (base == null) {
                return null;
            }
            Value k = eval(i.key());
            if (!(k.known() instanceof String) && !(k.known() instanceof BigDecimal)) {
                return null;
            }
            keyMarks[0] = keyMarks[0].union(k.marks());
            List<Traversal.Step> steps = new ArrayList<>(base.steps());
            steps.add(new Traversal.Index(k.known(), i.key().range()));
            return new Traversal(base.root(), steps, base.range());
        }
        return null;
    }

    private Value splat(Expr.Splat s) {
        Value base = eval(s.base());
        if (base instanceof Value.Unknown u) {
            return new Value.Unknown(Type.DYNAMIC, u.reason(), true, null, 0, -1, u.marks());
        }
        List<Value> items;
        boolean list = base.kind() == Value.Kind.LIST || base.kind() == Value.Kind.SET;
        if (base.isNull()) {
            items = List.of();
        } else if (base.isSequence()) {
            items = base.elements();
        } else {
            items = List.of(base);
        }
        List<Value> out = new ArrayList<>(items.size());
        for (Value item : items) {
            out.add(with(Map.of("", item)).eval(s.each()));
        }
        return (list ? Value.list(out, null) : Value.tuple(out)).withMarks(base.marks());
    }

    // ---- constructors, conditionals, for ----

    private Value object(Expr.ObjectCons o) {
        Map<String, Value> out = new LinkedHashMap<>();
        Marks marks = Marks.NONE;
        Value.Unknown unknownKey = null;
        for (Expr.ObjectItem item : o.items()) {
            Value k;
            if (item.key() instanceof Expr.ScopeTraversal st
                    && st.traversal().steps().isEmpty()
                    && !iteration.containsKey(st.traversal().root())) {
                k = Value.string(st.traversal().root()); // a bare word key is the word itself
            } else {
                k = eval(item.key());
            }
            Value v = eval(item.value());
            marks = marks.union(k.marks()).union(v.marks());
            if (k instanceof Value.Unknown u) {
                unknownKey = unknownKey == null ? u : unknownKey;
                continue;
            }
            if (k.isNull()) {
                throw new EvalException("an object key is null");
            }
            out.put(Convert.to(k, Type.STRING).asString(), v);
        }
        if (unknownKey != null) {
            return new Value.Unknown(
                    Type.DYNAMIC, "an object key is known only at apply", true, null, 0, -1, marks);
        }
        return Value.object(out).withMarks(marks);
    }

    /**
     * A condition's bool, or null when it is unknown; {@link EvalException} when it is null or not
     * a bool.
     */
    static Boolean condition(Value c, String what) {
        if (c instanceof Value.Unknown) {
            return null;
        }
        if (c.isNull()) {
            throw new EvalException("the " + what + " is null");
        }
        return Convert.to(c, Type.BOOL).asBool();
    }

    private Value conditional(Expr.Conditional c) {
        Value cond = eval(c.condition());
        Boolean b = condition(cond, "condition");
        if (b != null) {
            Value chosen = eval(b ? c.then() : c.otherwise());
            Value other = typeOnly(b ? c.otherwise() : c.then());
            Type t = other == null ? null : Type.unify(chosen.type(), other.type());
            if (t != null && !chosen.type().equals(t) && !(chosen instanceof Value.Unknown)) {
                chosen = Convert.to(chosen, t);
            }
            return chosen.withMarks(cond.marks());
        }
        Value a = eval(c.then());
        Value z = eval(c.otherwise());
        Type t = Type.unify(a.type(), z.type());
        if (t == null) {
            throw new EvalException(
                    "the true and false results of " + c.source() + " have inconsistent types");
        }
        return Operators.eitherResult(c, t, cond, a, z);
    }

    /** The branch not taken, evaluated only for its type; null when it fails. */
    private Value typeOnly(Expr e) {
        try {
            return eval(e);
        } catch (EvalException x) {
            return null;
        }
    }

    private Value forExpr(Expr.For f) {
        Value coll = eval(f.collection());
        if (coll instanceof Value.Unknown u) {
            return new Value.Unknown(Type.DYNAMIC, u.reason(), true, null, 0, -1, u.marks());
        }
        List<Value> list = new ArrayList<>();
        Map<String, Value> map = new LinkedHashMap<>();
        Map<String, List<Value>> groups = new LinkedHashMap<>();
        Marks marks = coll.marks();
        Value.Unknown unknown = null;
        for (Map.Entry<Value, Value> kv : Access.entries(coll, "for")) {
            Map<String, Value> vars = new HashMap<>();
            vars.put(f.valueVar(), kv.getValue());
            if (f.keyVar() != null) {
                vars.put(f.keyVar(), kv.getKey());
            }
            Evaluator in = with(vars);
            if (f.condition() != null) {
                Value c = in.eval(f.condition());
                marks = marks.union(c.marks());
                Boolean keep = condition(c, "for condition");
                if (keep == null) {
                    unknown = Templates.firstUnknown(unknown, c, f.condition().source());
                    continue;
                }
                if (!keep) {
                    continue;
                }
            }
            Value v = in.eval(f.valueExpr());
            marks = marks.union(v.marks());
            if (!f.isObject()) {
                list.add(v);
                continue;
            }
            Value k = in.eval(f.keyExpr());
            marks = marks.union(k.marks());
            if (k instanceof Value.Unknown) {
                unknown = Templates.firstUnknown(unknown, k, f.keyExpr().source());
                continue;
            }
            if (k.isNull()) {
                throw new EvalException("a for key is null");
            }
            String key = Convert.to(k, Type.STRING).asString();
            if (f.grouping()) {
                groups.computeIfAbsent(key, x -> new ArrayList<>()).add(v);
            } else if (map.put(key, v) != null) {
                throw new EvalException(
                        "two elements of the for expression have the key \""
                                + key
                                + "\" (add ... after the value to group them)");
            }
        }
        if (unknown != null) {
            return new Value.Unknown(Type.DYNAMIC, unknown.reason(), true, null, 0, -1, marks);
        }
        if (f.grouping()) {
            groups.forEach((k, vs) -> map.put(k, Value.tuple(vs)));
        }
        return (f.isObject() ? Value.object(map) : Value.tuple(list)).withMarks(marks);
    }

    /** Applies attribute and index steps from {@code from} on to a value: see {@link Access}. */
    static Value steps(Value v, List<Traversal.Step> steps, int from) {
        return Access.steps(v, steps, from);
    }

    /** Key/value pairs of a known collection: see {@link Access#entries}. */
    static List<Map.Entry<Value, Value>> entries(Value coll, String what) {
        return Access.entries(coll, what);
    }
}
