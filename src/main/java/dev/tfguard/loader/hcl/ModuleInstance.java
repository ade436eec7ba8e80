package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.Traversal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One module evaluated through one call (or as a root): its variables from the call's arguments (or tfvars and
 * the environment at the root), its locals, outputs and resources. Values are computed lazily and once.
 */
final class ModuleInstance implements Scope {
    /** At most this many count/for_each instances are evaluated one by one; more are treated as unknown. */
    static final int MAX_INSTANCES = 64;

    final ModuleSource source;
    /** The module path, {@code ""} at the root, e.g. {@code module.a.module.b}. */
    final String prefix;
    private final ModuleInstance caller;
    private final Block callBlock;
    private final Map<String, Val> rootValues;
    private final Consumer<String> warn;
    // caches, shared by the threads that evaluate the resource blocks of one instance (HclLoader)
    private final Map<String, Val> vars = new ConcurrentHashMap<>();
    private final Map<String, Val> locals = new ConcurrentHashMap<>();
    private final Map<String, Val> outputs = new ConcurrentHashMap<>();
    /** What each thread is evaluating: a name met again on the same thread is a cycle. */
    private final ThreadLocal<Set<String>> evaluating = ThreadLocal.withInitial(HashSet::new);
    /**
     * Set when a cycle was cut here or in a module this one calls. Terraform rejects cycles, and in one the cached
     * values depend on where evaluation started, so a loader that evaluates in parallel starts over in order.
     */
    private volatile boolean cycleCut;
    final Map<String, ModuleInstance> children = new LinkedHashMap<>();

    ModuleInstance(ModuleSource source, String prefix, ModuleInstance caller, Block callBlock,
                   Map<String, Val> rootValues, Consumer<String> warn) {
        this.source = source;
        this.prefix = prefix;
        this.caller = caller;
        this.callBlock = callBlock;
        this.rootValues = rootValues;
        this.warn = warn;
    }

    String absolute(String relative) {
        return prefix.isEmpty() ? relative : prefix + "." + relative;
    }

    @Override
    public Val resolve(Traversal t, int[] consumed) {
        String root = t.root();
        List<Traversal.Step> steps = t.steps();
        String first = steps.isEmpty() ? null : steps.get(0) instanceof Traversal.Attr a ? a.name() : null;
        switch (root) {
            case "var" -> {
                consumed[0] = 1;
                return first == null ? Val.unknown("var used as a value") : variable(first, t);
            }
            case "local" -> {
                consumed[0] = 1;
                return first == null ? Val.unknown("local used as a value") : local(first, t);
            }
            case "module" -> {
                String out = steps.size() > 1 && steps.get(1) instanceof Traversal.Attr a ? a.name() : null;
                consumed[0] = out == null ? steps.size() : 2;
                return first == null ? Val.unknown("module used as a value") : moduleOutput(first, out);
            }
            case "data" -> {
                consumed[0] = steps.size();
                String block = steps.size() >= 2 ? "data." + name(steps.get(0)) + "." + name(steps.get(1)) : "data";
                return Val.unknown(block + " is read by Terraform at plan time")
                        .withRef(absolute(t.toString())).withRef(absolute(block));
            }
            case "each", "count", "self", "path", "terraform" -> {
                consumed[0] = steps.size();
                return Val.unknown(t + " is set by Terraform per instance or at run time");
            }
            default -> {
                consumed[0] = steps.size();
                return resourceAttribute(t);
            }
        }
    }

    private static String name(Traversal.Step s) {
        return s instanceof Traversal.Attr a ? a.name() : String.valueOf(((Traversal.Index) s).key());
    }

