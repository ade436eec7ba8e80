package dev.tfguard.loader.hcl.syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the traversals an expression refers to, by the rules of hclsyntax's {@code Variables()}. */
final class References {

    private final Map<String, Traversal> found = new LinkedHashMap<>();
    /** Names bound by enclosing for expressions and template for directives: not references inside them. */
    private final List<String> locals = new ArrayList<>();

    private References() {
    }

    static List<Traversal> of(Expr expr) {
        References r = new References();
        r.walk(expr);
        return List.copyOf(r.found.values());
    }

    /**
     * Visits {@code e} and its children in source order. Only a {@link Expr.ScopeTraversal} is a reference: steps
     * after a splat or a dynamic index hang off a {@link Expr.SplatItem} or an {@link Expr.Index}, which is how a
     * traversal "stops" at its first non-literal step.
     */
    private void walk(Expr e) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.ScopeTraversal st) {
            Traversal t = st.traversal();
            if (!locals.contains(t.root())) {
                found.putIfAbsent(t.toString(), t);
            }
        } else if (e instanceof Expr.Template t) {
            t.parts().forEach(this::walk);
        } else if (e instanceof Expr.TemplateIf ti) {
            walk(ti.condition());
            walk(ti.then());
            walk(ti.otherwise());
        } else if (e instanceof Expr.TemplateFor tf) {
            walk(tf.collection());
            int mark = bind(tf.keyVar(), tf.valueVar());
            walk(tf.body());
            unbind(mark);
        } else if (e instanceof Expr.RelativeTraversal rt) {
            walk(rt.base());
        } else if (e instanceof Expr.Index ix) {
            walk(ix.collection());
            walk(ix.key());
        } else if (e instanceof Expr.Splat sp) {
            walk(sp.base());
            walk(sp.each());
        } else if (e instanceof Expr.FunctionCall fc) {
            fc.args().forEach(this::walk);
        } else if (e instanceof Expr.Tuple tu) {
            tu.elements().forEach(this::walk);
        } else if (e instanceof Expr.ObjectCons oc) {
            for (Expr.ObjectItem item : oc.items()) {
                walk(item.key());
                walk(item.value());
            }
        } else if (e instanceof Expr.Conditional c) {
            walk(c.condition());
            walk(c.then());
            walk(c.otherwise());
        } else if (e instanceof Expr.BinaryOp b) {
            walk(b.left());
            walk(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            walk(u.operand());
        } else if (e instanceof Expr.For f) {
            walk(f.collection());
            int mark = bind(f.keyVar(), f.valueVar());
            walk(f.keyExpr());
            walk(f.valueExpr());
            walk(f.condition());
            unbind(mark);
        } else if (e instanceof Expr.Paren p) {
            walk(p.inner());
        }
        // Literal, SplatItem and Invalid refer to nothing.
    }

    /** Puts iteration variables in scope; returns the mark to restore with {@link #unbind}. */
    private int bind(String key, String value) {
        int mark = locals.size();
        if (key != null) {
            locals.add(key);
        }
        if (value != null) {
            locals.add(value);
        }
        return mark;
    }

    /** Leaves the scope opened by {@link #bind}. */
    private void unbind(int mark) {
        while (locals.size() > mark) {
            locals.remove(locals.size() - 1);
        }
    }
}
