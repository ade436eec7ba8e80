package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Traversal;
import dev.tfguard.model.Addresses;
import dev.tfguard.model.Marks;
import dev.tfguard.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The module calls of one module instance (its owner), each with its instances, and what {@code
 * module.NAME...} means there.
 */
final class ModuleCalls {
    /**
     * One call of a module: its instances, in key order. {@code expanded} is true when the call has
     * {@code count} or {@code for_each}; {@code known} is false when how many instances it has is
     * known only at apply (then one instance stands for all, evaluated without a key).
     */
    record Call(boolean expanded, boolean known, List<ModuleInstance> instances) {}

    private final ModuleInstance owner;

    /** The calls by name. */
    private final Map<String, Call> calls = new LinkedHashMap<>();

    ModuleCalls(ModuleInstance owner) {
        this.owner = owner;
    }

    /**
     * {@code module.NAME...}: an output of a called module ({@code module.m.arn}), of one instance
     * of a module called with count or for_each ({@code module.m[0].arn}, {@code
     * module.m["a"].arn}), or a whole instance or call as an object (or a tuple or object of
     * instances). A key that names no instance is Terraform's error, so {@code try(module.m[0].arn,
     * null)} is null when the call has no instance.
     */
    Value reference(String name, List<Traversal.Step> steps, int[] consumed) {
        Call call = calls.get(name);
        String ref = owner.absolute("module." + name);
        if (call == null) {
            consumed[0] = steps.size();
            return Value.unknown("module." + name + " is not scanned (remote or missing source)")
                    .withMarks(Marks.ref(ref));
        }
        int at = 1;
        List<ModuleInstance> chosen = call.instances();
        ModuleInstance one = call.expanded() ? null : chosen.get(0);
        if (call.expanded() && steps.size() > 1 && steps.get(1) instanceof Traversal.Index idx) {
            at = 2;
            ref = ref + Addresses.key(idx.key());
            if (!call.known()) {
                consumed[0] = steps.size();
                return Value.unknown(
                                ref + " is known only at apply (its count or for_each is unknown)")
                        .withMarks(Marks.ref(ref));
            }
            for (ModuleInstance m : chosen) {
                if (Value.same(m.instanceKey(), Value.of(idx.key()))
                        || m.instanceKey().asNumber() != null
                                && idx.key() instanceof java.math.BigDecimal n
                                && m.instanceKey().asNumber().compareTo(n) == 0) {
                    one = m;
                }
            }
            if (one == null) {
                throw new EvalException(
                        "module." + name + " has no instance " + Addresses.key(idx.key()));
            }
        } else if (call.expanded() && !call.known()) {
            consumed[0] = steps.size();
            return Value.unknown(
                            "module."
                                    + name
                                    + " is known only at apply (its count or for_each is unknown)")
                    .withMarks(Marks.ref(ref));
        }
        if (one == null) {
            // the whole call: a tuple (count) or an object (for_each) of its instances
            consumed[0] = 1;
            List<Value> objects = new ArrayList<>();
            Map<String, Value> byKey = new LinkedHashMap<>();
            for (ModuleInstance m : chosen) {
                Value o = m.allOutputs();
                objects.add(o);
                byKey.put(String.valueOf(m.instanceKey().asString()), o);
            }
            boolean counted = callBlockOf(name).body().attribute("count").isPresent();
            return (counted ? Value.tuple(objects) : Value.object(byKey)).withMarks(Marks.ref(ref));
        }
        if (steps.size() > at && steps.get(at) instanceof Traversal.Attr out) {
            consumed[0] = at + 1;
            String outRef = ref + "." + out.name();
            return one.output(out.name(), outRef).withMarks(Marks.ref(outRef));
        }
        consumed[0] = at;
        return one.allOutputs().withMarks(Marks.ref(ref));
    }

    private Block callBlockOf(String name) {
        return calls.get(name).instances().isEmpty()
                ? owner.source.moduleCalls.get(name).item()
                : calls.get(name).instances().get(0).callBlock;
    }

    /**
     * Records a call of a module from the owner: one instance per key of its count or for_each
     * ({@code bindings}, null when the call has neither or its instances are unknown). Returns the
     * instances.
     */
    List<ModuleInstance> add(
            String name, ModuleSource child, Block call, List<Map<String, Value>> bindings) {
        boolean expanded =
                call.body().attribute("count").isPresent()
                        || call.body().attribute("for_each").isPresent();
        List<ModuleInstance> made = new ArrayList<>();
        String address = owner.absolute("module." + name);
        if (child != null && bindings == null) {
            made.add(owner.child(child, address, call, null));
        } else if (child != null) {
            for (Map<String, Value> b : bindings) {
                made.add(
                        owner.child(
                                child,
                                address + Addresses.key(Expansion.keyOf(b).known()),
                                call,
                                b));
            }
        }
        calls.put(name, new Call(expanded, !expanded || bindings != null, List.copyOf(made)));
        return made;
    }

    /** The instances of the modules the owner calls, in call order. */
    List<ModuleInstance> instances() {
        List<ModuleInstance> out = new ArrayList<>();
        calls.values().forEach(c -> out.addAll(c.instances()));
        return out;
    }
}