    Val variable(String name, Traversal at) {
        Val cached = vars.get(name);
        if (cached != null) {
            return cached;
        }
        ModuleSource.Located<Block> decl = source.variables.get(name);
        if (decl == null) {
            warn.accept(where(at) + "var." + name + " is not declared");
            return Val.unknown("var." + name + " is not declared");
        }
        if (!evaluating.get().add("var." + name)) {
            markCycle();
            return Val.unknown("var." + name + " depends on itself");
        }
        boolean sensitive = decl.item().body().attribute("sensitive")
                .map(a -> Boolean.TRUE.equals(Values.bool(new Evaluator(this).eval(a.expr())))).orElse(false);
        Val v = null;
        if (caller != null) {
            Optional<Attribute> arg = callBlock.body().attribute(name);
            if (arg.isPresent()) {
                v = caller.evalForEachInstance(callBlock, arg.get().expr());
            }
        } else if (rootValues.containsKey(name)) {
            v = rootValues.get(name);
        }
        if (v == null) {
            Optional<Attribute> def = decl.item().body().attribute("default");
            v = def.isPresent() ? new Evaluator(EMPTY).eval(def.get().expr())
                    : Val.unknown("var." + name + " has no default and no value");
        }
        if (!v.known() && v.refs().isEmpty()) {
            v = v.withRef(absolute("var." + name));
        }
        v = v.sensitive(v.sensitive() || sensitive);
        evaluating.get().remove("var." + name);
        vars.put(name, v);
        return v;
    }

    private Val local(String name, Traversal at) {
        Val cached = locals.get(name);
        if (cached != null) {
            return cached;
        }
        ModuleSource.Located<Attribute> decl = source.locals.get(name);
        if (decl == null) {
            warn.accept(where(at) + "local." + name + " is not declared");
            return Val.unknown("local." + name + " is not declared");
        }
        if (!evaluating.get().add("local." + name)) {
            markCycle();
            return Val.unknown("local." + name + " depends on itself");
        }
        Val v = new Evaluator(this).eval(decl.item().expr());
        evaluating.get().remove("local." + name);
        locals.put(name, v);
        return v;
    }

    private Val moduleOutput(String call, String output) {
        ModuleInstance child = children.get(call);
        String ref = absolute("module." + call + (output == null ? "" : "." + output));
        if (child == null) {
            return Val.unknown("module." + call + " is not scanned (remote or missing source)").withRef(ref);
        }
        if (output == null) {
            return Val.unknown("module." + call + " used as a whole").withRef(ref);
        }
        Val cached = child.outputs.get(output);
        if (cached != null) {
            return cached;
        }
        ModuleSource.Located<Block> decl = child.source.outputs.get(output);
        if (decl == null || decl.item().body().attribute("value").isEmpty()) {
            return Val.unknown("module." + call + " has no output " + output).withRef(ref);
        }
        if (!child.evaluating.get().add("output." + output)) {
            markCycle();
            return Val.unknown("output " + output + " depends on itself");
        }
        Val v = new Evaluator(child).eval(decl.item().body().attribute("value").get().expr());
        child.evaluating.get().remove("output." + output);
        child.outputs.put(output, v);
        return v;
    }

    /**
     * A resource attribute: the written value when the referenced resource's configuration sets it, else known
     * only after apply. Either way the value carries the reference, so the graph can follow it.
     */
    private Val resourceAttribute(Traversal t) {
        List<Traversal.Step> steps = t.steps();
        if (steps.isEmpty() || !(steps.get(0) instanceof Traversal.Attr nameStep)) {
            return Val.unknown(t + " cannot be evaluated statically");
        }
        String block = t.root() + "." + nameStep.name();
        Set<String> refs = new java.util.LinkedHashSet<>(List.of(absolute(t.toString()), absolute(block)));
        int attrAt = steps.size() > 1 && steps.get(1) instanceof Traversal.Index ? 2 : 1;
        String attr = steps.size() > attrAt && steps.get(attrAt) instanceof Traversal.Attr a ? a.name() : null;
        ModuleSource.Located<Block> decl = source.resource(block);
        Set<String> busy = evaluating.get();
        if (decl != null && attr != null && busy.contains(block + "." + attr)) {
            markCycle();
        } else if (decl != null && attr != null) {
            Optional<Attribute> written = decl.item().body().attribute(attr);
            if (written.isPresent()) {
                busy.add(block + "." + attr);
                Val v = new Evaluator(this).eval(written.get().expr());
                busy.remove(block + "." + attr);
                if (v.known()) {
                    return Evaluator.steps(v, steps, attrAt + 1).withRefs(refs);
                }
            }
        }
        return new Val(null, false, t + " is known only after apply", refs, false);
    }

