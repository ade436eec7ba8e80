package dev.tfguard.loader.hcl;

import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.Loader;
import dev.tfguard.loader.config.ConfigFiles;
import dev.tfguard.loader.config.ModuleManifest;
import dev.tfguard.loader.config.VariableInputs;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.model.InputError;
import dev.tfguard.model.Model;
import dev.tfguard.model.Parallel;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Suppression;
import dev.tfguard.model.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads Terraform source (files and folders) into the model. Every folder with {@code .tf}/{@code
 * .tf.json} files is a module; a folder that another scanned folder calls through a local {@code
 * source} is evaluated through each call, with the call's inputs, and addressed {@code
 * module.NAME.TYPE.NAME}; the others are roots, whose variables come from defaults, {@code
 * TF_VAR_*}, {@code terraform.tfvars}, {@code *.auto.tfvars} and {@code --var-file}, in Terraform's
 * precedence. Remote modules are not fetched.
 */
public final class HclLoader implements Loader {
    /** Module calls nest at most this deep (a guard against cycles through relative paths). */
    private static final int MAX_MODULE_DEPTH = 16;

    /**
     * Below this many resource blocks a module instance is evaluated on the calling thread only.
     */
    static final int PARALLEL_MIN_BLOCKS = 256;

    /** The modules that init installed for the root being instantiated, and that root's folder. */
    private ModuleManifest manifest = ModuleManifest.none();

    private Path manifestRoot;

    /** The first root module that reached each module folder. */
    private final Map<Path, String> rootOf = new HashMap<>();

    /** Reads module folders, each once. */
    private final ModuleReader reader;

    private final int threads;

    /**
     * Where a worker's warnings wait while blocks are evaluated in parallel; unset on other
     * threads.
     */
    private final ThreadLocal<List<String>> heldWarnings = new ThreadLocal<>();

    private LoadOptions options;
    private Model model;

    /** A loader that parses on as many threads as there are processors. */
    public HclLoader() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A loader that parses on at most {@code threads} threads (tests compare 1 with several). */
    HclLoader(int threads) {
        this.threads = Math.max(1, threads);
        this.reader = new ModuleReader(this.threads, () -> options, () -> model);
    }

    @Override
    public void load(Path input, LoadOptions options, Model model) {
        loadAll(List.of(input), options, model);
    }

