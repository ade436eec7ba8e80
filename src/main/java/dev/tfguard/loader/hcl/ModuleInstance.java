package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.CallContext;
import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.Traversal;
import dev.tfguard.model.Marks;
import dev.tfguard.model.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One module evaluated through one call (or as a root): its variables from the call's arguments (or
 * tfvars and the environment at the root), its locals, outputs and resources. Values are computed
 * lazily and once.
 */
final class ModuleInstance implements Scope {
    final ModuleSource source;

    /** The module path, {@code ""} at the root, e.g. {@code module.a.module.b}. */
    final String prefix;

    final ModuleInstance caller;
    final Block callBlock;
    final Map<String, Value> rootValues;
    private final Consumer<String> warn;
    // caches, shared by the threads that evaluate the resource blocks of one instance (HclLoader)
    private final Map<String, Value> vars = new ConcurrentHashMap<>();
    private final Map<String, Value> locals = new ConcurrentHashMap<>();
    private final Map<String, Value> outputs = new ConcurrentHashMap<>();

    /** The instances of each block, by identity (a block's own hash reads its whole body). */
    private final Map<Block, Optional<List<Map<String, Value>>>> instanceCache =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** What each thread is evaluating: a name met again on the same thread is a cycle. */
    private final ThreadLocal<Set<String>> evaluating = ThreadLocal.withInitial(HashSet::new);

    /**
     * Set when a cycle was cut here or in a module this one calls. Terraform rejects cycles, and in
     * one the cached values depend on where evaluation started, so a loader that evaluates in
     * parallel starts over in order.
     */
    private volatile boolean cycleCut;

    /**
     * {@code terraform.workspace}; read from the root instance, where the loader sets it before
     * evaluating.
     */
    volatile String workspace = "default";

    /** The module calls of this instance by name, each with its instances. */
    private final ModuleCalls calls = new ModuleCalls(this);

    /**
     * The {@code count}/{@code each} of this instance in its caller ({@code count.index}, {@code
     * each.key}).
     */
    final Map<String, Value> instanceBindings;

    /** What function calls may read; a called module shares its caller's. */
    private final CallContext context;

    /**
     * True when values are wanted as Terraform's plan shows them, see {@link
     * Scope#terraformView()}.
     */
    private final boolean terraformView;

    /**
     * A root module, its variables set by {@code rootValues}, with the given function context and
     * view.
     */
    ModuleInstance(
            ModuleSource source,
            Map<String, Value> rootValues,
            Consumer<String> warn,
            CallContext context,
            boolean terraformView) {
        this(source, "", null, null, rootValues, warn, context, terraformView, null);
    }

    private ModuleInstance(
            ModuleSource source,
            String prefix,
            ModuleInstance caller,
            Block callBlock,
            Map<String, Value> rootValues,
            Consumer<String> warn,
            CallContext context,
            boolean terraformView,
            Map<String, Value> instanceBindings) {
        this.instanceBindings = instanceBindings;
        this.context = context;
        this.terraformView = terraformView;
        this.source = source;
        this.prefix = prefix;
        this.caller = caller;
        this.callBlock = callBlock;
        this.rootValues = rootValues;
        this.warn = warn;
    }

    /** An instance of the module {@code child} that this instance calls with {@code call}. */
    ModuleInstance child(
            ModuleSource child, String address, Block call, Map<String, Value> bindings) {
        return new ModuleInstance(
                child, address, this, call, Map.of(), warn, context, terraformView, bindings);
    }

    String absolute(String relative) {
        return prefix.isEmpty() ? relative : prefix + "." + relative;
    }

    @Override
    public Value resolve(Traversal t, int[] consumed) {
        String root = t.root();
        List<Traversal.Step> steps = t.steps();
        String first =
                steps.isEmpty() ? null : steps.get(0) instanceof Traversal.Attr a ? a.name() : null;
        switch (root) {
            case "var" -> {
                consumed[0] = 1;
                return first == null ? Value.unknown("var used as a value") : variable(first, t);
            }
            case "local" -> {
                consumed[0] = 1;
                return first == null ? Value.unknown("local used as a value") : local(first, t);
            }
            case "module" -> {
                if (first == null) {
                    consumed[0] = steps.size();
                    return Value.unknown("module used as a value");
                }
                return calls.reference(first, steps, consumed);
            }
            case "data" -> {
                consumed[0] = steps.size();
                String block =
                        steps.size() >= 2
                                ? "data." + name(steps.get(0)) + "." + name(steps.get(1))
                                : "data";
                Value.Unknown u = Value.unknown(block + " is read by Terraform at plan time");
                if (block.startsWith("data.aws_iam_policy_document.")
                        && steps.size() >= 3
                        && steps.get(steps.size() - 1) instanceof Traversal.Attr last
                        && last.name().equals("json")
                        && !terraformView()) {
                    u = PolicyDocuments.of(this, source.dataSource(block), u);
                }
                return (terraformView() ? u.maybeNull() : u)
                        .withMarks(
                                new Marks(
                                        new LinkedHashSet<>(
                                                List.of(absolute(t.toString()), absolute(block))),
                                        false,
                                        false));
            }
            case "path", "terraform" -> {
                Value known = runValue(root, first);
                if (known != null) {
                    consumed[0] = 1;
                    return known;
                }
                consumed[0] = steps.size();
                return Value.unknown(t + " is set by Terraform per instance or at run time");
            }
            case "each", "count", "self" -> {
                consumed[0] = steps.size();
                return Value.unknown(t + " is set by Terraform per instance or at run time");
            }
            default -> {
                consumed[0] = steps.size();
                return resourceAttribute(t);
            }
        }
    }

