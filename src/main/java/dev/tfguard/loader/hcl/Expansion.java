package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Traversal;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instances of a block with {@code count} or {@code for_each}: one binding of {@code
 * count.index} or {@code each.key}/{@code each.value} per instance, as Terraform expands them. See
 * https://developer.hashicorp.com/terraform/language/meta-arguments/count.
 */
final class Expansion {
    /**
     * At most this many instances of one block are evaluated one by one; a block with more is
     * judged once, its {@code count.index} or {@code each} unknown. The bound only keeps a hostile
     * {@code count = 1e9} from exhausting memory: real configurations stay far below it.
     */
    static final int MAX_INSTANCES = 10_000;

    private Expansion() {}

    /**
     * The name bindings of each instance of {@code block} evaluated in {@code scope}: null without
     * count/for_each (or with an unknown count or collection, or more than {@link #MAX_INSTANCES}
     * instances), an empty list when the block has no instance.
     */
    static List<Map<String, Value>> of(Block block, Scope scope) {
        Optional<Attribute> count = block.body().attribute("count");
        Optional<Attribute> forEach = block.body().attribute("for_each");
        if (count.isPresent()) {
            Value n = new Evaluator(scope).value(count.get().expr());
            BigDecimal num = n.isKnown() ? n.asNumber() : null;
            if (num == null || num.signum() < 0 || num.intValue() > MAX_INSTANCES) {
                return null;
            }
            List<Map<String, Value>> out = new ArrayList<>();
            for (int i = 0; i < num.intValue(); i++) {
                out.add(Map.of("count", Value.object(Map.of("index", Value.number(i)))));
            }
            return out;
        }
        if (forEach.isPresent()) {
            Value coll = new Evaluator(scope).value(forEach.get().expr());
            if (!coll.isKnown() || !(coll.isSequence() || coll.isMapping())) {
                return null;
            }
            List<Map.Entry<Value, Value>> entries = Evaluator.entries(coll, "for_each");
            if (entries.size() > MAX_INSTANCES) {
                return null;
            }
            List<Map<String, Value>> out = new ArrayList<>();
            for (Map.Entry<Value, Value> e : entries) {
                // for_each over a set binds each.key to the element itself
                Value key = coll.isSequence() ? e.getValue() : e.getKey();
                if (!(key.known() instanceof String)) {
                    return null; // Terraform requires string keys: unknown or invalid, judged as
                    // unknown
                }
                Map<String, Value> each = new LinkedHashMap<>();
                each.put("key", key);
                each.put("value", e.getValue());
                out.add(Map.of("each", Value.object(each)));
            }
            return out;
        }
        return null;
    }

    /**
     * The instance key that {@code count}/{@code each} bindings stand for; null without bindings.
     */
    static Value keyOf(Map<String, Value> bindings) {
        if (bindings == null) {
            return Value.NULL;
        }
        Value c = bindings.get("count");
        return c != null ? c.get("index") : bindings.get("each").get("key");
    }

    /**
     * Of the instances {@code inst} of a resource, the bindings of the one {@code key} names (null
     * when they are not known); fails as Terraform does when it names none.
     */
    static Map<String, Value> instance(List<Map<String, Value>> inst, Object key, Traversal t) {
        if (inst == null) {
            return null;
        }
        for (Map<String, Value> b : inst) {
            Value k = Expansion.keyOf(b);
            if (Value.same(k, Value.of(key))
                    || k.known() instanceof BigDecimal n
                            && key instanceof BigDecimal m
                            && n.compareTo(m) == 0) {
                return b;
            }
        }
        throw new EvalException(
                t
                        + ": the resource has no instance "
                        + (key instanceof String ? "\"" + key + "\"" : String.valueOf(key)));
    }
}