    /**
     * Loads all Terraform inputs of one scan together, so that a folder called by another one is
     * recognised as a module and not scanned as a root. Returns the display paths of the files
     * named directly (not folders), {@code .tfvars} files included, whose findings alone a
     * pre-commit style run reports: a named {@code .tfvars} file is scanned with its root's
     * configuration, and reports what is located in it (the values it gives that rules find at
     * fault).
     */
    public Set<String> loadAll(List<Path> inputs, LoadOptions options, Model model) {
        this.options = options;
        // what parsing reports waits here until it is known which root module each folder belongs
        // to
        Model target = model;
        this.model = new Model();
        Set<Path> dirs = new TreeSet<>();
        Set<String> named = new LinkedHashSet<>();
        Map<Path, List<Path>> extraVarFiles = new HashMap<>();
        // the scanned folder each module folder was found under: the files its functions may read
        Map<Path, Path> treeOf = new HashMap<>();
        for (Path input : inputs) {
            Path abs = input.toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                reader.walk(abs, dirs);
                dirs.forEach(d -> treeOf.putIfAbsent(d, abs));
            } else {
                Path dir = abs.getParent();
                dirs.add(dir);
                treeOf.putIfAbsent(dir, dir);
                String name = ConfigFiles.name(abs);
                if (name.endsWith(".tfvars") || name.endsWith(".tfvars.json")) {
                    extraVarFiles.computeIfAbsent(dir, d -> new ArrayList<>()).add(abs);
                }
                named.add(options.display(abs));
            }
        }
        reader.parseAhead(dirs);
        for (Path dir : dirs) {
            options.progress().accept(options.display(dir));
            reader.module(dir);
        }
        reader.parsedAheadDone();
        new RootVariables(options, reader, this::warn)
                .findRoots(extraVarFiles, dirs, this.model::error);
        Model parsing = this.model;
        this.model = target;
        Set<Path> called = new HashSet<>();
        for (Path dir : dirs) {
            ModuleSource m = reader.module(dir);
            if (m != null) {
                m.moduleCalls
                        .values()
                        .forEach(c -> localSource(m, c.item()).ifPresent(called::add));
            }
        }
        List<Path> roots = new ArrayList<>();
        for (Path dir : dirs) {
            ModuleSource m = reader.module(dir);
            if (m != null && (!called.contains(dir) || extraVarFiles.containsKey(dir))) {
                roots.add(dir);
            }
        }
        if (roots.size() > 1) {
            for (Path f : options.varFiles()) {
                if (roots.stream().noneMatch(r -> VariableInputs.appliesTo(f, r, roots.size()))) {
                    model.warn(
                            options.display(f)
                                    + ": --var-file: "
                                    + roots.size()
                                    + " root modules are scanned "
                                    + "and the file lies in none of their folders, so it is used for none (scan the root it "
                                    + "is for, or keep it in that root's folder)");
                }
            }
        }
        for (Path dir : roots) {
            ModuleSource m = reader.module(dir);
            model.root(options.display(dir));
            rootOf.putIfAbsent(dir, options.display(dir));
            useManifest(dir);
            List<Path> varFiles = extraVarFiles.getOrDefault(dir, List.of());
            evaluateRoot(m, dir, varFiles, roots.size(), treeOf.getOrDefault(dir, dir), false);
        }
        model.root(null);
        Map<String, String> rootByFolder = new HashMap<>();
        rootOf.forEach((dir, root) -> rootByFolder.put(options.display(dir), root));
        for (var e : parsing.errors()) {
            model.error(e.withRoot(rootByFolder.get(folderOf(e.file()))));
        }
        for (var w : parsing.warnings()) {
            String file =
                    w.message().contains(":")
                            ? w.message().substring(0, w.message().indexOf(':'))
                            : "";
            model.warn(
                    new dev.tfguard.model.Warning(rootByFolder.get(folderOf(file)), w.message()));
        }
        parsing.suppressions().forEach(model::suppress);
        moduleWarnings();
        return named;
    }

    /**
     * The warnings met while modules were read, each with the first root module that reached its
     * folder.
     */
    private void moduleWarnings() {
        reader.modules().stream()
                .filter(java.util.Objects::nonNull)
                .forEach(
                        m ->
                                m.warnings.forEach(
                                        w ->
                                                model.warn(
                                                        new dev.tfguard.model.Warning(
                                                                rootOf.get(m.dir), w))));
    }

    /** The folder part of a displayed file path: {@code .} for a file at the repository root. */
    private static String folderOf(String display) {
        int slash = display.lastIndexOf('/');
        return slash < 0 ? "." : display.substring(0, slash);
    }

    /**
     * Loads {@code dir} as one root module with the modules it calls, and nothing else under it:
     * the configuration a plan was made from.
     */
    public void loadRoot(Path dir, LoadOptions options, Model model) {
        this.options = options;
        this.model = model;
        Path abs = dir.toAbsolutePath().normalize();
        String previous = model.root();
        model.root(options.display(abs));
        rootOf.putIfAbsent(abs, options.display(abs));
        useManifest(abs);
        ModuleSource m = reader.module(abs);
        if (m != null) {
            evaluateRoot(m, abs, List.of(), 1, abs, false);
            moduleWarnings();
        }
        model.root(previous);
    }

    /**
     * Loads {@code dir} as one root module, as {@link #loadRoot} does, with values as Terraform's
     * plan shows them, and returns what was evaluated there: its outputs, locals and the outputs of
     * the modules it calls ({@link EvaluatedValues}); null when {@code dir} holds no Terraform
     * files.
     */
    public com.fasterxml.jackson.databind.node.ObjectNode values(
            Path dir, LoadOptions options, Model model, boolean showSecrets) {
        this.options = options;
        this.model = model;
        Path abs = dir.toAbsolutePath().normalize();
        useManifest(abs);
        ModuleSource m = reader.module(abs);
        if (m == null) {
            return null;
        }
        ModuleInstance root = evaluateRoot(m, abs, List.of(), 1, abs, true);
        moduleWarnings();
        return EvaluatedValues.of(root, showSecrets);
    }

    /**
     * Evaluates the root module {@code m} in {@code dir} with the modules it calls, and adds their
     * resources to the model: its variables from outside ({@code varFiles} named for it, {@code
     * roots} root modules in the scan), functions reading files of {@code tree}, values as
     * Terraform's plan shows them when {@code terraformView}.
     */
    private ModuleInstance evaluateRoot(
            ModuleSource m,
            Path dir,
            List<Path> varFiles,
            int roots,
            Path tree,
            boolean terraformView) {
        Map<String, Value> values =
                new RootVariables(options, reader, this::warn).values(m, varFiles, roots);
        ModuleInstance root =
                new ModuleInstance(
                        m,
                        values,
                        this::warn,
                        TemplateRenderer.context(dir, tree, terraformView),
                        terraformView);
        root.workspace = options.workspace();
        instantiate(root, 0, new ArrayList<>(List.of(dir)));
        return root;
    }

    /** The folder a module call's {@code source} names when it is a local path. */
    private Optional<Path> localSource(ModuleSource m, Block call) {
        Optional<Attribute> src = call.body().attribute("source");
        if (src.isEmpty()
                || !(src.get().expr() instanceof dev.tfguard.loader.hcl.syntax.Expr.Template t)
                || !t.isStringLiteral()) {
            return Optional.empty();
        }
        String s = t.literalValue();
        if (!(s.startsWith("./") || s.startsWith("../"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(m.dir.resolve(s).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            // a NUL byte, say: no folder has that name
            return Optional.empty();
        }
    }

    /**
     * The folder where {@code terraform init} installed the module that the call {@code name} of
     * {@code instance} names by a registry, git or other remote source, looked up in the root's
     * {@code modules.json} by Terraform's key (the call names from the root, joined by dots).
     * Empty, with one warning for the call site that names the remedy, when it is not installed.
     */
    private Optional<Path> installed(
            ModuleInstance instance, String name, Block call, String where) {
        String src = call.body().attribute("source").map(a -> a.expr().source()).orElse("(none)");
        List<String> names = new ArrayList<>();
        String[] parts = instance.prefix.isEmpty() ? new String[0] : instance.prefix.split("\\.");
        for (int i = 1; i < parts.length; i += 2) {
            names.add(parts[i]);
        }
        names.add(name);
        ModuleManifest.Installed record = manifest.get(ModuleManifest.key(names));
        if (record == null) {
            model.warn(
                    where
                            + ": module \""
                            + name
                            + "\": source "
                            + src
                            + " is not installed; run terraform init "
                            + "(or tofu init) in "
                            + options.display(manifestRoot)
                            + " to scan it; its resources are not "
                            + "scanned");
            return Optional.empty();
        }
        if (!Files.isDirectory(record.dir())) {
            model.warn(
                    where
                            + ": module \""
                            + name
                            + "\": source "
                            + src
                            + " was installed in "
                            + options.display(record.dir())
                            + ", which is gone; run terraform init (or tofu init) in "
                            + options.display(manifestRoot)
                            + " again to scan it; its resources are not scanned");
            return Optional.empty();
        }
        return Optional.of(record.dir());
    }

    /**
     * Reads the {@code modules.json} of the root module in {@code dir} for the calls instantiated
     * next.
     */
    private void useManifest(Path dir) {
        manifestRoot = dir;
        try {
            manifest = ModuleManifest.read(dir, options.environment());
        } catch (ModuleManifest.ManifestException e) {
            model.error(new InputError(options.display(e.file()), 0, e.getMessage()));
            manifest = ModuleManifest.none();
        }
    }

    /** Evaluates the module calls of {@code instance} recursively, then emits its resources. */
    private void instantiate(ModuleInstance instance, int depth, List<Path> stack) {
        for (Map.Entry<String, ModuleSource.Located<Block>> e :
                instance.source.moduleCalls.entrySet()) {
            Block call = e.getValue().item();
            String where = e.getValue().display() + ":" + call.range().start().line();
            List<java.util.Map<String, Value>> inst = instance.instances(call);
            if (inst != null && inst.isEmpty()) {
                instance.addCall(e.getKey(), null, call, inst);
                continue; // count = 0 or for_each over nothing: the module has no instance
            }
            // also for a remote module: a plan scan mapped to this source has its resources
            String callAddress = instance.absolute("module." + e.getKey());
            for (InlineSuppressions.OnModule s : instance.source.callSuppressions) {
                if (s.call().equals(e.getKey())) {
                    Suppression t = s.suppression();
                    model.suppress(
                            new Suppression(
                                    t.id(),
                                    t.reason(),
                                    t.expires(),
                                    t.source(),
                                    t.where(),
                                    new Suppression.Address(callAddress)));
                }
            }
            Optional<Path> local = localSource(instance.source, call);
            if (local.isEmpty()) {
                local = installed(instance, e.getKey(), call, where);
                if (local.isEmpty()) {
                    continue;
                }
            }
            Path dir = local.get();
            if (stack.contains(dir) || depth >= MAX_MODULE_DEPTH) {
                model.warn(
                        where
                                + ": module \""
                                + e.getKey()
                                + "\" calls itself (a module cycle); not followed");
                continue;
            }
            ModuleSource child = Files.isDirectory(dir) ? reader.module(dir) : null;
            if (child == null) {
                model.warn(
                        where
                                + ": module \""
                                + e.getKey()
                                + "\": no Terraform files in "
                                + options.display(dir)
                                + "; its resources are not scanned");
                continue;
            }
            rootOf.putIfAbsent(dir, model.root());
            model.moduleCall(callAddress, where);
            instance.addCall(e.getKey(), child, call, inst);
        }
        for (ModuleInstance ci : instance.childInstances()) {
            stack.add(ci.source.dir);
            instantiate(ci, depth + 1, stack);
            stack.remove(stack.size() - 1);
        }
        emitResources(instance);
    }

    /**
     * Adds the resources of {@code instance} to the model in block order. Many blocks are evaluated
     * on all cores: each block's warnings are held back and added with its resource, so the model
     * comes out as one thread makes it. Where that cannot be promised (a warning that a cached
     * value gave once, a cycle, whose cached values depend on where evaluation started), the
     * instance's caches are put back and the blocks are evaluated again in order.
     */
    private void emitResources(ModuleInstance instance) {
        List<ModuleSource.Located<Block>> blocks = instance.source.resources;
        if (threads < 2 || blocks.size() < PARALLEL_MIN_BLOCKS) {
            blocks.forEach(
                    b -> addResources(ResourceBuilder.resources(instance, b, options::relevant)));
            return;
        }
        var saved = instance.saveCaches();
        List<List<Resource>> built =
                new ArrayList<>(java.util.Collections.nCopies(blocks.size(), null));
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean again = new AtomicBoolean();
        Runnable worker =
                () -> {
                    List<String> held = new ArrayList<>();
                    heldWarnings.set(held);
                    try {
                        for (int i = next.getAndIncrement();
                                i < built.size() && held.isEmpty();
                                i = next.getAndIncrement()) {
                            built.set(
                                    i,
                                    ResourceBuilder.resources(
                                            instance, blocks.get(i), options::relevant));
                        }
                    } catch (RuntimeException | StackOverflowError e) {
                        held.add("failed"); // evaluated again in order, where it fails as it always
                        // did
                    } finally {
                        heldWarnings.remove();
                        if (!held.isEmpty()) {
                            again.set(true);
                            next.set(built.size()); // the other workers stop too
                        }
                    }
                };
        if (!Parallel.run(worker, threads, "tfguard-eval") || again.get() || instance.cycleCut()) {
            instance.restoreCaches(saved);
            blocks.forEach(
                    b -> addResources(ResourceBuilder.resources(instance, b, options::relevant)));
            return;
        }
        for (List<Resource> r : built) {
            addResources(r);
        }
    }

    private void addResources(List<Resource> rs) {
        rs.forEach(model::add);
    }

    /** A warning, held back while a worker evaluates blocks (see {@link #emitResources}). */
    private void warn(String message) {
        List<String> held = heldWarnings.get();
        if (held != null) {
            held.add(message);
        } else {
            model.warn(message);
        }
    }
}