    /**
     * {@code path.module}, {@code path.root}, {@code path.cwd} and {@code terraform.workspace} as
     * Terraform sets them when run in the root module's folder: the module's folder relative to the
     * root's ({@code .} at the root, {@code .terraform/modules/x} for an installed module), the
     * root itself, the root's absolute path, and the workspace tfguard was given; null for anything
     * else.
     */
    private Value runValue(String root, String name) {
        ModuleInstance top = this;
        while (top.caller != null) {
            top = top.caller;
        }
        if (root.equals("terraform")) {
            return "workspace".equals(name) ? Value.string(top.workspace) : null;
        }
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "module" -> {
                String rel = top.source.dir.relativize(source.dir).toString().replace('\\', '/');
                yield Value.string(rel.isEmpty() ? "." : rel);
            }
            case "root" -> Value.string(".");
            case "cwd" -> Value.string(top.source.dir.toString().replace('\\', '/'));
            default -> null;
        };
    }

    private static String name(Traversal.Step s) {
        return s instanceof Traversal.Attr a
                ? a.name()
                : String.valueOf(((Traversal.Index) s).key());
    }

    Value variable(String name, Traversal at) {
        Value cached = vars.get(name);
        if (cached != null) {
            return cached;
        }
        ModuleSource.Located<Block> decl = source.variables.get(name);
        if (decl == null) {
            warn.accept(where(at) + "var." + name + " is not declared");
            return Value.unknown("var." + name + " is not declared");
        }
        if (!evaluating.get().add("var." + name)) {
            markCycle();
            return Value.unknown("var." + name + " depends on itself");
        }
        Value v = Variables.value(this, name, decl.item());
        evaluating.get().remove("var." + name);
        vars.put(name, v);
        return v;
    }

    /** See {@link Variables#defaultOf}. */
    String defaultVariable(Expr expr) {
        return Variables.defaultOf(this, expr);
    }

    private Value local(String name, Traversal at) {
        Value cached = locals.get(name);
        if (cached != null) {
            return cached;
        }
        ModuleSource.Located<Attribute> decl = source.locals.get(name);
        if (decl == null) {
            warn.accept(where(at) + "local." + name + " is not declared");
            return Value.unknown("local." + name + " is not declared");
        }
        if (!evaluating.get().add("local." + name)) {
            markCycle();
            return Value.unknown("local." + name + " depends on itself");
        }
        Value v = new Evaluator(this).value(decl.item().expr());
        evaluating.get().remove("local." + name);
        locals.put(name, v);
        return v;
    }

    /** The value of this instance's local {@code name}, which is declared; evaluated once. */
    Value localValue(String name) {
        return local(name, null);
    }

    /** Every output of this instance, as the object {@code module.NAME} is. */
    Value allOutputs() {
        Map<String, Value> out = new LinkedHashMap<>();
        for (String name : source.outputs.keySet()) {
            if (source.outputs.get(name).item().body().attribute("value").isPresent()) {
                out.put(name, output(name, absolute("output." + name)));
            }
        }
        return Value.object(out);
    }

    /**
     * This instance's key in its call: {@code count.index} or {@code each.key}; null when it has
     * none.
     */
    Value instanceKey() {
        return Expansion.keyOf(instanceBindings);
    }

    /** See {@link ModuleCalls#add}. */
    List<ModuleInstance> addCall(
            String name, ModuleSource child, Block call, List<Map<String, Value>> bindings) {
        return calls.add(name, child, call, bindings);
    }

    /** The instances of the modules this instance calls, in call order. */
    List<ModuleInstance> childInstances() {
        return calls.instances();
    }

    /**
     * The value of this instance's output {@code output}; {@code ref} is how the caller refers to
     * it.
     */
    Value output(String output, String ref) {
        Value cached = outputs.get(output);
        if (cached != null) {
            return cached;
        }
        ModuleSource.Located<Block> decl = source.outputs.get(output);
        if (decl == null || decl.item().body().attribute("value").isEmpty()) {
            throw new EvalException("the module " + prefix + " has no output \"" + output + "\"");
        }
        if (!evaluating.get().add("output." + output)) {
            markCycle();
            return Value.unknown("output " + output + " depends on itself")
                    .withMarks(Marks.ref(ref));
        }
        Value v = new Evaluator(this).value(decl.item().body().attribute("value").get().expr());
        evaluating.get().remove("output." + output);
        outputs.put(output, v);
        return v;
    }

    /**
     * A resource attribute: the written value when the referenced resource's configuration sets it,
     * else known only after apply (and, judged at apply, never null). Either way the value carries
     * the reference, so the graph can follow it.
     */
    private Value resourceAttribute(Traversal t) {
        List<Traversal.Step> steps = t.steps();
        if (steps.isEmpty() || !(steps.get(0) instanceof Traversal.Attr nameStep)) {
            return Value.unknown(t + " cannot be evaluated statically");
        }
        String block = t.root() + "." + nameStep.name();
        Marks refs =
                new Marks(
                        new LinkedHashSet<>(List.of(absolute(t.toString()), absolute(block))),
                        false,
                        false);
        int attrAt = steps.size() > 1 && steps.get(1) instanceof Traversal.Index ? 2 : 1;
        String attr =
                steps.size() > attrAt && steps.get(attrAt) instanceof Traversal.Attr a
                        ? a.name()
                        : null;
        ModuleSource.Located<Block> decl = source.resource(block);
        Map<String, Value> binding = null;
        if (decl != null && attrAt == 2) {
            binding =
                    Expansion.instance(
                            instances(decl.item()), ((Traversal.Index) steps.get(1)).key(), t);
        }
        Set<String> busy = evaluating.get();
        if (decl != null && attr != null && busy.contains(block + "." + attr)) {
            markCycle();
        } else if (decl != null && attr != null) {
            Optional<Attribute> written = decl.item().body().attribute(attr);
            if (written.isPresent()) {
                busy.add(block + "." + attr);
                Value v;
                try {
                    v =
                            (binding == null ? new Evaluator(this) : new Evaluator(this, binding))
                                    .value(written.get().expr());
                } finally {
                    busy.remove(block + "." + attr);
                }
                if (v.isWhollyKnown()) {
                    return Evaluator.steps(v, steps, attrAt + 1).withMarks(refs);
                }
            }
        }
        Value.Unknown u = Value.unknown(t + " is known only after apply");
        if (decl != null && "terraform_data".equals(t.root()) && "output".equals(attr)) {
            // terraform_data's output is its input once applied: of the input's type
            Optional<Attribute> input = decl.item().body().attribute("input");
            Value in =
                    input.isPresent() ? new Evaluator(this).value(input.get().expr()) : Value.NULL;
            u = u.withType(in.type());
            Value typed = (terraformView() ? u.maybeNull() : u).withMarks(refs);
            return Evaluator.steps(typed, steps, attrAt + 1);
        }
        return (terraformView() ? u.maybeNull() : u).withMarks(refs);
    }

    @Override
    public CallContext callContext() {
        return context;
    }

    @Override
    public boolean terraformView() {
        return terraformView;
    }

    /**
     * The name bindings of each instance of a block: null without count/for_each (or with an
     * unknown count or collection), an empty list when the block has no instance.
     */
    List<Map<String, Value>> instances(Block block) {
        Optional<List<Map<String, Value>>> cached = instanceCache.get(block);
        if (cached != null) {
            return cached.orElse(null);
        }
        String busy = "instances of " + System.identityHashCode(block);
        if (!evaluating.get().add(busy)) {
            markCycle();
            return null; // count or for_each refers to its own block: Terraform rejects it
        }
        List<Map<String, Value>> out;
        try {
            out = Expansion.of(block, this);
        } finally {
            evaluating.get().remove(busy);
        }
        instanceCache.put(block, Optional.ofNullable(out));
        return out;
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

    /**
     * The cached values of this instance and of the instances it calls, for {@link #restoreCaches}.
     */
    Map<ModuleInstance, List<Map<String, Value>>> saveCaches() {
        Map<ModuleInstance, List<Map<String, Value>>> saved = new HashMap<>();
        save(saved);
        cycleCut = false;
        return saved;
    }

    private void save(Map<ModuleInstance, List<Map<String, Value>>> saved) {
        saved.put(
                this, List.of(new HashMap<>(vars), new HashMap<>(locals), new HashMap<>(outputs)));
        childInstances().forEach(c -> c.save(saved));
    }

    /** Puts back the caches as {@link #saveCaches} found them. */
    void restoreCaches(Map<ModuleInstance, List<Map<String, Value>>> saved) {
        saved.forEach(
                (m, caches) -> {
                    m.vars.clear();
                    m.vars.putAll(caches.get(0));
                    m.locals.clear();
                    m.locals.putAll(caches.get(1));
                    m.outputs.clear();
                    m.outputs.putAll(caches.get(2));
                    m.instanceCache.clear();
                });
        cycleCut = false;
    }

    private String where(Traversal t) {
        return t == null || t.range() == null
                ? ""
                : "line "
                        + t.range().start().line()
                        + " of module "
                        + (prefix.isEmpty() ? source.dir.getFileName() : prefix)
                        + ": ";
    }
}
