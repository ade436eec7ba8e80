package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.Traversal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates HCL expressions as far as static analysis honestly can. What depends on apply-time values, on files,
 * or on functions it does not model becomes an unknown {@link Val} with the reason, never a guess.
 */
final class Evaluator {
    /** Evaluation depth limit: expressions nest at most as deep as the parser allows, locals chain further. */
    private static final int MAX_DEPTH = 200;

    private final Scope scope;
    private final Map<String, Val> iteration;
    private final int depth;

    Evaluator(Scope scope) {
        this(scope, Map.of(), 0);
    }

    /** An evaluator with names bound for one instance, e.g. {@code each} or {@code count}. */
    Evaluator(Scope scope, Map<String, Val> bindings) {
        this(scope, bindings, 0);
    }

    private Evaluator(Scope scope, Map<String, Val> iteration, int depth) {
        this.scope = scope;
        this.iteration = iteration;
        this.depth = depth;
    }

    private Evaluator with(Map<String, Val> vars) {
        Map<String, Val> all = new HashMap<>(iteration);
        all.putAll(vars);
        return new Evaluator(scope, all, depth + 1);
    }

    Val eval(Expr e) {
        if (depth > MAX_DEPTH) {
            return Val.unknown("the expression nests too deeply to evaluate");
        }
        Evaluator inner = new Evaluator(scope, iteration, depth + 1);
        return inner.evalNode(e);
    }

    private Val evalNode(Expr e) {
        if (e instanceof Expr.Literal l) {
            return Val.of(l.value());
        } else if (e instanceof Expr.Template t) {
            return template(t);
        } else if (e instanceof Expr.ScopeTraversal s) {
            return traversal(s.traversal());
        } else if (e instanceof Expr.RelativeTraversal r) {
            return steps(eval(r.base()), r.steps(), 0);
        } else if (e instanceof Expr.Index i) {
            Val c = eval(i.collection());
            Val k = eval(i.key());
            return index(c, k);
        } else if (e instanceof Expr.Splat s) {
            return splat(s);
        } else if (e instanceof Expr.FunctionCall f) {
            return Functions.call(f, this);
        } else if (e instanceof Expr.Tuple t) {
            List<Val> items = new ArrayList<>();
            t.elements().forEach(x -> items.add(eval(x)));
            return collection(Val.values(items), items);
        } else if (e instanceof Expr.ObjectCons o) {
            return object(o);
        } else if (e instanceof Expr.Conditional c) {
            return conditional(c);
        } else if (e instanceof Expr.BinaryOp b) {
            return binary(b);
        } else if (e instanceof Expr.UnaryOp u) {
            return unary(u);
        } else if (e instanceof Expr.For f) {
            return forExpr(f);
        } else if (e instanceof Expr.Paren p) {
            return eval(p.inner());
        } else if (e instanceof Expr.SplatItem) {
            Val item = iteration.get("");
            return item == null ? Val.unknown("splat item outside a splat") : item;
        } else if (e instanceof Expr.TemplateIf || e instanceof Expr.TemplateFor) {
            return template(new Expr.Template(List.of(e), false, e.span()));
        }
        return Val.unknown("the expression " + e.source() + " is not valid");
    }

    /** A known collection unless an element is unknown: then an unknown one, keeping every element's references. */
    private static Val collection(Object value, List<Val> parts) {
        for (Val p : parts) {
            if (!p.known()) {
                return Val.unknownFrom("", parts);
            }
        }
        return Val.of(value).from(parts.toArray(new Val[0]));
    }

    private Val template(Expr.Template t) {
        Expr wrapped = t.wrapped();
        if (wrapped != null) {
            return eval(wrapped); // "${x}" has x's own value and type
        }
        StringBuilder sb = new StringBuilder();
        List<Val> parts = new ArrayList<>();
        for (Expr part : t.parts()) {
            Val v;
            if (part instanceof Expr.TemplateIf ti) {
                Val c = eval(ti.condition());
                Boolean b = Values.bool(c);
                if (b == null) {
                    return Val.unknownFrom("the template condition " + ti.condition().source() + " is unknown", c);
                }
                v = b ? eval(ti.then()) : ti.otherwise() == null ? Val.of("") : eval(ti.otherwise());
                v = v.from(c);
            } else if (part instanceof Expr.TemplateFor tf) {
                v = templateFor(tf);
            } else {
                v = eval(part);
            }
            parts.add(v);
            if (!v.known()) {
                continue;
            }
            String s = Values.string(v.value());
            if (s == null) {
                return Val.unknownFrom("the template part " + part.source() + " is not a string", v);
            }
            sb.append(s);
        }
        for (Val p : parts) {
            if (!p.known()) {
                return Val.unknownFrom("", parts);
            }
        }
        return Val.of(sb.toString()).from(parts.toArray(new Val[0]));
    }

