package dev.tfguard.loader;

import dev.tfguard.loader.config.ConfigFiles;
import dev.tfguard.loader.hcl.HclLoader;
import dev.tfguard.loader.plan.PlanLoader;
import dev.tfguard.model.InputError;
import dev.tfguard.model.Model;
import dev.tfguard.model.Resource;
import dev.tfguard.model.SourceRef;
import dev.tfguard.model.Suppression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sends each path the user named to the loader that reads it: a plan (recognised by content), or
 * Terraform source (a {@code .tf}/{@code .tf.json}/{@code .tfvars} file or a folder); {@code -} is
 * a plan on standard input.
 *
 * <p>Every resource is checked once, however many paths reach it: a path named twice (or a folder
 * inside a named folder) is read once, and a resource that both a plan and a scanned folder hold
 * (the plan was made from that folder) is kept from the plan, whose values are the ones Terraform
 * will apply, with a warning that names both.
 */
public final class Inputs {

    /** The path that stands for standard input. */
    public static final String STDIN = "-";

    /** What an error says about a path that holds nothing tfguard reads. */
    public static final String NOTHING_FOUND =
            "no Terraform files (.tf, .tf.json, .tofu, .tfvars) or plan found";

    private Inputs() {}

    /**
     * Loads every path into {@code model} as {@link #load(List, LoadOptions, Model, boolean,
     * InputStream)}.
     */
    public static Set<String> load(List<Path> paths, LoadOptions options, Model model) {
        return load(paths, options, model, true, InputStream.nullInputStream());
    }