    /**
     * Evaluates {@code expr} once per instance of a block with count/for_each (each and count bound), and merges:
     * the common value when every instance agrees, else an unknown value.
     */
    Val evalForEachInstance(Block block, Expr expr) {
        List<Map<String, Val>> bindings = instances(block);
        if (bindings == null) {
            return new Evaluator(this).eval(expr);
        }
        List<Val> vals = new ArrayList<>();
        for (Map<String, Val> b : bindings) {
            vals.add(new Evaluator(this, b).eval(expr));
        }
        return merge(vals);
    }

    /**
     * The name bindings of each instance of a block: null without count/for_each (or with too many instances, or
     * an unknown count), an empty list when the block has no instance.
     */
    List<Map<String, Val>> instances(Block block) {
        Optional<Attribute> count = block.body().attribute("count");
        Optional<Attribute> forEach = block.body().attribute("for_each");
        if (count.isPresent()) {
            Val n = new Evaluator(this).eval(count.get().expr());
            BigDecimal num = n.known() ? Values.number(n.value()) : null;
            if (num == null || num.intValue() > MAX_INSTANCES) {
                return null;
            }
            List<Map<String, Val>> out = new ArrayList<>();
            for (int i = 0; i < num.intValue(); i++) {
                out.add(Map.of("count", Val.of(Map.of("index", BigDecimal.valueOf(i)))));
            }
            return out;
        }
        if (forEach.isPresent()) {
            Val coll = new Evaluator(this).eval(forEach.get().expr());
            if (!coll.known() || coll.value() == null) {
                return null;
            }
            List<Map.Entry<Object, Object>> entries = Values.entries(coll.value());
            if (entries.size() > MAX_INSTANCES) {
                return null;
            }
            List<Map<String, Val>> out = new ArrayList<>();
            for (Map.Entry<Object, Object> e : entries) {
                // for_each over a set binds each.key to the element itself
                Object key = coll.value() instanceof List<?> ? e.getValue() : e.getKey();
                Map<String, Object> each = new LinkedHashMap<>();
                each.put("key", key);
                each.put("value", e.getValue());
                out.add(Map.of("each", Val.of(each)));
            }
            return out;
        }
        return null;
    }

    /** One value for all instances: theirs when they agree, else unknown. */
    static Val merge(List<Val> vals) {
        if (vals.isEmpty()) {
            return Val.unknown("the block has no instances");
        }
        Val first = vals.get(0);
        for (Val v : vals) {
            if (!v.known()) {
                return v.from(vals.toArray(new Val[0]));
            }
            if (!Values.same(v.value(), first.value())) {
                return Val.unknown("the value differs between the instances of count/for_each")
                        .from(vals.toArray(new Val[0])).maybeUnset();
            }
        }
        return first.from(vals.toArray(new Val[0]));
    }

    private void markCycle() {
        for (ModuleInstance m = this; m != null; m = m.caller) {
            m.cycleCut = true;
        }
    }

    /** True when a cycle was cut since {@link #saveCaches}. */
    boolean cycleCut() {
        return cycleCut;
    }

    /** The cached values of this instance and of the instances it calls, for {@link #restoreCaches}. */
    Map<ModuleInstance, List<Map<String, Val>>> saveCaches() {
        Map<ModuleInstance, List<Map<String, Val>>> saved = new HashMap<>();
        save(saved);
        cycleCut = false;
        return saved;
    }

    private void save(Map<ModuleInstance, List<Map<String, Val>>> saved) {
        saved.put(this, List.of(new HashMap<>(vars), new HashMap<>(locals), new HashMap<>(outputs)));
        children.values().forEach(c -> c.save(saved));
    }

    /** Puts back the caches as {@link #saveCaches} found them. */
    void restoreCaches(Map<ModuleInstance, List<Map<String, Val>>> saved) {
        saved.forEach((m, caches) -> {
            m.vars.clear();
            m.vars.putAll(caches.get(0));
            m.locals.clear();
            m.locals.putAll(caches.get(1));
            m.outputs.clear();
            m.outputs.putAll(caches.get(2));
        });
        cycleCut = false;
    }

    private String where(Traversal t) {
        return t.range() == null ? "" : "line " + t.range().start().line() + " of module "
                + (prefix.isEmpty() ? source.dir.getFileName() : prefix) + ": ";
    }

    /** A scope where nothing is known: variable defaults are constants. */
    private static final Scope EMPTY = (t, consumed) -> {
        consumed[0] = t.steps().size();
        return Val.unknown(t + " cannot be used in a variable default");
    };
}