    private Val templateFor(Expr.TemplateFor tf) {
        Val coll = eval(tf.collection());
        if (!coll.known()) {
            return Val.unknownFrom("", coll);
        }
        StringBuilder sb = new StringBuilder();
        List<Val> parts = new ArrayList<>();
        for (Map.Entry<Object, Object> kv : Values.entries(coll.value())) {
            Map<String, Val> vars = new HashMap<>();
            vars.put(tf.valueVar(), Val.of(kv.getValue()));
            if (tf.keyVar() != null) {
                vars.put(tf.keyVar(), Val.of(kv.getKey()));
            }
            Val v = with(vars).eval(tf.body());
            parts.add(v);
            if (!v.known()) {
                return Val.unknownFrom("", v, coll);
            }
            sb.append(Values.string(v.value()));
        }
        return Val.of(sb.toString()).from(coll).from(parts.toArray(new Val[0]));
    }

    private Val traversal(Traversal t) {
        Val local = iteration.get(t.root());
        if (local != null) {
            return steps(local, t.steps(), 0);
        }
        int[] used = {0};
        Val v = scope.resolve(t, used);
        return steps(v, t.steps(), used[0]);
    }

    /** Applies attribute and index steps from {@code from} on to a value. */
    static Val steps(Val v, List<Traversal.Step> steps, int from) {
        for (int i = from; i < steps.size(); i++) {
            if (!v.known()) {
                return v;
            }
            Traversal.Step s = steps.get(i);
            Object key = s instanceof Traversal.Attr a ? a.name() : ((Traversal.Index) s).key();
            v = index(v, Val.of(key));
        }
        return v;
    }

    static Val index(Val c, Val k) {
        if (!c.known() || !k.known()) {
            return Val.unknownFrom("", c, k);
        }
        Object coll = c.value();
        if (coll == null) {
            return Val.unknownFrom("indexes a null value", c);
        }
        if (coll instanceof Map<?, ?> m) {
            String key = Values.string(k.value());
            if (key != null && m.containsKey(key)) {
                return Val.of(m.get(key)).from(c, k);
            }
            return Val.unknown("the key " + key + " is not in the object").from(c, k);
        }
        if (coll instanceof List<?> l) {
            BigDecimal n = Values.number(k.value());
            if (n != null && n.signum() >= 0 && n.stripTrailingZeros().scale() <= 0 && n.intValue() < l.size()) {
                return Val.of(l.get(n.intValue())).from(c, k);
            }
            return Val.unknown("the index " + k.value() + " is out of range").from(c, k);
        }
        return Val.unknown("indexes a value that is not a collection").from(c, k);
    }

    private Val splat(Expr.Splat s) {
        Val base = eval(s.base());
        if (!base.known()) {
            return base;
        }
        Object b = base.value();
        List<Object> items = b == null ? List.of() : b instanceof List<?> l ? new ArrayList<>(l) : List.of(b);
        List<Object> out = new ArrayList<>();
        List<Val> parts = new ArrayList<>();
        for (Object item : items) {
            Val v = with(Map.of("", Val.of(item))).eval(s.each());
            parts.add(v);
            out.add(v.value());
        }
        return collection(out, parts).from(base);
    }

