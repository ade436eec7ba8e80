package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.Convert;
import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.function.FunctionSpec;
import dev.tfguard.loader.hcl.function.Functions;
import dev.tfguard.loader.hcl.function.NotEvaluated;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.Traversal;
import dev.tfguard.model.Marks;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.math.MathContext;
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

    private Evaluator with(Map<String, Value> vars) {
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
            return template(t);
        } else if (e instanceof Expr.ScopeTraversal s) {
            return traversal(s.traversal());
        } else if (e instanceof Expr.RelativeTraversal r) {
            Value chained = chain(e);
            return chained != null ? chained : steps(eval(r.base()), r.steps(), 0);
        } else if (e instanceof Expr.Index i) {
            Value chained = chain(e);
            return chained != null ? chained : index(eval(i.collection()), eval(i.key()));
        } else if (e instanceof Expr.Splat s) {
            return splat(s);
        } else if (e instanceof Expr.FunctionCall f) {
            return call(f);
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
            return binary(b);
        } else if (e instanceof Expr.UnaryOp u) {
            return unary(u);
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
            return template(new Expr.Template(List.of(e), false, e.span()));
        }
        return Value.unknown(Type.DYNAMIC, "the expression " + e.source() + " is not valid");
    }

    // ---- templates ----

    private Value template(Expr.Template t) {
        Expr wrapped = t.wrapped();
        if (wrapped != null) {
            return eval(wrapped); // "${x}" has x's own value and type
        }
        StringBuilder sb = new StringBuilder();
        Marks marks = Marks.NONE;
        Value.Unknown unknown = null;
        for (Expr part : t.parts()) {
            Value v;
            if (part instanceof Expr.TemplateIf ti) {
                Value c = eval(ti.condition());
                marks = marks.union(c.marks());
                Boolean b = condition(c, "template condition");
                if (b == null) {
                    unknown =
                            firstUnknown(
                                    unknown,
                                    c,
                                    "the template condition " + ti.condition().source());
                    continue;
                }
                v =
                        b
                                ? eval(ti.then())
                                : ti.otherwise() == null ? Value.string("") : eval(ti.otherwise());
            } else if (part instanceof Expr.TemplateFor tf) {
                v = templateFor(tf);
            } else {
                v = eval(part);
            }
            marks = marks.union(v.marks());
            if (v instanceof Value.Unknown u) {
                if (unknown == null && u.prefix() != null) {
                    sb.append(u.prefix()); // the known start of the first unknown part extends
                    // the prefix
                }
                unknown = firstUnknown(unknown, v, part.source());
                continue;
            }
            if (v.isNull()) {
                throw new EvalException(
                        "the template part "
                                + part.source()
                                + " is null; a template cannot include null");
            }
            String s = Convert.to(v, Type.STRING).asString();
            if (unknown == null) {
                sb.append(s);
            }
        }
        if (unknown != null) {
            return new Value.Unknown(
                    Type.STRING,
                    unknown.reason(),
                    true,
                    sb.length() == 0 ? null : sb.toString(),
                    0,
                    -1,
                    marks);
        }
        return Value.string(sb.toString()).withMarks(marks);
    }

    private static Value.Unknown firstUnknown(Value.Unknown seen, Value v, String what) {
        if (seen != null) {
            return seen;
        }
        return v instanceof Value.Unknown u ? u : Value.unknown(what + " is known only at apply");
    }

    private Value templateFor(Expr.TemplateFor tf) {
        Value coll = eval(tf.collection());
        if (coll instanceof Value.Unknown u) {
            return new Value.Unknown(Type.STRING, u.reason(), true, null, 0, -1, u.marks());
        }
        StringBuilder sb = new StringBuilder();
        Marks marks = coll.marks();
        Value.Unknown unknown = null;
        for (Map.Entry<Value, Value> kv : entries(coll, "template for")) {
            Map<String, Value> vars = new HashMap<>();
            vars.put(tf.valueVar(), kv.getValue());
            if (tf.keyVar() != null) {
                vars.put(tf.keyVar(), kv.getKey());
            }
            Value v = with(vars).eval(tf.body());
            marks = marks.union(v.marks());
            if (v instanceof Value.Unknown u) {
                unknown = firstUnknown(unknown, u, tf.body().source());
            } else if (unknown == null) {
                sb.append(v.asString());
            }
        }
        if (unknown != null) {
            return new Value.Unknown(
                    Type.STRING,
                    unknown.reason(),
                    true,
                    sb.length() == 0 ? null : sb.toString(),
                    0,
                    -1,
                    marks);
        }
        return Value.string(sb.toString()).withMarks(marks);
    }

    // ---- references, attributes and indexes ----

    private Value traversal(Traversal t) {
        Value local = iteration.get(t.root());
        if (local != null) {
            return steps(local, t.steps(), 0);
        }
        int[] used = {0};
        Value v = scope.resolve(t, used);
        return steps(v, t.steps(), used[0]);
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

    /** Applies attribute and index steps from {@code from} on to a value. */
    static Value steps(Value v, List<Traversal.Step> steps, int from) {
        for (int i = from; i < steps.size(); i++) {
            Traversal.Step s = steps.get(i);
            if (s instanceof Traversal.Attr a) {
                v = attribute(v, a.name());
            } else {
                v = index(v, Value.of(((Traversal.Index) s).key()));
            }
        }
        return v;
    }

    /** {@code v.name}: an object's attribute or a map's element. */
    static Value attribute(Value v, String name) {
        if (v instanceof Value.Unknown u) {
            // the type of an unknown value is known: Terraform rejects what the type cannot have
            if (u.type() instanceof Type.ObjectOf o && !o.attributes().containsKey(name)) {
                throw new EvalException(
                        "this object does not have an attribute named \"" + name + "\"");
            }
            if (u.type().isPrimitive() && u.type() != Type.DYNAMIC
                    || u.type() instanceof Type.TupleOf
                    || u.type() instanceof Type.ListOf
                    || u.type() instanceof Type.SetOf) {
                throw new EvalException(
                        "cannot access attribute \"" + name + "\" of a " + u.type().friendlyName());
            }
            return elementOfUnknown(
                    u,
                    u.type() instanceof Type.ObjectOf o
                            ? o.attributes().get(name)
                            : u.type() instanceof Type.MapOf m ? m.element() : null);
        }
        if (v.isNull()) {
            throw new EvalException("attempt to get attribute \"" + name + "\" from a null value");
        }
        if (v.isMapping()) {
            Value e = v.attributes().get(name);
            if (e == null) {
                throw new EvalException(
                        v.kind() == Value.Kind.OBJECT
                                ? "this object does not have an attribute named \"" + name + "\""
                                : "the map does not have an element with the key \"" + name + "\"");
            }
            return e.withMarks(v.marks());
        }
        throw new EvalException(
                "cannot access attribute \"" + name + "\" of a " + v.type().friendlyName());
    }

    /** {@code c[k]}. */
    static Value index(Value c, Value k) {
        if (k.isNull()) {
            throw new EvalException("cannot index with a null key");
        }
        if (c.isNull()) {
            throw new EvalException("cannot index a null value");
        }
        if (c instanceof Value.Unknown u) {
            if (u.type() instanceof Type.TupleOf t && k.known() != null) {
                BigDecimal n = Convert.to(k, Type.NUMBER).asNumber();
                if (n.signum() < 0
                        || n.stripTrailingZeros().scale() > 0
                        || n.compareTo(BigDecimal.valueOf(t.elements().size())) >= 0) {
                    throw new EvalException(
                            "the index "
                                    + Value.numberText(n)
                                    + " is out of range for a tuple of "
                                    + t.elements().size());
                }
                return elementOfUnknown(u, t.elements().get(n.intValueExact()))
                        .withMarks(k.marks());
            }
            if (u.type().isPrimitive() && u.type() != Type.DYNAMIC) {
                throw new EvalException("cannot index a " + u.type().friendlyName());
            }
            return elementOfUnknown(u, u.type().isCollection() ? u.type().elementType() : null)
                    .withMarks(k.marks());
        }
        if (c.kind() == Value.Kind.SET) {
            throw new EvalException(
                    "elements of a set are identified only by their value and cannot be indexed");
        }
        if (k instanceof Value.Unknown) {
            Type et = c.type().isCollection() ? c.type().elementType() : Type.DYNAMIC;
            return Value.unknown(et, "indexed by a key known only at apply")
                    .withMarks(c.marks())
                    .withMarks(k.marks());
        }
        if (c.isMapping()) {
            String key = Convert.to(k, Type.STRING).asString();
            Value e = c.attributes().get(key);
            if (e == null) {
                throw new EvalException(
                        "the key \"" + key + "\" is not in the " + c.type().friendlyName());
            }
            return e.withMarks(c.marks()).withMarks(k.marks());
        }
        if (c.isSequence()) {
            BigDecimal n = Convert.to(k, Type.NUMBER).asNumber();
            List<Value> l = c.elements();
            if (n.signum() < 0
                    || n.stripTrailingZeros().scale() > 0
                    || n.compareTo(BigDecimal.valueOf(l.size())) >= 0) {
                throw new EvalException(
                        "the index "
                                + Value.numberText(n)
                                + " is out of range for a collection of "
                                + l.size());
            }
            return l.get(n.intValueExact()).withMarks(c.marks()).withMarks(k.marks());
        }
        throw new EvalException("cannot index a " + c.type().friendlyName());
    }

    /**
     * An element of an unknown value: unknown, of {@code type} when known. Judged at apply, an
     * element read from a value that is not null (a secret's JSON, a resource's map) is taken as
     * set, as Terraform fails the plan when the key is missing; in Terraform's own view it may be
     * null.
     */
    private static Value elementOfUnknown(Value.Unknown u, Type type) {
        return new Value.Unknown(
                type == null ? Type.DYNAMIC : type,
                u.reason(),
                u.notNull(),
                null,
                0,
                -1,
                u.marks());
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

    // ---- constructors, conditionals, operators, for ----

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
    private static Boolean condition(Value c, String what) {
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
        String why =
                "depends on "
                        + c.condition().source()
                        + (cond.reason() == null
                                ? ""
                                : ", which " + cond.reason().replaceFirst("^is ", "is "));
        // Terraform refines the unknown result by both branches: not null when neither can be, and
        // the string
        // prefix they share
        boolean notNull = a.notNull() && z.notNull();
        String prefix = commonPrefix(prefixOf(a), prefixOf(z));
        return new Value.Unknown(
                t,
                why,
                notNull,
                notNull ? prefix : null,
                0,
                -1,
                cond.marks().union(a.marks()).union(z.marks()));
    }

    /** The branch not taken, evaluated only for its type; null when it fails. */
    private Value typeOnly(Expr e) {
        try {
            return eval(e);
        } catch (EvalException x) {
            return null;
        }
    }

    private static String prefixOf(Value v) {
        if (v instanceof Value.Unknown u) {
            return u.prefix() == null ? "" : u.prefix();
        }
        return v.known() instanceof String s ? s : "";
    }

    private static String commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n == 0 ? null : a.substring(0, n);
    }

    private Value unary(Expr.UnaryOp u) {
        Value v = eval(u.operand());
        Type t = u.op() == Expr.Operator.NOT ? Type.BOOL : Type.NUMBER;
        if (v.isNull()) {
            throw new EvalException("the operand of " + u.op().symbol() + " is null");
        }
        if (v instanceof Value.Unknown x) {
            return new Value.Unknown(t, x.reason(), true, null, 0, -1, x.marks());
        }
        Value c = Convert.to(v, t);
        return (t == Type.BOOL ? Value.bool(!c.asBool()) : Value.number(c.asNumber().negate()))
                .withMarks(v.marks());
    }

    private Value binary(Expr.BinaryOp b) {
        Value l = eval(b.left());
        Value r = eval(b.right());
        Marks marks = l.marks().union(r.marks());
        switch (b.op()) {
            case AND, OR -> {
                boolean and = b.op() == Expr.Operator.AND;
                Boolean x = boolOperand(l, b);
                Boolean y = boolOperand(r, b);
                // false && unknown is false, true || unknown is true, as in Terraform
                if (Boolean.valueOf(!and).equals(x) || Boolean.valueOf(!and).equals(y)) {
                    return Value.bool(!and).withMarks(marks);
                }
                if (x == null || y == null) {
                    return unknownResult(Type.BOOL, l, r, b, marks);
                }
                return Value.bool(and ? x && y : x || y).withMarks(marks);
            }
            case EQUAL, NOT_EQUAL -> {
                boolean eq = b.op() == Expr.Operator.EQUAL;
                if (l.isWhollyKnown() && r.isWhollyKnown()) {
                    return Value.bool(Value.same(l, r) == eq).withMarks(marks);
                }
                // null against a value that cannot be null is decided, as Terraform's refinements
                // decide it
                if (l.isNull() && r.notNull() || r.isNull() && l.notNull()) {
                    return Value.bool(!eq).withMarks(marks);
                }
                return unknownResult(Type.BOOL, l, r, b, marks);
            }
            default -> {
                boolean compare =
                        switch (b.op()) {
                            case LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL -> true;
                            default -> false;
                        };
                Type result = compare ? Type.BOOL : Type.NUMBER;
                BigDecimal x = operand(l, Type.NUMBER, b);
                BigDecimal y = operand(r, Type.NUMBER, b);
                if (x == null || y == null) {
                    return unknownResult(result, l, r, b, marks);
                }
                Value out =
                        switch (b.op()) {
                            case ADD -> Value.number(x.add(y));
                            case SUBTRACT -> Value.number(x.subtract(y));
                            case MULTIPLY -> Value.number(x.multiply(y));
                            case DIVIDE -> {
                                if (y.signum() == 0) {
                                    throw new EvalException("division by zero in " + b.source());
                                }
                                yield Value.number(x.divide(y, MathContext.DECIMAL128));
                            }
                            case MODULO -> {
                                if (y.signum() == 0) {
                                    throw new EvalException("modulo by zero in " + b.source());
                                }
                                yield Value.number(x.remainder(y));
                            }
                            case LESS -> Value.bool(x.compareTo(y) < 0);
                            case LESS_OR_EQUAL -> Value.bool(x.compareTo(y) <= 0);
                            case GREATER -> Value.bool(x.compareTo(y) > 0);
                            case GREATER_OR_EQUAL -> Value.bool(x.compareTo(y) >= 0);
                            default -> throw new IllegalStateException("operator " + b.op());
                        };
                return out.withMarks(marks);
            }
        }
    }

    /**
     * An operand converted to {@code t} for an operator: its payload, or null when it is unknown;
     * {@link EvalException} when it is null or does not convert.
     */
    private static BigDecimal operand(Value v, Type t, Expr.BinaryOp b) {
        if (v instanceof Value.Unknown) {
            return null;
        }
        if (v.isNull()) {
            throw new EvalException(
                    "an operand of " + b.op().symbol() + " is null in " + b.source());
        }
        return Convert.to(v, t).asNumber();
    }

    /** A bool operand of {@code &&} or {@code ||}, or null when it is unknown. */
    private static Boolean boolOperand(Value v, Expr.BinaryOp b) {
        if (v instanceof Value.Unknown) {
            return null;
        }
        if (v.isNull()) {
            throw new EvalException(
                    "an operand of " + b.op().symbol() + " is null in " + b.source());
        }
        return Convert.to(v, Type.BOOL).asBool();
    }

    private static Value unknownResult(Type t, Value l, Value r, Expr.BinaryOp b, Marks marks) {
        String why =
                l.reason() != null
                        ? l.reason()
                        : r.reason() != null ? r.reason() : "depends on " + b.source();
        return new Value.Unknown(t, why, true, null, 0, -1, marks);
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
        for (Map.Entry<Value, Value> kv : entries(coll, "for")) {
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
                    unknown = firstUnknown(unknown, c, f.condition().source());
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
                unknown = firstUnknown(unknown, k, f.keyExpr().source());
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

    /**
     * Key/value pairs of a known collection: list indexes or set elements, map keys or object
     * attributes.
     */
    static List<Map.Entry<Value, Value>> entries(Value coll, String what) {
        if (coll.isNull()) {
            throw new EvalException("a " + what + " over a null value");
        }
        List<Map.Entry<Value, Value>> out = new ArrayList<>();
        if (coll.isSequence()) {
            List<Value> l = coll.elements();
            boolean set = coll.kind() == Value.Kind.SET;
            for (int i = 0; i < l.size(); i++) {
                Value e = l.get(i).withMarks(coll.marks());
                out.add(Map.entry(set ? e : Value.number(i), e));
            }
        } else if (coll.isMapping()) {
            coll.attributes()
                    .forEach(
                            (k, v) ->
                                    out.add(Map.entry(Value.string(k), v.withMarks(coll.marks()))));
        } else {
            throw new EvalException(
                    "a " + what + " over a " + coll.type().friendlyName() + ", not a collection");
        }
        return out;
    }

    // ---- function calls ----

    private Value call(Expr.FunctionCall f) {
        String name = f.name();
        if (name.equals("try") || name.equals("core::try")) {
            return tryCall(f);
        }
        if (name.equals("can") || name.equals("core::can")) {
            return canCall(f);
        }
        List<Value> args = new ArrayList<>(f.args().size());
        Marks marks = Marks.NONE;
        for (Expr a : f.args()) {
            Value v = eval(a);
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
            return Functions.call(spec, args, scope.callContext());
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
    private Value tryCall(Expr.FunctionCall f) {
        if (f.args().isEmpty()) {
            throw new EvalException("try() needs at least one argument");
        }
        List<String> errors = new ArrayList<>();
        for (Expr a : f.args()) {
            Value v;
            try {
                v = eval(a);
            } catch (EvalException e) {
                errors.add(e.getMessage());
                continue;
            }
            if (!v.isWhollyKnown() && scope.terraformView()) {
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
    private Value canCall(Expr.FunctionCall f) {
        if (f.args().size() != 1) {
            throw new EvalException("can() takes one argument");
        }
        Value v;
        try {
            v = eval(f.args().get(0));
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