    /**
     * Loads every path into {@code model}; a path that cannot be read becomes an error, and the
     * rest go on. A folder without any Terraform input is an error unless {@code allowEmpty}. The
     * path {@code -} reads a plan from {@code stdin}. Returns the Terraform files named one by one
     * (as pre-commit names changed files): when there are such, only findings located in them are
     * to be reported; the rest of their folders is context.
     */
    public static Set<String> load(
            List<Path> paths,
            LoadOptions options,
            Model model,
            boolean allowEmpty,
            InputStream stdin) {
        List<Path> terraform = new ArrayList<>();
        Map<Path, String> plans = new LinkedHashMap<>(); // plan file -> how it is shown
        Set<Path> seen = new HashSet<>();
        List<Path> spooled = new ArrayList<>();
        boolean wholeInputs = false;
        try {
            for (Path p : paths) {
                if (p.toString().equals(STDIN)) {
                    Path copy = spool(stdin, model);
                    if (copy != null) {
                        spooled.add(copy);
                        plans.put(copy, STDIN);
                        wholeInputs = true;
                    }
                    continue;
                }
                String shown = options.display(p);
                if (!Files.exists(p)) {
                    model.error(new InputError(shown, 0, "no such file or folder"));
                } else if (!Files.isReadable(p)) {
                    model.error(new InputError(shown, 0, "permission denied"));
                } else if (options.excluded().test(p.toAbsolutePath().normalize())) {
                    continue;
                } else if (!seen.add(identity(p))) {
                    continue; // the same file or folder named twice
                } else if (Files.isDirectory(p)) {
                    if (!allowEmpty && !holdsTerraform(p, options)) {
                        model.error(new InputError(shown, 0, NOTHING_FOUND + plansHint(p)));
                    }
                    terraform.add(p);
                    wholeInputs = true;
                } else if (isTerraformSource(p)) {
                    terraform.add(p);
                } else if (PlanLoader.looksLikePlan(p)) {
                    plans.put(p, shown);
                    wholeInputs = true;
                } else {
                    model.error(
                            new InputError(
                                    shown,
                                    1,
                                    "not a Terraform plan (terraform show -json output), "
                                            + ".tf, .tf.json, .tofu, .tofu.json or .tfvars file, or folder"));
                }
            }
            Model fromPlans = new Model();
            for (Map.Entry<Path, String> plan : plans.entrySet()) {
                options.progress().accept(plan.getValue());
                Model one = new Model();
                loadPlan(plan.getKey(), options, one, plan.getValue().equals(STDIN));
                merge(
                        one,
                        fromPlans,
                        plan.getValue().equals(STDIN) ? options.display(plan.getKey()) : null);
            }
            Model fromSource = new Model();
            Set<String> named =
                    terraform.isEmpty()
                            ? Set.of()
                            : new HclLoader().loadAll(terraform, options, fromSource);
            combine(fromPlans, fromSource, plans.values(), model);
            // a folder or plan named beside single files is reported whole, so no filter applies
            // then
            return wholeInputs ? Set.of() : named;
        } finally {
            for (Path p : spooled) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temporary file left in the temporary folder; nothing else depends on it
                }
            }
        }
    }

    /**
     * Adds the plans' resources and the source's to {@code into}; a source resource that a plan
     * also holds (same block, same file) is dropped, and a warning says which inputs overlapped.
     */
    private static void combine(
            Model plans, Model source, java.util.Collection<String> planNames, Model into) {
        Set<String> planned =
                new HashSet<>(); // root, block address and file of each located plan resource
        plans.resourcesByRoot()
                .forEach(
                        (root, resources) -> {
                            for (Resource r : resources) {
                                if (r.source() != null) {
                                    planned.add(
                                            root
                                                    + "\u0000"
                                                    + r.blockAddress()
                                                    + "\u0000"
                                                    + r.source().file());
                                }
                            }
                        });
        copyResources(plans, into, r -> true);
        int[] dropped = {0};
        String[] example = {null};
        Map<String, List<Resource>> kept = new LinkedHashMap<>();
        source.resourcesByRoot()
                .forEach(
                        (root, resources) -> {
                            for (Resource r : resources) {
                                SourceRef at = r.source();
                                if (at != null
                                        && planned.contains(
                                                root
                                                        + "\u0000"
                                                        + r.blockAddress()
                                                        + "\u0000"
                                                        + at.file())) {
                                    dropped[0]++;
                                    example[0] = example[0] == null ? r.address() : example[0];
                                } else {
                                    kept.computeIfAbsent(root, k -> new ArrayList<>()).add(r);
                                }
                            }
                        });
        kept.forEach(
                (root, resources) -> {
                    into.root(root);
                    resources.forEach(into::add);
                });
        into.root(null);
        into.moduleCallsFrom(plans);
        into.moduleCallsFrom(source);
        plans.errors().forEach(into::error);
        source.errors().forEach(into::error);
        plans.warnings().forEach(into::warn);
        source.warnings().forEach(into::warn);
        Set<Suppression> seenSuppressions = new HashSet<>();
        plans.suppressions()
                .forEach(
                        s -> {
                            if (seenSuppressions.add(s)) {
                                into.suppress(s);
                            }
                        });
        source.suppressions()
                .forEach(
                        s -> {
                            if (seenSuppressions.add(s)) {
                                into.suppress(s);
                            }
                        });
        if (dropped[0] > 0) {
            into.warn(
                    String.join(", ", planNames)
                            + " and the scanned folders both hold "
                            + dropped[0]
                            + (dropped[0] == 1 ? " resource" : " resources")
                            + " ("
                            + example[0]
                            + (dropped[0] > 1 ? ", ..." : "")
                            + "): each is checked once, with the plan's values");
        }
    }

    /**
     * Adds the resources of {@code from} that {@code keep} accepts to {@code into}, each under its
     * root.
     */
    private static void copyResources(
            Model from, Model into, java.util.function.Predicate<Resource> keep) {
        String previous = into.root();
        from.resourcesByRoot()
                .forEach(
                        (root, resources) -> {
                            into.root(root);
                            resources.stream().filter(keep).forEach(into::add);
                        });
        into.root(previous);
    }

    private static void merge(Model from, Model into, String renameFrom) {
        copyResources(from, into, r -> true);
        into.moduleCallsFrom(from);
        for (InputError e : from.errors()) {
            into.error(
                    renameFrom != null && e.file().equals(renameFrom)
                            ? new InputError(STDIN, e.line(), e.message()).withRoot(e.root())
                            : e);
        }
        from.warnings().forEach(into::warn);
        from.suppressions().forEach(into::suppress);
    }

    /**
     * Standard input copied to a temporary file (a plan is read twice when it is large); null on
     * failure.
     */
    private static Path spool(InputStream stdin, Model model) {
        try {
            Path copy = Files.createTempFile("tfguard-stdin", ".json");
            Files.copy(stdin, copy, StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(copy) == 0) {
                Files.deleteIfExists(copy);
                model.error(
                        new InputError(
                                STDIN,
                                0,
                                "standard input is empty (expected terraform show -json "
                                        + "output)"));
                return null;
            }
            return copy;
        } catch (IOException e) {
            model.error(new InputError(STDIN, 0, "cannot read standard input: " + e.getMessage()));
            return null;
        }
    }

    private static Path identity(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /**
     * Loads a plan, located through its Terraform source when there is one: {@code --source}, else
     * the plan's own folder when it holds {@code .tf} files (not for a plan on standard input,
     * whose copy has no folder of its own).
     */
    private static void loadPlan(Path p, LoadOptions options, Model model, boolean stdin) {
        Path parent = stdin ? null : p.toAbsolutePath().normalize().getParent();
        Path source =
                options.source() != null
                        ? options.source()
                        : parent != null && SourceMapper.holdsTerraform(parent) ? parent : null;
        // a plan is made from one root module: its source folder when known, else the plan's own
        // folder (for a plan
        // on standard input, the working folder, where terraform show ran)
        model.root(
                options.display(
                        source != null ? source : parent != null ? parent : options.workDir()));
        if (source == null) {
            new PlanLoader().load(p, options, model);
        } else {
            Model plan = new Model();
            new PlanLoader().load(p, options, plan);
            SourceMapper.map(plan, source, options.source() != null, options, model);
        }
        model.root(null);
    }

    static boolean isTerraformSource(Path p) {
        String name = ConfigFiles.name(p);
        return dev.tfguard.loader.config.ConfigFiles.isConfig(name)
                || name.endsWith(".tfvars")
                || name.endsWith(".tfvars.json");
    }

    /** Any file name that a folder scan reads as Terraform input. */
    static boolean isTerraformInput(String name) {
        return name.endsWith(".tf")
                || name.endsWith(".tf.json")
                || name.endsWith(".tofu")
                || name.endsWith(".tofu.json")
                || name.endsWith(".tfvars")
                || name.endsWith(".tfvars.json");
    }

    /**
     * True when a folder scan of {@code dir} finds at least one Terraform input: a file of a kind
     * it reads, outside hidden folders, {@code .terraform} and excluded paths. Stops at the first
     * one.
     */
    static boolean holdsTerraform(Path dir, LoadOptions options) {
        boolean[] found = {false};
        try {
            Files.walkFileTree(
                    dir,
                    EnumSet.of(FileVisitOption.FOLLOW_LINKS),
                    64,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(
                                Path d, BasicFileAttributes attrs) {
                            String n = ConfigFiles.name(d);
                            boolean skip =
                                    !d.equals(dir)
                                            && (n.startsWith(".") || options.excluded().test(d));
                            return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                            if (isTerraformInput(ConfigFiles.name(f))
                                    && !options.excluded().test(f)) {
                                found[0] = true;
                                return FileVisitResult.TERMINATE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            return FileVisitResult
                                    .CONTINUE; // the folder scan itself reports what it cannot read
                        }
                    });
        } catch (IOException e) {
            return true; // the folder scan reports it
        }
        return found[0];
    }

    /** A hint when a folder without Terraform files holds a plan, which is read only when named. */
    private static String plansHint(Path dir) {
        try (var s = Files.list(dir)) {
            return s.filter(f -> ConfigFiles.name(f).endsWith(".json") && Files.isRegularFile(f))
                    .filter(PlanLoader::looksLikePlan)
                    .sorted()
                    .findFirst()
                    .map(
                            f ->
                                    " (a plan in a folder is read only when named: "
                                            + f.getFileName()
                                            + ")")
                    .orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
