package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.BodyItem;
import dev.tfguard.model.Addresses;
import dev.tfguard.model.Attr;
import dev.tfguard.model.Mode;
import dev.tfguard.model.Resource;
import dev.tfguard.model.SourceRef;
import dev.tfguard.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Turns a resource or data block of a module instance into the model's resources. */
final class ResourceBuilder {
    private ResourceBuilder() {}

    /**
     * The resources a block declares in {@code instance}: one per instance of its count or
     * for_each, each evaluated with its own {@code count.index} or {@code each.key}/{@code
     * each.value} and addressed as Terraform addresses it ({@code aws_x.y[0]}, {@code
     * aws_x.y["a"]}); none when count or for_each makes none; one at the block's address when it
     * has neither, or when how many instances it has is known only at apply.
     */
    static List<Resource> resources(
            ModuleInstance instance,
            ModuleSource.Located<Block> located,
            Predicate<String> relevant) {
        List<Map<String, Value>> bindings = instance.instances(located.item());
        if (bindings == null) {
            return List.of(resource(instance, located, null, relevant));
        }
        List<Resource> out = new ArrayList<>(bindings.size());
        for (Map<String, Value> binding : bindings) {
            out.add(resource(instance, located, binding, relevant));
        }
        return out;
    }

    private static Resource resource(
            ModuleInstance instance,
            ModuleSource.Located<Block> located,
            Map<String, Value> binding,
            Predicate<String> relevant) {
        Block b = located.item();
        Mode mode = b.type().equals("data") ? Mode.DATA : Mode.MANAGED;
        String type = b.labels().get(0);
        String name = b.labels().get(1);
        Object key = binding == null ? null : Expansion.keyOf(binding).known();
        String address =
                instance.absolute((mode == Mode.DATA ? "data." : "") + type + "." + name)
                        + (key == null ? "" : Addresses.key(key));
        Evaluator ev = binding == null ? new Evaluator(instance) : new Evaluator(instance, binding);
        Map<String, Attr> attrs = new LinkedHashMap<>();
        if (binding == null) {
            // a count or for_each kept on a block without instances is known only at apply: the
            // resource stands for an unknown number of instances, maybe none (Resource#mayBeAbsent)
            for (String meta : List.of("count", "for_each")) {
                b.body()
                        .attribute(meta)
                        .ifPresent(
                                a ->
                                        attrs.put(
                                                meta,
                                                attr(
                                                        meta,
                                                        ev.value(a.expr()),
                                                        located.displayOf(a),
                                                        a.range().start().line(),
                                                        a.range().start().column(),
                                                        null)));
            }
        }
        if (relevant.test(type)) {
            for (BodyItem item : b.body().items()) {
                if (item instanceof Attribute a) {
                    if (a.name().equals("count")
                            || a.name().equals("for_each")
                            || a.name().equals("depends_on")
                            || a.name().equals("provider")) {
                        continue;
                    }
                    Value v = ev.value(a.expr());
                    attrs.put(
                            a.name(),
                            attr(
                                    a.name(),
                                    v,
                                    located.displayOf(a),
                                    a.range().start().line(),
                                    a.range().start().column(),
                                    instance.defaultVariable(a.expr())));
                } else if (item instanceof Block nested
                        && !attrs.containsKey(nested.type())
                        && !Set.of("lifecycle", "provisioner", "connection", "timeouts")
                                .contains(nested.type())) {
                    String k =
                            nested.type().equals("dynamic") && !nested.labels().isEmpty()
                                    ? nested.labels().get(0)
                                    : nested.type();
                    List<Block> same = new ArrayList<>();
                    for (Block x : b.body().blocks()) {
                        String xk =
                                x.type().equals("dynamic") && !x.labels().isEmpty()
                                        ? x.labels().get(0)
                                        : x.type();
                        if (xk.equals(k)) {
                            same.add(x);
                        }
                    }
                    Value v = BlockValues.blocksValue(ev, same);
                    attrs.put(
                            k,
                            attr(
                                    k,
                                    v,
                                    located.displayOf(nested),
                                    nested.range().start().line(),
                                    nested.range().start().column(),
                                    null));
                }
            }
        }
        SourceRef src =
                new SourceRef(
                        located.display(), b.range().start().line(), b.range().start().column());
        Object indexKey = key instanceof java.math.BigDecimal d ? (Object) d.intValue() : key;
        return new Resource(address, instance.prefix, mode, type, name, indexKey, attrs, src, null);
    }

    private static Attr attr(
            String name, Value v, String file, int line, int column, String defaultOf) {
        if (v instanceof Value.Unknown u && u.reason() == null) {
            v = u.because("cannot be known statically");
        }
        return new Attr(
                name,
                v,
                List.copyOf(v.marks().refs()),
                new SourceRef(file, line, column),
                v.sensitive(),
                v.isKnown() && !v.marks().external(),
                defaultOf);
    }
}
