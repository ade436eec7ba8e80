package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.Traversal;

import dev.tfguard.loader.hcl.function.CallContext;
import dev.tfguard.loader.hcl.function.Convert;
import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.model.Marks;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
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
    private final Map<String, Value> rootValues;
    private final Consumer<String> warn;
    // caches, shared by the threads that evaluate the resource blocks of one instance (HclLoader)
    private final Map<String, Value> vars = new ConcurrentHashMap<>();
    private final Map<String, Value> locals = new ConcurrentHashMap<>();
    private final Map<String, Value> outputs = new ConcurrentHashMap<>();
    /** What each thread is evaluating: a name met again on the same thread is a cycle. */
    private final ThreadLocal<Set<String>> evaluating = ThreadLocal.withInitial(HashSet::new);
    /**
     * Set when a cycle was cut here or in a module this one calls. Terraform rejects cycles, and in one the cached
     * values depend on where evaluation started, so a loader that evaluates in parallel starts over in order.
     */
    private volatile boolean cycleCut;
    final Map<String, ModuleInstance> children = new LinkedHashMap<>();
    /** {@code terraform.workspace}; read from the root instance, where the loader sets it before evaluating. */
    volatile String workspace = "default";
    /** What function calls may read; a called module shares its caller's. */
    private final CallContext context;
    /** True when values are wanted as Terraform's plan shows them, see {@link Scope#terraformView()}. */
    private final boolean terraformView;

    ModuleInstance(ModuleSource source, String prefix, ModuleInstance caller, Block callBlock,
                   Map<String, Value> rootValues, Consumer<String> warn) {
        this(source, prefix, caller, callBlock, rootValues, warn,
                caller == null ? CallContext.NONE : caller.context, caller != null && caller.terraformView);
    }

    ModuleInstance(ModuleSource source, String prefix, ModuleInstance caller, Block callBlock,
                   Map<String, Value> rootValues, Consumer<String> warn, CallContext context,
                   boolean terraformView) {
        this.context = context;
        this.terraformView = terraformView;
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
    public Value resolve(Traversal t, int[] consumed) {
        String root = t.root();
        List<Traversal.Step> steps = t.steps();
        String first = steps.isEmpty() ? null : steps.get(0) instanceof Traversal.Attr a ? a.name() : null;
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
                String out = steps.size() > 1 && steps.get(1) instanceof Traversal.Attr a ? a.name() : null;
                consumed[0] = out == null ? steps.size() : 2;
                return first == null ? Value.unknown("module used as a value") : moduleOutput(first, out);
            }
            case "data" -> {
                consumed[0] = steps.size();
                String block = steps.size() >= 2 ? "data." + name(steps.get(0)) + "." + name(steps.get(1)) : "data";
                Value.Unknown u = Value.unknown(block + " is read by Terraform at plan time");
                return (terraformView() ? u.maybeNull() : u)
                        .withMarks(new Marks(new LinkedHashSet<>(List.of(absolute(t.toString()), absolute(block))), false, false));
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
     * {@code path.module}, {@code path.root}, {@code path.cwd} and {@code terraform.workspace} as Terraform sets them
     * when run in the root module's folder: the module's folder relative to the root's ({@code .} at the root,
     * {@code .terraform/modules/x} for an installed module), the root itself, the root's absolute path, and the
     * workspace tfguard was given; null for anything else.
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
        return s instanceof Traversal.Attr a ? a.name() : String.valueOf(((Traversal.Index) s).key());
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
        Value v = declaredVariable(name, decl.item());
        evaluating.get().remove("var." + name);
        vars.put(name, v);
        return v;
    }

    /**
     * A variable's value as Terraform gives it: the caller's argument (or at the root a {@code .tfvars} or
     * environment value), else the default; a null given to a variable with {@code nullable = false} takes the
     * default; then converted to the variable's type, optional attributes taking their defaults.
     */
    private Value declaredVariable(String name, Block decl) {
        Evaluator constants = new Evaluator(EMPTY);
        boolean sensitive = decl.body().attribute("sensitive")
                .map(a -> Boolean.TRUE.equals(constants.value(a.expr()).asBool())).orElse(false);
        boolean nullable = decl.body().attribute("nullable")
                .map(a -> !Boolean.FALSE.equals(constants.value(a.expr()).asBool())).orElse(true);
        Value v = null;
        if (caller != null) {
            Optional<Attribute> arg = callBlock.body().attribute(name);
            if (arg.isPresent()) {
                v = caller.evalForEachInstance(callBlock, arg.get().expr());
            }
        } else if (rootValues.containsKey(name)) {
            v = rootValues.get(name);
        }
        Optional<Attribute> def = decl.body().attribute("default");
        if (v == null || v.isNull() && !nullable) {
            Value given = v;
            v = def.isPresent() ? constants.value(def.get().expr())
                    : Value.unknown("var." + name + " has no default and no value");
            if (given != null) {
                v = v.withMarks(given.marks());
            }
        }
        Optional<Attribute> typeAttr = decl.body().attribute("type");
        if (typeAttr.isPresent()) {
            try {
                v = Convert.to(v, TypeConstraint.parse(typeAttr.get().expr(), constants));
            } catch (EvalException e) {
                v = Value.unknown(Type.DYNAMIC, "var." + name + " does not fit its type: " + e.getMessage())
                        .withMarks(v.marks());
            }
        }
        if (v instanceof Value.Unknown && v.marks().refs().isEmpty()) {
            v = v.withMarks(Marks.ref(absolute("var." + name)));
        }
        if (!nullable && v instanceof Value.Unknown u) {
            v = u.refineNotNull();
        }
        return sensitive ? v.withMarks(new Marks(Set.of(), true, false)) : v;
    }

    /**
     * The variable whose {@code default} is the value of {@code expr}, when {@code expr} is a plain {@code var.X}
     * that no module argument, {@code .tfvars} entry or {@code TF_VAR_} variable sets; followed up through module
     * calls that pass a plain {@code var.Y}. {@code "var.X"} in the root module, {@code "var.X of module.m"} in a
     * module; {@code null} otherwise.
     */
    String defaultVariable(Expr expr) {
        if (!(expr instanceof Expr.ScopeTraversal st) || !st.traversal().root().equals("var")
                || st.traversal().steps().size() != 1
                || !(st.traversal().steps().get(0) instanceof Traversal.Attr step)) {
            return null;
        }
        ModuleSource.Located<Block> decl = source.variables.get(step.name());
        if (decl == null || decl.item().body().attribute("default").isEmpty()) {
            return null;
        }
        if (caller != null) {
            Optional<Attribute> arg = callBlock.body().attribute(step.name());
            if (arg.isPresent()) {
                return caller.defaultVariable(arg.get().expr());
            }
        } else if (rootValues.containsKey(step.name())) {
            return null;
        }
        return prefix.isEmpty() ? "var." + step.name() : "var." + step.name() + " of " + prefix;
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

    private Value moduleOutput(String call, String output) {
        ModuleInstance child = children.get(call);
        String ref = absolute("module." + call + (output == null ? "" : "." + output));
        if (child == null) {
            return Value.unknown("module." + call + " is not scanned (remote or missing source)")
                    .withMarks(Marks.ref(ref));
        }
        if (output == null) {
            return Value.unknown("module." + call + " used as a whole").withMarks(Marks.ref(ref));
        }
        return child.output(output, ref);
    }

    /** The value of this instance's output {@code output}; {@code ref} is how the caller refers to it. */
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
            return Value.unknown("output " + output + " depends on itself").withMarks(Marks.ref(ref));
        }
        Value v = new Evaluator(this).value(decl.item().body().attribute("value").get().expr());
        evaluating.get().remove("output." + output);
        outputs.put(output, v);
        return v;
    }

    /**
     * A resource attribute: the written value when the referenced resource's configuration sets it, else known
     * only after apply (and, judged at apply, never null). Either way the value carries the reference, so the
     * graph can follow it.
     */
    private Value resourceAttribute(Traversal t) {
        List<Traversal.Step> steps = t.steps();
        if (steps.isEmpty() || !(steps.get(0) instanceof Traversal.Attr nameStep)) {
            return Value.unknown(t + " cannot be evaluated statically");
        }
        String block = t.root() + "." + nameStep.name();
        Marks refs = new Marks(new LinkedHashSet<>(List.of(absolute(t.toString()), absolute(block))), false, false);
        int attrAt = steps.size() > 1 && steps.get(1) instanceof Traversal.Index ? 2 : 1;
        String attr = steps.size() > attrAt && steps.get(attrAt) instanceof Traversal.Attr a ? a.name() : null;
        ModuleSource.Located<Block> decl = source.resource(block);
        if (decl != null && attrAt == 2) {
            checkInstance(decl.item(), ((Traversal.Index) steps.get(1)).key(), t);
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
                    v = new Evaluator(this).value(written.get().expr());
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
            Value in = input.isPresent() ? new Evaluator(this).value(input.get().expr()) : Value.NULL;
            u = u.withType(in.type());
            Value typed = (terraformView() ? u.maybeNull() : u).withMarks(refs);
            return Evaluator.steps(typed, steps, attrAt + 1);
        }
        return (terraformView() ? u.maybeNull() : u).withMarks(refs);
    }

    /** Fails as Terraform does when {@code key} names no instance of a resource whose instances are known. */
    private void checkInstance(Block resource, Object key, Traversal t) {
        List<Map<String, Value>> inst = instances(resource);
        if (inst == null) {
            return;
        }
        for (Map<String, Value> b : inst) {
            Value k = b.containsKey("count") ? b.get("count").get("index") : b.get("each").get("key");
            if (Value.same(k, Value.of(key)) || k.known() instanceof BigDecimal n && key instanceof BigDecimal m
                    && n.compareTo(m) == 0) {
                return;
            }
        }
        throw new EvalException(t + ": the resource has no instance " + (key instanceof String ? "\"" + key + "\""
                : String.valueOf(key)));
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
     * Evaluates {@code expr} once per instance of a block with count/for_each (each and count bound), and merges:
     * the common value when every instance agrees, else an unknown value.
     */
    Value evalForEachInstance(Block block, Expr expr) {
        List<Map<String, Value>> bindings = instances(block);
        if (bindings == null) {
            return new Evaluator(this).value(expr);
        }
        List<Value> vals = new ArrayList<>();
        for (Map<String, Value> b : bindings) {
            vals.add(new Evaluator(this, b).value(expr));
        }
        return merge(vals);
    }

    /**
     * The name bindings of each instance of a block: null without count/for_each (or with an unknown count or
     * collection), an empty list when the block has no instance.
     */
    List<Map<String, Value>> instances(Block block) {
        Optional<Attribute> count = block.body().attribute("count");
        Optional<Attribute> forEach = block.body().attribute("for_each");
        if (count.isPresent()) {
            Value n = new Evaluator(this).value(count.get().expr());
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
            Value coll = new Evaluator(this).value(forEach.get().expr());
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
                    return null; // Terraform requires string keys: unknown or invalid, judged as unknown
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

    /** One value for all instances: theirs when they agree, else unknown. */
    static Value merge(List<Value> vals) {
        if (vals.isEmpty()) {
            return Value.unknown("the block has no instances");
        }
        Value first = vals.get(0);
        Value[] all = vals.toArray(new Value[0]);
        for (Value v : vals) {
            if (!v.isWhollyKnown()) {
                return v.from(all);
            }
            if (!Value.same(v, first)) {
                return Value.unknown(Type.DYNAMIC, "the value differs between the instances of count/for_each")
                        .from(all);
            }
        }
        return first.from(all);
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
    Map<ModuleInstance, List<Map<String, Value>>> saveCaches() {
        Map<ModuleInstance, List<Map<String, Value>>> saved = new HashMap<>();
        save(saved);
        cycleCut = false;
        return saved;
    }

    private void save(Map<ModuleInstance, List<Map<String, Value>>> saved) {
        saved.put(this, List.of(new HashMap<>(vars), new HashMap<>(locals), new HashMap<>(outputs)));
        children.values().forEach(c -> c.save(saved));
    }

    /** Puts back the caches as {@link #saveCaches} found them. */
    void restoreCaches(Map<ModuleInstance, List<Map<String, Value>>> saved) {
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
        return t == null || t.range() == null ? "" : "line " + t.range().start().line() + " of module "
                + (prefix.isEmpty() ? source.dir.getFileName() : prefix) + ": ";
    }

    /** A scope where nothing is known: variable defaults are constants. */
    private static final Scope EMPTY = (t, consumed) -> {
        consumed[0] = t.steps().size();
        return Value.unknown(t + " cannot be used in a variable default");
    };
}
