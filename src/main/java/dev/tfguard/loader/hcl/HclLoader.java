package dev.tfguard.loader.hcl;

import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.Loader;
import dev.tfguard.loader.config.ConfigFiles;
import dev.tfguard.loader.config.ModuleManifest;
import dev.tfguard.loader.config.VariableInputs;
import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Body;
import dev.tfguard.loader.hcl.syntax.BodyItem;
import dev.tfguard.loader.hcl.syntax.ConfigFile;
import dev.tfguard.loader.hcl.syntax.Diagnostic;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.HclParser;
import dev.tfguard.loader.hcl.syntax.JsonConfigParser;
import dev.tfguard.model.Addresses;
import dev.tfguard.model.Attr;
import dev.tfguard.model.InputError;
import dev.tfguard.model.Marks;
import dev.tfguard.model.Mode;
import dev.tfguard.model.Model;
import dev.tfguard.model.Parallel;
import dev.tfguard.model.Resource;
import dev.tfguard.model.SourceRef;
import dev.tfguard.model.Suppression;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
    /** Files larger than this are reported, not parsed: no Terraform source is this big. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** Module calls nest at most this deep (a guard against cycles through relative paths). */
    private static final int MAX_MODULE_DEPTH = 16;

    /**
     * Below this many files a scan parses on the calling thread only: starting threads would cost
     * more.
     */
    static final int PARALLEL_MIN_FILES = 16;

    /**
     * Below this many resource blocks a module instance is evaluated on the calling thread only.
     */
    static final int PARALLEL_MIN_BLOCKS = 256;

    private final Map<Path, ModuleSource> modules = new HashMap<>();

    /** The modules that init installed for the root being instantiated, and that root's folder. */
    private ModuleManifest manifest = ModuleManifest.none();

    private Path manifestRoot;

    /** The first root module that reached each module folder. */
    private final Map<Path, String> rootOf = new HashMap<>();

    private final Set<Path> parsed = new HashSet<>();

    /**
     * Configuration files parsed by {@link #parseAhead}, waiting for {@link #module} to take them
     * in order.
     */
    private final Map<Path, Read> parsedAhead = new HashMap<>();

    /** Folder listings, so that a folder is listed once. */
    private final Map<Path, List<Path>> listings = new HashMap<>();

    private final Map<Path, IOException> listingErrors = new HashMap<>();

    /** Symbolic links named like configuration files that lead to no file, by folder. */
    private final Map<Path, List<Path>> brokenLinks = new HashMap<>();

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
    }

    @Override
    public void load(Path input, LoadOptions options, Model model) {
        loadAll(List.of(input), options, model);
    }

    /**
     * Loads all Terraform inputs of one scan together, so that a folder called by another one is
     * recognised as a module and not scanned as a root. Returns the display paths of the files
     * named directly (not folders and not tfvars), whose findings alone a pre-commit style run
     * reports.
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
                walk(abs, dirs);
                dirs.forEach(d -> treeOf.putIfAbsent(d, abs));
            } else {
                Path dir = abs.getParent();
                dirs.add(dir);
                treeOf.putIfAbsent(dir, dir);
                String name = abs.getFileName().toString();
                if (name.endsWith(".tfvars") || name.endsWith(".tfvars.json")) {
                    extraVarFiles.computeIfAbsent(dir, d -> new ArrayList<>()).add(abs);
                } else {
                    named.add(options.display(abs));
                }
            }
        }
        parseAhead(dirs);
        for (Path dir : dirs) {
            options.progress().accept(options.display(dir));
            module(dir);
        }
        parsedAhead.clear();
        Model parsing = this.model;
        this.model = target;
        Set<Path> called = new HashSet<>();
        for (Path dir : dirs) {
            ModuleSource m = modules.get(dir);
            if (m != null) {
                m.moduleCalls
                        .values()
                        .forEach(c -> localSource(m, c.item()).ifPresent(called::add));
            }
        }
        List<Path> roots = new ArrayList<>();
        for (Path dir : dirs) {
            ModuleSource m = modules.get(dir);
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
            ModuleSource m = modules.get(dir);
            model.root(options.display(dir));
            rootOf.putIfAbsent(dir, options.display(dir));
            useManifest(dir);
            Map<String, Value> values =
                    rootValues(m, extraVarFiles.getOrDefault(dir, List.of()), roots.size());
            ModuleInstance root =
                    new ModuleInstance(
                            m,
                            "",
                            null,
                            null,
                            values,
                            this::warn,
                            TemplateRenderer.context(dir, treeOf.getOrDefault(dir, dir), false),
                            false);
            root.workspace = options.workspace();
            instantiate(root, 0, new ArrayList<>(List.of(dir)));
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
        modules.values().stream()
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
        ModuleSource m = module(abs);
        if (m != null) {
            ModuleInstance root =
                    new ModuleInstance(
                            m,
                            "",
                            null,
                            null,
                            rootValues(m, List.of(), 1),
                            this::warn,
                            TemplateRenderer.context(abs, abs, false),
                            false);
            root.workspace = options.workspace();
            instantiate(root, 0, new ArrayList<>(List.of(abs)));
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
        ModuleSource m = module(abs);
        if (m == null) {
            return null;
        }
        ModuleInstance root =
                new ModuleInstance(
                        m,
                        "",
                        null,
                        null,
                        rootValues(m, List.of(), 1),
                        this::warn,
                        TemplateRenderer.context(abs, abs, true),
                        true);
        root.workspace = options.workspace();
        instantiate(root, 0, new ArrayList<>(List.of(abs)));
        moduleWarnings();
        return EvaluatedValues.of(root, showSecrets);
    }

    /**
     * Finds module folders under {@code root}: hidden folders and {@code .terraform} are skipped.
     * Symbolic links to folders are followed (a root named through a link, a module linked in from
     * elsewhere); a folder reached twice is scanned once, under its path without links if it has
     * one, else its first in name order; a link back to an ancestor adds nothing new.
     */
    private void walk(Path root, Set<Path> dirs) {
        Map<Path, Path> byRealPath = new HashMap<>();
        Set<Path> seen = new HashSet<>();
        try {
            Files.walkFileTree(
                    root,
                    EnumSet.of(FileVisitOption.FOLLOW_LINKS),
                    64,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(
                                Path d, BasicFileAttributes attrs) {
                            String n = d.getFileName() == null ? "" : d.getFileName().toString();
                            if (!d.equals(root)
                                    && (n.startsWith(".")
                                            || n.equals(".terraform")
                                            || options.excluded().test(d))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                            Path dir = f.getParent();
                            if (isConfig(f) && !options.excluded().test(f) && seen.add(dir)) {
                                Path real = realPath(dir);
                                byRealPath.merge(real, dir, (a, b) -> preferred(real, a, b));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            if (!(e instanceof java.nio.file.FileSystemLoopException)) {
                                model.error(
                                        new InputError(
                                                options.display(f),
                                                0,
                                                "cannot read: " + reason(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            model.error(new InputError(options.display(root), 0, "cannot read: " + reason(e)));
        }
        dirs.addAll(byRealPath.values());
    }

    /**
     * Of two paths to the folder {@code real}: the one without links, else the first in name order.
     */
    private static Path preferred(Path real, Path a, Path b) {
        if (a.equals(real) || b.equals(real)) {
            return a.equals(real) ? a : b;
        }
        return a.toString().compareTo(b.toString()) <= 0 ? a : b;
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir;
        }
    }

    private static boolean isConfig(Path f) {
        return ConfigFiles.isConfig(f.getFileName().toString());
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException
                ? "permission denied"
                : e instanceof java.nio.file.FileSystemLoopException
                        ? "symbolic link loop"
                        : e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    /** Why a symbolic link named like a Terraform file cannot be read. */
    private static String brokenLink(Path link) {
        try {
            Files.readAttributes(link, BasicFileAttributes.class);
            return "a symbolic link to something that is not a file";
        } catch (java.nio.file.NoSuchFileException e) {
            return "a symbolic link to a missing file";
        } catch (java.nio.file.FileSystemException e) {
            // Linux says ELOOP as "Too many levels of symbolic links"
            return String.valueOf(e.getReason()).contains("levels of symbolic links")
                    ? "symbolic link loop"
                    : reason(e);
        } catch (IOException e) {
            return reason(e);
        }
    }

    /**
     * The module in {@code dir}, parsed once; null when the folder holds no Terraform
     * configuration.
     */
    private ModuleSource module(Path dir) {
        if (modules.containsKey(dir)) {
            return modules.get(dir);
        }
        List<Path> files = configFiles(dir);
        if (files == null) {
            model.error(
                    new InputError(
                            options.display(dir),
                            0,
                            "cannot read: " + reason(listingErrors.get(dir))));
            files = List.of();
        }
        for (Path link : brokenLinks.getOrDefault(dir, List.of())) {
            // a link that leads nowhere is reported, not dropped in silence (issue 10)
            model.error(
                    new InputError(options.display(link), 0, "cannot read: " + brokenLink(link)));
        }
        if (files.isEmpty()) {
            modules.put(dir, null);
            return null;
        }
        ModuleSource m = new ModuleSource(dir);
        ConfigFiles.Selection selection = ConfigFiles.select(files);
        for (Path f : selection.inOrder()) {
            ConfigFile cf = parse(f, false);
            if (cf != null) {
                if (selection.overrides().contains(f)) {
                    m.override(cf, f, options.display(f));
                } else {
                    m.add(cf, f, options.display(f));
                }
                InlineSuppressions found =
                        new InlineSuppressions(cf, options.display(f), model::warn);
                found.inBlocks.forEach(model::suppress);
                m.callSuppressions.addAll(found.onModules);
            }
        }
        modules.put(dir, m);
        return m;
    }

    /**
     * Parses a file; a file that cannot be read or parsed becomes an error (once) and yields null.
     */
    private ConfigFile parse(Path f, boolean attributesOnly) {
        String display = options.display(f);
        boolean first = parsed.add(f);
        Read read = attributesOnly ? null : parsedAhead.remove(f);
        if (read == null) {
            read = read(f, display, attributesOnly);
        }
        if (read.error() != null && first) {
            model.error(read.error());
        }
        return read.file();
    }

    /** What reading one file gave: a valid file, or the error to report. */
    private record Read(ConfigFile file, InputError error) {}

    /** Reads and parses a file; touches no state, so that files can be read on several threads. */
    private static Read read(Path f, String display, boolean attributesOnly) {
        try {
            if (Files.size(f) > MAX_FILE_BYTES) {
                return new Read(
                        null,
                        new InputError(
                                display,
                                0,
                                "larger than "
                                        + (MAX_FILE_BYTES >> 20)
                                        + " MB: not read (is this a Terraform file?)"));
            }
            byte[] bytes = Files.readAllBytes(f);
            boolean json = f.getFileName().toString().endsWith(".json");
            ConfigFile cf =
                    json
                            ? (attributesOnly
                                    ? JsonConfigParser.parseAttributes(display, bytes)
                                    : JsonConfigParser.parse(display, bytes))
                            : HclParser.parse(display, bytes);
            if (!cf.valid()) {
                Diagnostic d = cf.diagnostics().get(0);
                String msg =
                        d.detail() == null || d.detail().isBlank()
                                ? d.summary()
                                : d.summary() + ": " + d.detail();
                return new Read(null, new InputError(display, Math.max(1, d.line()), msg));
            }
            return new Read(cf, null);
        } catch (IOException e) {
            return new Read(null, new InputError(display, 0, "cannot read: " + reason(e)));
        }
    }

    /**
     * The folder's {@code .tf}/{@code .tf.json} files in name order; null when it cannot be listed.
     */
    private List<Path> configFiles(Path dir) {
        if (listings.containsKey(dir)) {
            return listings.get(dir);
        }
        List<Path> files = new ArrayList<>();
        List<Path> links = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(HclLoader::isConfig)
                    .sorted()
                    .forEach(
                            p -> {
                                if (Files.isRegularFile(p)) {
                                    files.add(p);
                                } else if (Files.isSymbolicLink(p)) {
                                    links.add(p);
                                }
                            });
            if (!links.isEmpty()) {
                brokenLinks.put(dir, links);
            }
        } catch (IOException e) {
            listingErrors.put(dir, e);
            listings.put(dir, null);
            return null;
        }
        listings.put(dir, files);
        return files;
    }

    /**
     * Parses the configuration files of {@code dirs} on all cores before the modules are built.
     * Only the parsing runs in parallel: results are taken in the same order as before, one folder
     * and one file after the other, so findings, errors and warnings do not depend on thread timing
     * or on the order of directory listings.
     */
    private void parseAhead(Set<Path> dirs) {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            List<Path> listed = configFiles(dir);
            if (listed != null) {
                files.addAll(listed);
            }
        }
        int threads = files.size() < PARALLEL_MIN_FILES ? 1 : this.threads;
        if (threads < 2) {
            return; // module() parses them one by one
        }
        String[] display = new String[files.size()];
        for (int i = 0; i < display.length; i++) {
            display[i] = options.display(files.get(i));
        }
        Read[] reads = new Read[files.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker =
                () -> {
                    for (int i = next.getAndIncrement();
                            i < reads.length;
                            i = next.getAndIncrement()) {
                        try {
                            reads[i] = read(files.get(i), display[i], false);
                        } catch (RuntimeException | StackOverflowError e) {
                            // left for module() to parse again on the calling thread, where it
                            // fails as it always did
                            reads[i] = null;
                        }
                    }
                };
        if (!Parallel.run(worker, threads, "tfguard-parse")) {
            return; // what was not parsed ahead is parsed in module()
        }
        for (int i = 0; i < reads.length; i++) {
            if (reads[i] != null) {
                parsedAhead.put(files.get(i), reads[i]);
            }
        }
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
            return Optional
                    .empty(); // a NUL byte, say: no folder has that name (found by ScanFuzzTest,
            // issue 10)
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
            ModuleSource child = Files.isDirectory(dir) ? module(dir) : null;
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
            blocks.forEach(b -> addResources(resources(instance, b)));
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
                            built.set(i, resources(instance, blocks.get(i)));
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
            blocks.forEach(b -> addResources(resources(instance, b)));
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

    /**
     * The resources a block declares in {@code instance}: one per instance of its count or
     * for_each, each evaluated with its own {@code count.index} or {@code each.key}/{@code
     * each.value} and addressed as Terraform addresses it ({@code aws_x.y[0]}, {@code
     * aws_x.y["a"]}); none when count or for_each makes none; one at the block's address when it
     * has neither, or when how many instances it has is known only at apply.
     */
    private List<Resource> resources(ModuleInstance instance, ModuleSource.Located<Block> located) {
        List<Map<String, Value>> bindings = instance.instances(located.item());
        if (bindings == null) {
            return List.of(resource(instance, located, null));
        }
        List<Resource> out = new ArrayList<>(bindings.size());
        for (Map<String, Value> binding : bindings) {
            out.add(resource(instance, located, binding));
        }
        return out;
    }

    private Resource resource(
            ModuleInstance instance,
            ModuleSource.Located<Block> located,
            Map<String, Value> binding) {
        Block b = located.item();
        Mode mode = b.type().equals("data") ? Mode.DATA : Mode.MANAGED;
        String type = b.labels().get(0);
        String name = b.labels().get(1);
        Object key = binding == null ? null : ModuleInstance.keyOf(binding).known();
        String address =
                instance.absolute((mode == Mode.DATA ? "data." : "") + type + "." + name)
                        + (key == null ? "" : Addresses.key(key));
        Evaluator ev = binding == null ? new Evaluator(instance) : new Evaluator(instance, binding);
        Map<String, Attr> attrs = new LinkedHashMap<>();
        if (options.relevant(type)) {
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
                    Value v = blocksValue(ev, same);
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

    /**
     * Nested blocks of one type, with their errors turned into an unknown value as {@link
     * Evaluator#value} does.
     */
    private static Value blocksValue(Evaluator ev, List<Block> blocks) {
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

    /**
     * A root module's variable values, lowest precedence first as Terraform applies them: {@code
     * TF_VAR_*}, then {@code terraform.tfvars(.json)}, then {@code *.auto.tfvars(.json)} in lexical
     * order, then var files. See
     * https://developer.hashicorp.com/terraform/language/values/variables#variable-definition-precedence.
     */
    private Map<String, Value> rootValues(ModuleSource m, List<Path> namedVarFiles, int roots) {
        Map<String, Value> values = new HashMap<>();
        Marks outside = new Marks(Set.of(), false, true);
        for (VariableInputs.Raw r : VariableInputs.environment(options.environment())) {
            // Terraform ignores TF_VAR_ values of variables a root does not declare, without a word
            values.put(r.name(), rawValue(m, r).withMarks(outside));
        }
        List<Path> files = new ArrayList<>(VariableInputs.automaticFiles(m.dir));
        for (Path f : options.varFiles()) {
            if (VariableInputs.appliesTo(f, m.dir, roots)) {
                files.add(f);
            }
        }
        files.addAll(namedVarFiles);
        for (Path f : files) {
            ConfigFile cf = parse(f.toAbsolutePath().normalize(), true);
            if (cf == null) {
                continue;
            }
            Evaluator literal =
                    new Evaluator(
                            (t, consumed) -> {
                                consumed[0] = t.steps().size();
                                return Value.unknown(t + " cannot be used in a .tfvars file");
                            });
            for (Attribute a : cf.body().attributes()) {
                if (!m.variables.containsKey(a.name())) {
                    warn(
                            options.display(f)
                                    + ":"
                                    + a.range().start().line()
                                    + ": a value for variable \""
                                    + a.name()
                                    + "\", which the root module "
                                    + options.display(m.dir)
                                    + " does not declare; Terraform ignores it");
                }
                values.put(a.name(), literal.value(a.expr()));
            }
        }
        for (VariableInputs.Raw r : VariableInputs.commandLine(options.vars())) {
            if (!m.variables.containsKey(r.name())) {
                // with several roots, --var is for the roots that declare the variable
                if (roots <= 1) {
                    warn(
                            r.origin()
                                    + ": the root module "
                                    + options.display(m.dir)
                                    + " declares no variable \""
                                    + r.name()
                                    + "\"; the value is not used");
                }
                continue;
            }
            values.put(r.name(), rawValue(m, r).withMarks(outside));
        }
        return values;
    }

    /**
     * A value given as text ({@code TF_VAR_x}, {@code --var x=...}) as Terraform reads it: a string
     * for a variable without a type or of a primitive type (converted by the type later), else
     * parsed as an HCL expression, so that {@code ["a","b"]}, {@code {a=1}} and objects reach
     * lists, maps and objects.
     */
    private Value rawValue(ModuleSource m, VariableInputs.Raw raw) {
        ModuleSource.Located<Block> decl = m.variables.get(raw.name());
        String type =
                decl == null
                        ? null
                        : decl.item()
                                .body()
                                .attribute("type")
                                .map(a -> a.expr().source())
                                .orElse(null);
        if (VariableInputs.literal(type)) {
            return Value.string(raw.text());
        }
        ConfigFile cf =
                HclParser.parse(
                        raw.origin(),
                        ("value = " + raw.text() + "\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Optional<Attribute> a = cf.valid() ? cf.body().attribute("value") : Optional.empty();
        if (a.isEmpty() || cf.body().items().size() != 1) {
            warn(
                    raw.origin()
                            + ": not a valid value for variable \""
                            + raw.name()
                            + "\" of type "
                            + type.strip()
                            + " (write it as Terraform's -var takes it, e.g. [\"a\", \"b\"] or {key = \"value\"})");
            return Value.unknown(raw.origin() + " is not a valid value of type " + type.strip());
        }
        Evaluator literal =
                new Evaluator(
                        (t, consumed) -> {
                            consumed[0] = t.steps().size();
                            return Value.unknown(t + " cannot be used in a variable value");
                        });
        return literal.value(a.get().expr());
    }
}
