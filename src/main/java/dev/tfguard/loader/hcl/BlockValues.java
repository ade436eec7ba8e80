package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Body;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.model.Marks;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The value of nested blocks ({@code ingress}, {@code statement}, {@code dynamic} ones expanded): a
 * list of objects, one per block, as a resource's arguments hold them.
 */
final class BlockValues {
    private BlockValues() {}

    /**
     * Nested blocks of one type, with their errors turned into an unknown value as {@link
     * Evaluator#value} does.
     */
    static Value blocksValue(Evaluator ev, List<Block> blocks) {
        try {
            return nestedBlocks(ev, blocks);
        } catch (EvalException e) {
            return Value.unknown(
                    Type.DYNAMIC,
                    "Terraform reports an error for a "
                            + blocks.get(0).type()
                            + " block: "
                            + e.getMessage());
        }
    }

    /**
     * Nested blocks of one type as a list of objects, in order. A {@code dynamic} block adds one
     * block per element of its {@code for_each} (the iterator, named by {@code iterator} or the
     * block's label, bound to {@code {key, value}}); when that collection is unknown, so is the
     * whole list. See
     * https://developer.hashicorp.com/terraform/language/expressions/dynamic-blocks.
     */
    static Value nestedBlocks(Evaluator ev, List<Block> blocks) {
        List<Value> out = new ArrayList<>();
        Marks marks = Marks.NONE;
        for (Block blk : blocks) {
            if (!blk.type().equals("dynamic")) {
                Value v = bodyValue(ev, blk.body());
                marks = marks.union(v.marks());
                out.add(v);
                continue;
            }
            String label = blk.labels().isEmpty() ? "dynamic" : blk.labels().get(0);
            Optional<Attribute> forEach = blk.body().attribute("for_each");
            if (forEach.isEmpty()) {
                throw new EvalException("the dynamic \"" + label + "\" block has no for_each");
            }
            Value coll = ev.eval(forEach.get().expr());
            marks = marks.union(coll.marks());
            if (coll instanceof Value.Unknown u) {
                return new Value.Unknown(
                        Type.DYNAMIC,
                        "the for_each of the dynamic \""
                                + label
                                + "\" block is known only at apply"
                                + (u.reason() == null ? "" : " (" + u.reason() + ")"),
                        true,
                        null,
                        0,
                        -1,
                        marks);
            }
            String iterator = label;
            Optional<Attribute> it = blk.body().attribute("iterator");
            if (it.isPresent()
                    && it.get().expr() instanceof Expr.ScopeTraversal st
                    && st.traversal().steps().isEmpty()) {
                iterator = st.traversal().root();
            }
            Block content = null;
            for (Block c : blk.body().blocks()) {
                if (c.type().equals("content")) {
                    content = c;
                }
            }
            if (content == null) {
                throw new EvalException("the dynamic \"" + label + "\" block has no content block");
            }
            for (Map.Entry<Value, Value> e : Evaluator.entries(coll, "dynamic block's for_each")) {
                Map<String, Value> iter = new LinkedHashMap<>();
                iter.put("key", e.getKey());
                iter.put("value", e.getValue());
                Value v = bodyValue(ev.bind(Map.of(iterator, Value.object(iter))), content.body());
                out.add(v);
                marks = marks.union(v.marks());
            }
        }
        return Value.list(out, null).withMarks(marks);
    }

    private static Value bodyValue(Evaluator ev, Body body) {
        Map<String, Value> m = new LinkedHashMap<>();
        Marks marks = Marks.NONE;
        for (Attribute a : body.attributes()) {
            Value v = ev.value(a.expr());
            marks = marks.union(v.marks());
            m.put(a.name(), v);
        }
        Map<String, List<Block>> byType = new LinkedHashMap<>();
        for (Block b : body.blocks()) {
            String t =
                    b.type().equals("dynamic") && !b.labels().isEmpty()
                            ? b.labels().get(0)
                            : b.type();
            byType.computeIfAbsent(t, k -> new ArrayList<>()).add(b);
        }
        for (Map.Entry<String, List<Block>> e : byType.entrySet()) {
            Value v = blocksValue(ev, e.getValue());
            marks = marks.union(v.marks());
            m.put(e.getKey(), v);
        }
        return Value.object(m).withMarks(marks);
    }
}
