package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.CallContext;
import dev.tfguard.loader.hcl.function.Convert;
import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.Traversal;
import dev.tfguard.model.Addresses;
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
 * One module evaluated through one call (or as a root): its variables from the call's arguments (or
 * tfvars and the environment at the root), its locals, outputs and resources. Values are computed
 * lazily and once.
 */
final class ModuleInstance implements Scope {
    /**
     * At most this many instances of one block are evaluated one by one; a block with more is
     * judged once, its {@code count.index} or {@code each} unknown. The bound only keeps a hostile
     * {@code count = 1e9} from exhausting memory: real configurations stay far below it.
     */
    static final int MAX_INSTANCES = 10_000;

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
    private final Map<String, Call> calls = new LinkedHashMap<>();

    /**
     * The {@code count}/{@code each} of this instance in its caller ({@code count.index}, {@code
     * each.key}).
     */
    private final Map<String, Value> instanceBindings;

    /** What function calls may read; a called module shares its caller's. */
    private final CallContext context;

    /**
     * True when values are wanted as Terraform's plan shows them, see {@link
     * Scope#terraformView()}.
     */
    private final boolean terraformView;

    /**
     * One call of a module: its instances, in key order. {@code expanded} is true when the call has
     * {@code count} or {@code for_each}; {@code known} is false when how many instances it has is
     * known only at apply (then one instance stands for all, evaluated without a key).
     */
    record Call(boolean expanded, boolean known, List<ModuleInstance> instances) {}

    /** A root module. */
    ModuleInstance(
            ModuleSource source,
            Map<String, Value> rootValues,
            Consumer<String> warn,
            CallContext context,
            boolean terraformView) {
        this(source, "", null, null, rootValues, warn, context, terraformView, null);
    }

    /** A root module, evaluated for rules, without files to read. */
    ModuleInstance(
            ModuleSource source,
            String prefix,
            ModuleInstance caller,
            Block callBlock,
            Map<String, Value> rootValues,
            Consumer<String> warn) {
        this(
                source,
                prefix,
                caller,
                callBlock,
                rootValues,
                warn,
                caller == null ? CallContext.NONE : caller.context,
                caller != null && caller.terraformView,
                null);
    }

    /** A module instance with the given function context and view. */
    ModuleInstance(
            ModuleSource source,
            String prefix,
            ModuleInstance caller,
            Block callBlock,
            Map<String, Value> rootValues,
            Consumer<String> warn,
            CallContext context,
            boolean terraformView) {
        this(source, prefix, caller, callBlock, rootValues, warn, context, terraformView, null);
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
                return moduleReference(first, steps, consumed);
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
                    u = policyDocument(source.dataSource(block), u);
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
        Value v = declaredVariable(name, decl.item());
        evaluating.get().remove("var." + name);
        vars.put(name, v);
        return v;
    }

