package dev.tfguard.loader.hcl.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the traversals an expression refers to, by the rules of hclsyntax's {@code Variables()}.
 * The walk keeps its own stack instead of recursing, so that a deeply nested tree needs no more of
 * the caller's thread stack than a flat one.
 */
final class References {

    /** Puts iteration variables in scope for the items that follow it on the work stack. */
    private record Bind(String key, String value) {}

    /** Ends the innermost scope opened by a {@link Bind}. */
    private static final Object UNBIND = new Object();

    private final Map<String, Traversal> found = new LinkedHashMap<>();

    /**
     * Names bound by enclosing for expressions and template for directives: not references inside
     * them.
     */
    private final List<String> locals = new ArrayList<>();

    private final Deque<Integer> marks = new ArrayDeque<>();
    private final Deque<Object> work = new ArrayDeque<>();

    private References() {}

    static List<Traversal> of(Expr expr) {
        References r = new References();
        r.work.push(expr);
        r.run();
        return List.copyOf(r.found.values());
    }

    /**
     * Visits expressions in source order. Only a {@link Expr.ScopeTraversal} is a reference: steps
     * after a splat or a dynamic index hang off a {@link Expr.SplatItem} or an {@link Expr.Index},
     * which is how a traversal "stops" at its first non-literal step. A {@code for}'s collection is
     * outside its scope; key, value and condition inside.
     */
    private void run() {
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item == UNBIND) {
                int mark = marks.pop();
                while (locals.size() > mark) {
                    locals.remove(locals.size() - 1);
                }
            } else if (item instanceof Bind b) {
                marks.push(locals.size());
                if (b.key() != null) {
                    locals.add(b.key());
                }
                if (b.value() != null) {
                    locals.add(b.value());
                }
            } else {
                visit((Expr) item);
            }
        }
    }

    private void visit(Expr e) {
        if (e instanceof Expr.ScopeTraversal st) {
            Traversal t = st.traversal();
            if (!locals.contains(t.root())) {
                found.putIfAbsent(t.toString(), t);
            }
        } else if (e instanceof Expr.Template t) {
            then(t.parts().toArray());
        } else if (e instanceof Expr.TemplateIf ti) {
            then(ti.condition(), ti.then(), ti.otherwise());
        } else if (e instanceof Expr.TemplateFor tf) {
            then(tf.collection(), new Bind(tf.keyVar(), tf.valueVar()), tf.body(), UNBIND);
        } else if (e instanceof Expr.RelativeTraversal rt) {
            then(rt.base());
        } else if (e instanceof Expr.Index ix) {
            then(ix.collection(), ix.key());
        } else if (e instanceof Expr.Splat sp) {
            then(sp.base(), sp.each());
        } else if (e instanceof Expr.FunctionCall fc) {
            then(fc.args().toArray());
        } else if (e instanceof Expr.Tuple tu) {
            then(tu.elements().toArray());
        } else if (e instanceof Expr.ObjectCons oc) {
            List<Object> kids = new ArrayList<>(oc.items().size() * 2);
            for (Expr.ObjectItem item : oc.items()) {
                // A bare-word key is a Literal by now, so walking every key is safe.
                kids.add(item.key());
                kids.add(item.value());
            }
            then(kids.toArray());
        } else if (e instanceof Expr.Conditional c) {
            then(c.condition(), c.then(), c.otherwise());
        } else if (e instanceof Expr.BinaryOp b) {
            then(b.left(), b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            then(u.operand());
        } else if (e instanceof Expr.For f) {
            then(
                    f.collection(),
                    new Bind(f.keyVar(), f.valueVar()),
                    f.keyExpr(),
                    f.valueExpr(),
                    f.condition(),
                    UNBIND);
        } else if (e instanceof Expr.Paren p) {
            then(p.inner());
        }
        // Literal, SplatItem and Invalid refer to nothing.
    }

    /** Schedules {@code items} to be visited next, in the order given (nulls skipped). */
    private void then(Object... items) {
        for (int i = items.length - 1; i >= 0; i--) {
            if (items[i] != null) {
                work.push(items[i]);
            }
        }
    }
}