    private Val object(Expr.ObjectCons o) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Val> parts = new ArrayList<>();
        for (Expr.ObjectItem item : o.items()) {
            Val k = item.key() instanceof Expr.Literal l && l.value() instanceof String s ? Val.of(s) : eval(item.key());
            if (item.key() instanceof Expr.ScopeTraversal st && st.traversal().steps().isEmpty()
                    && !iteration.containsKey(st.traversal().root())) {
                k = Val.of(st.traversal().root()); // a bare word key is the word itself
            }
            Val v = eval(item.value());
            parts.add(k);
            parts.add(v);
            String key = k.known() ? Values.string(k.value()) : null;
            if (key != null) {
                out.put(key, v.known() ? v.value() : dev.tfguard.model.Value.UNKNOWN_ELEMENT);
            } else {
                return Val.unknownFrom("an object key is unknown", parts);
            }
        }
        Val result = Val.of(out);
        for (Val p : parts) {
            result = result.from(p);
        }
        return result;
    }

    private Val conditional(Expr.Conditional c) {
        Val cond = eval(c.condition());
        Boolean b = Values.bool(cond);
        if (b != null) {
            return (b ? eval(c.then()) : eval(c.otherwise())).from(cond);
        }
        Val a = eval(c.then());
        Val z = eval(c.otherwise());
        if (a.known() && z.known() && Values.same(a.value(), z.value())) {
            return a.from(z, cond);
        }
        String why = cond.known() ? "the condition " + c.condition().source() + " is not a bool"
                : "depends on " + c.condition().source() + (cond.reason() == null ? "" : ", and " + cond.reason());
        return Val.unknown(why).from(cond, a, z);
    }

    private Val unary(Expr.UnaryOp u) {
        Val v = eval(u.operand());
        if (!v.known()) {
            return v;
        }
        if (u.op() == Expr.Operator.NOT) {
            Boolean b = Values.bool(v);
            return b == null ? Val.unknownFrom("! of a value that is not a bool", v) : Val.of(!b).from(v);
        }
        BigDecimal n = Values.number(v.value());
        return n == null ? Val.unknownFrom("- of a value that is not a number", v) : Val.of(n.negate()).from(v);
    }

    private Val binary(Expr.BinaryOp b) {
        Val l = eval(b.left());
        Val r = eval(b.right());
        switch (b.op()) {
            case AND, OR -> {
                Boolean x = Values.bool(l);
                Boolean y = Values.bool(r);
                boolean and = b.op() == Expr.Operator.AND;
                // false && unknown is false, true || unknown is true, as in Terraform
                if (Boolean.valueOf(!and).equals(x) || Boolean.valueOf(!and).equals(y)) {
                    return Val.of(!and).from(l, r);
                }
                if (x == null || y == null) {
                    return Val.unknownFrom("depends on " + b.source(), l, r);
                }
                return Val.of(and ? x && y : x || y).from(l, r);
            }
            case EQUAL, NOT_EQUAL -> {
                if (!l.known() || !r.known()) {
                    return Val.unknownFrom("", l, r);
                }
                boolean same = Values.same(l.value(), r.value());
                return Val.of(b.op() == Expr.Operator.EQUAL ? same : !same).from(l, r);
            }
            default -> {
                if (!l.known() || !r.known()) {
                    return Val.unknownFrom("", l, r);
                }
                BigDecimal x = Values.number(l.value());
                BigDecimal y = Values.number(r.value());
                if (x == null || y == null) {
                    return Val.unknownFrom(b.op().symbol() + " needs numbers", l, r);
                }
                Object out = switch (b.op()) {
                    case ADD -> x.add(y);
                    case SUBTRACT -> x.subtract(y);
                    case MULTIPLY -> x.multiply(y);
                    case DIVIDE -> y.signum() == 0 ? null : x.divide(y, MathContext.DECIMAL64);
                    case MODULO -> y.signum() == 0 ? null : x.remainder(y);
                    case LESS -> x.compareTo(y) < 0;
                    case LESS_OR_EQUAL -> x.compareTo(y) <= 0;
                    case GREATER -> x.compareTo(y) > 0;
                    case GREATER_OR_EQUAL -> x.compareTo(y) >= 0;
                    default -> null;
                };
                return out == null ? Val.unknownFrom("division by zero", l, r) : Val.of(out).from(l, r);
            }
        }
    }

    private Val forExpr(Expr.For f) {
        Val coll = eval(f.collection());
        if (!coll.known()) {
            return Val.unknownFrom("", coll);
        }
        List<Object> list = new ArrayList<>();
        Map<String, Object> map = new LinkedHashMap<>();
        List<Val> parts = new ArrayList<>();
        for (Map.Entry<Object, Object> kv : Values.entries(coll.value())) {
            Map<String, Val> vars = new HashMap<>();
            vars.put(f.valueVar(), Val.of(kv.getValue()));
            if (f.keyVar() != null) {
                vars.put(f.keyVar(), Val.of(kv.getKey()));
            }
            Evaluator in = with(vars);
            if (f.condition() != null) {
                Val c = in.eval(f.condition());
                Boolean keep = Values.bool(c);
                if (keep == null) {
                    return Val.unknownFrom("the for condition is unknown", c, coll);
                }
                if (!keep) {
                    continue;
                }
            }
            Val v = in.eval(f.valueExpr());
            parts.add(v);
            if (f.isObject()) {
                Val k = in.eval(f.keyExpr());
                parts.add(k);
                String key = k.known() ? Values.string(k.value()) : null;
                if (key == null) {
                    return Val.unknownFrom("a for key is unknown", k, coll);
                }
                if (f.grouping()) {
                    @SuppressWarnings("unchecked")
                    List<Object> group = (List<Object>) map.computeIfAbsent(key, x -> new ArrayList<>());
                    group.add(v.value());
                } else {
                    map.put(key, v.value());
                }
            } else {
                list.add(v.value());
            }
        }
        return collection(f.isObject() ? map : list, parts).from(coll);
    }
}