    /**
     * A variable's value as Terraform gives it: the caller's argument (or at the root a {@code
     * .tfvars} or environment value), else the default; a null given to a variable with {@code
     * nullable = false} takes the default; then converted to the variable's type, optional
     * attributes taking their defaults.
     */
    private Value declaredVariable(String name, Block decl) {
        Evaluator constants = new Evaluator(EMPTY);
        boolean sensitive =
                decl.body()
                        .attribute("sensitive")
                        .map(a -> Boolean.TRUE.equals(constants.value(a.expr()).asBool()))
                        .orElse(false);
        boolean nullable =
                decl.body()
                        .attribute("nullable")
                        .map(a -> !Boolean.FALSE.equals(constants.value(a.expr()).asBool()))
                        .orElse(true);
        Value v = null;
        if (caller != null) {
            Optional<Attribute> arg = callBlock.body().attribute(name);
            if (arg.isPresent()) {
                v =
                        instanceBindings == null
                                ? new Evaluator(caller).value(arg.get().expr())
                                : new Evaluator(caller, instanceBindings).value(arg.get().expr());
            }
        } else if (rootValues.containsKey(name)) {
            v = rootValues.get(name);
        }
        Optional<Attribute> def = decl.body().attribute("default");
        if (v == null || v.isNull() && !nullable) {
            Value given = v;
            v =
                    def.isPresent()
                            ? constants.value(def.get().expr())
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
                v =
                        Value.unknown(
                                        Type.DYNAMIC,
                                        "var." + name + " does not fit its type: " + e.getMessage())
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
     * The variable whose {@code default} is the value of {@code expr}, when {@code expr} is a plain
     * {@code var.X} that no module argument, {@code .tfvars} entry or {@code TF_VAR_} variable
     * sets; followed up through module calls that pass a plain {@code var.Y}. {@code "var.X"} in
     * the root module, {@code "var.X of module.m"} in a module; {@code null} otherwise.
     */
    String defaultVariable(Expr expr) {
        if (!(expr instanceof Expr.ScopeTraversal st)
                || !st.traversal().root().equals("var")
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

    /**
     * {@code module.NAME...}: an output of a called module ({@code module.m.arn}), of one instance
     * of a module called with count or for_each ({@code module.m[0].arn}, {@code
     * module.m["a"].arn}), or a whole instance or call as an object (or a tuple or object of
     * instances). A key that names no instance is Terraform's error, so {@code try(module.m[0].arn,
     * null)} is null when the call has no instance.
     */
    private Value moduleReference(String name, List<Traversal.Step> steps, int[] consumed) {
        Call call = calls.get(name);
        String ref = absolute("module." + name);
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
                ? source.moduleCalls.get(name).item()
                : calls.get(name).instances().get(0).callBlock;
    }

    /** Every output of this instance, as the object {@code module.NAME} is. */
    private Value allOutputs() {
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
        return keyOf(instanceBindings);
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
     * Records a call of a module from this instance: one instance per key of its count or for_each
     * ({@code bindings}, null when the call has neither or its instances are unknown). Returns the
     * instances.
     */
    List<ModuleInstance> addCall(
            String name, ModuleSource child, Block call, List<Map<String, Value>> bindings) {
        boolean expanded =
                call.body().attribute("count").isPresent()
                        || call.body().attribute("for_each").isPresent();
        List<ModuleInstance> made = new ArrayList<>();
        String address = absolute("module." + name);
        if (child != null && bindings == null) {
            made.add(
                    new ModuleInstance(
                            child,
                            address,
                            this,
                            call,
                            Map.of(),
                            warn,
                            context,
                            terraformView,
                            null));
        } else if (child != null) {
            for (Map<String, Value> b : bindings) {
                made.add(
                        new ModuleInstance(
                                child,
                                address + Addresses.key(keyOf(b).known()),
                                this,
                                call,
                                Map.of(),
                                warn,
                                context,
                                terraformView,
                                b));
            }
        }
        calls.put(name, new Call(expanded, !expanded || bindings != null, List.copyOf(made)));
        return made;
    }

    /** The instances of the modules this instance calls, in call order. */
    List<ModuleInstance> childInstances() {
        List<ModuleInstance> out = new ArrayList<>();
        calls.values().forEach(c -> out.addAll(c.instances()));
        return out;
    }

    /**
     * The {@code json} of an {@code aws_iam_policy_document} data source, known only at plan time,
     * with the document it encodes built from its {@code statement} blocks (the provider's JSON
     * shape: {@code Effect}, {@code Action}, {@code Principal}, {@code Condition}), so that rules
     * can read the statements. Documents it merges in ({@code source_policy_documents}, {@code
     * override_policy_documents}) add unknown statements. See
     * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document.
     */
    private Value.Unknown policyDocument(ModuleSource.Located<Block> decl, Value.Unknown json) {
        if (decl == null
                || decl.item().body().attribute("count").isPresent()
                || decl.item().body().attribute("for_each").isPresent()) {
            return json;
        }
        Evaluator ev = new Evaluator(this);
        List<Block> blocks = new ArrayList<>();
        for (Block b : decl.item().body().blocks()) {
            if (b.type().equals("statement")
                    || b.type().equals("dynamic") && b.labels().equals(List.of("statement"))) {
                blocks.add(b);
            }
        }
        Value given;
        try {
            given = HclLoader.nestedBlocks(ev, blocks);
        } catch (EvalException e) {
            return json;
        }
        if (!(given.isSequence())) {
            return json;
        }
        List<Value> statements = new ArrayList<>();
        for (Value s : given.elements()) {
            statements.add(statement(s));
        }
        for (String merged :
                List.of(
                        "source_policy_documents",
                        "override_policy_documents",
                        "source_json",
                        "override_json")) {
            if (decl.item().body().attribute(merged).isPresent()) {
                statements.add(Value.unknown(merged + " adds statements known only at plan time"));
            }
        }
        return json.encoding(
                Value.object(
                        Map.of(
                                "Version",
                                Value.string("2012-10-17"),
                                "Statement",
                                Value.tuple(statements))));
    }

    /** One {@code statement} block as the provider writes it in the document. */
    private static Value statement(Value s) {
        if (!s.isMapping()) {
            return s;
        }
        Map<String, Value> out = new LinkedHashMap<>();
        Value effect = s.get("effect");
        out.put("Effect", effect.isNull() ? Value.string("Allow") : effect);
        putIfSet(out, "Sid", s.get("sid"));
        putIfSet(out, "Action", s.get("actions"));
        putIfSet(out, "NotAction", s.get("not_actions"));
        putIfSet(out, "Resource", s.get("resources"));
        for (String kind : List.of("principals", "not_principals")) {
            Value blocks = s.get(kind);
            if (blocks.isUnknown()) {
                out.put(kind.equals("principals") ? "Principal" : "NotPrincipal", blocks);
            } else if (!blocks.elements().isEmpty()) {
                Map<String, Value> byType = new LinkedHashMap<>();
                for (Value p : blocks.elements()) {
                    String type = p.get("type").asString();
                    if (type == null) {
                        byType.put("?", Value.unknown("a principal type known only at apply"));
                    } else {
                        byType.put(type, p.get("identifiers"));
                    }
                }
                out.put(
                        kind.equals("principals") ? "Principal" : "NotPrincipal",
                        Value.object(byType));
            }
        }
        Value conditions = s.get("condition");
        if (conditions.isUnknown() || !conditions.elements().isEmpty()) {
            out.put("Condition", conditions);
        }
        return Value.object(out);
    }

    private static void putIfSet(Map<String, Value> out, String key, Value v) {
        if (!v.isNull()) {
            out.put(key, v);
        }
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
            binding = instanceOf(decl.item(), ((Traversal.Index) steps.get(1)).key(), t);
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

    /**
     * The bindings of the instance {@code key} names, of a resource whose instances are known (null
     * when they are not); fails as Terraform does when it names none.
     */
    private Map<String, Value> instanceOf(Block resource, Object key, Traversal t) {
        List<Map<String, Value>> inst = instances(resource);
        if (inst == null) {
            return null;
        }
        for (Map<String, Value> b : inst) {
            Value k = keyOf(b);
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
            out = expand(block);
        } finally {
            evaluating.get().remove(busy);
        }
        instanceCache.put(block, Optional.ofNullable(out));
        return out;
    }

    private List<Map<String, Value>> expand(Block block) {
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

    /** A scope where nothing is known: variable defaults are constants. */
    private static final Scope EMPTY =
            (t, consumed) -> {
                consumed[0] = t.steps().size();
                return Value.unknown(t + " cannot be used in a variable default");
            };
}
