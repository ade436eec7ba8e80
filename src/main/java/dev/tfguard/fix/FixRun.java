package dev.tfguard.fix;

import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.RepositoryPaths;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.Traversal;
import dev.tfguard.loader.plan.PlanLoader;
import dev.tfguard.model.Finding;
import dev.tfguard.model.InputError;
import dev.tfguard.model.Model;
import dev.tfguard.model.Resource;
import dev.tfguard.model.RuleFix;
import dev.tfguard.model.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One run of {@code tfguard fix}: scans, hands each selected finding to the fix strategy its rule
 * declares ({@link FixStrategy}), and collects the edits, the findings it leaves (with why) and the
 * resources a change replaces. The strategies build on {@link #set}, {@link #insertOnly} and {@link
 * #replaceAt}, which write a value where it is given (or where a variable's value comes from,
 * through {@link ValueSources}).
 */
final class FixRun {

    /** Whether a resource is created by the change being fixed, already exists, or unknown. */
    enum Existence {
        NEW,
        EXISTING,
        UNKNOWN
    }

    final Fixer.Options options;
    final PendingEdits edits = new PendingEdits();
    private final ValueSources sources = new ValueSources(this);
    private final Map<Path, SourceText> texts = new HashMap<>();
    private final List<InputError> errors = new ArrayList<>();
    private final Map<String, Existence> planned = new HashMap<>();
    private final List<Fixer.Left> left = new ArrayList<>();
    private final Map<String, Fixer.Replaced> replaced = new LinkedHashMap<>();
    private final List<Finding> fixed = new ArrayList<>();
    private final Map<String, RuleFix> fixes = new HashMap<>();
    private final Set<String> done = new java.util.HashSet<>();
    private ResourceGraph graph;

    /** The repository root that reported paths are relative to. */
    private Path repoRoot;

    private List<Finding> all;

    FixRun(Fixer.Options options) {
        this.options = options;
    }

    Fixer.Result run(List<Path> paths) {
        repoRoot = Fixer.repositoryRoot(paths, options);
        sources.add(paths);
        if (options.plan() != null) {
            readPlan(options.workDir().resolve(options.plan()));
        }
        Fixer.Scan scan =
                Fixer.scan(paths.stream().map(options.workDir()::resolve).toList(), options);
        for (RuleInfo rule : scan.rules()) {
            if (rule.fix() != null) {
                fixes.put(rule.id(), rule.fix());
            }
        }
        errors.addAll(scan.errors());
        all = scan.findings();
        for (Finding f : all) {
            if (options.selected(f.rule()) && fixes.containsKey(f.rule())) {
                graph = scan.roots().graph(f.root());
                fix(f);
            }
        }
        return new Fixer.Result(
                edits.files(),
                left,
                new ArrayList<>(replaced.values()),
                fixed,
                errors,
                scan.warnings());
    }

    private void fix(Finding f) {
        Resource r = resource(f);
        if (r == null || r.source() == null) {
            leave(f, "it is not located in Terraform source (a plan without its .tf files?)");
            return;
        }
        if (!r.source().file().endsWith(".tf") && !r.source().file().endsWith(".tofu")) {
            // JSON configuration is usually generated: an edit there would be lost when it is
            // generated again
            leave(
                    f,
                    "tfguard fix edits HCL files (.tf, .tofu), and this resource is written in the JSON "
                            + "file "
                            + r.source().file()
                            + ": change it where that file is generated from");
            return;
        }
        SourceText src = text(repoRoot.resolve(r.source().file()).normalize());
        Block block = src == null ? null : resourceBlock(src, r);
        if (block == null) {
            leave(f, "its block was not found in " + r.source().file());
            return;
        }
        RuleFix spec = fixes.get(f.rule());
        FixStrategy strategy = FixStrategy.named(spec.strategy());
        if (strategy == null) {
            leave(
                    f,
                    "its rule names the fix strategy \""
                            + spec.strategy()
                            + "\", which tfguard does not have");
            return;
        }
        if (strategy.fix(this, new FixStrategy.Target(f, src, block, r), spec)) {
            fixed.add(f);
        }
    }

    /** Leaves {@code f} as it is, saying why and what to do instead. */
    void leave(Finding f, String why) {
        left.add(new Fixer.Left(f, why));
    }

    /** The findings of the scan, fixed or not: a fix can depend on another's. */
    List<Finding> findings() {
        return all;
    }

    /**
     * True the first time it is called with {@code key}: an edit made once for several findings.
     */
    boolean once(String key) {
        return done.add(key);
    }

    /** The graph of the root module of the finding being fixed. */
    ResourceGraph graph() {
        return graph;
    }

    /**
     * Sets {@code name = value} in {@code block}: added when missing, replaced when written as a
     * literal, or, when written as {@code var.X}, fixed where X's value comes from if nothing else
     * uses X.
     */
    boolean set(
            Finding f,
            SourceText src,
            Block block,
            Resource r,
            String name,
            String value,
            String consequence) {
        Optional<Attribute> written = block.body().attribute(name);
        if (written.isEmpty()) {
            return insertOnly(f, src, block, r, name, value, consequence);
        }
        Expr e = written.get().expr();
        if (literal(e)) {
            return replaceAt(
                    src, block, written.get(), value, r.blockAddress(), f.rule(), consequence);
        }
        String var = variable(e);
        if (var == null) {
            leave(
                    f,
                    name
                            + " is computed by "
                            + e.source()
                            + ": tfguard fix changes literal values and "
                            + "variables only; make the expression give "
                            + value);
            return false;
        }
        List<String> chain = new ArrayList<>();
        for (String part : r.modulePath().isEmpty() ? new String[0] : r.modulePath().split("\\.")) {
            if (!part.equals("module")) {
                chain.add(part);
            }
        }
        Path dir = src.path.getParent();
        return sources.source(f, dir, chain, var, name, value, consequence, src, written.get());
    }

    /** Adds {@code name = value} to {@code block}; a value already written there is left alone. */
    boolean insertOnly(
            Finding f,
            SourceText src,
            Block block,
            Resource r,
            String name,
            String value,
            String consequence) {
        if (block.body().attribute(name).isPresent()) {
            return true;
        }
        if (!Layout.canInsert(block)) {
            leave(f, "the block is written on one line; add " + name + " = " + value + " to it");
            return false;
        }
        PendingEdits.BlockEdits blockEdits = edits.edits(src, block);
        blockEdits.inserts.putIfAbsent(name, value);
        edits.record(
                src,
                Layout.insertionLine(block),
                block.range().start().line(),
                r.blockAddress(),
                "adds " + name + " = " + value,
                f.rule(),
                consequence);
        return true;
    }

    boolean replaceAt(
            SourceText src,
            Block owner,
            Attribute attr,
            String value,
            String target,
            String rule,
            String consequence) {
        edits.edits(src, owner).replaces.put(attr, value);
        int order = owner == null ? attr.range().start().line() : owner.range().start().line();
        edits.record(
                src,
                attr.range().start().line(),
                order,
                target,
                "sets " + attr.name() + " = " + value,
                rule,
                consequence);
        return true;
    }

    /** {@code X} when {@code e} is {@code var.X} or {@code "${var.X}"}, else null. */
    static String variable(Expr e) {
        Expr inner = e instanceof Expr.Template t && t.wrapped() != null ? t.wrapped() : e;
        if (inner instanceof Expr.ScopeTraversal s
                && s.traversal().root().equals("var")
                && s.traversal().steps().size() == 1
                && s.traversal().steps().get(0) instanceof Traversal.Attr a) {
            return a.name();
        }
        return null;
    }

    /** True for a value written out: a number, bool, null or a string without interpolation. */
    static boolean literal(Expr e) {
        return e instanceof Expr.Literal
                || e instanceof Expr.Template t && t.isStringLiteral() && !t.heredoc();
    }

    Existence existence(Resource r) {
        if (options.existing()) {
            return Existence.EXISTING;
        }
        return planned.getOrDefault(r.blockAddress(), Existence.UNKNOWN);
    }

    /** Notes that applying the fix replaces {@code r}. */
    void replaced(Resource r) {
        String id = r.value(idAttribute(r)).asString();
        replaced.putIfAbsent(r.blockAddress(), new Fixer.Replaced(r.blockAddress(), r.type(), id));
    }

    /**
     * The attribute that names a replication group or cluster: {@code name} or {@code
     * replication_group_id}.
     */
    static String idAttribute(Resource r) {
        return r.type().equals(Fixer.MEMORYDB_CLUSTER) ? "name" : "replication_group_id";
    }

    /**
     * The resource a finding is about. Two root folders may each declare the same address, so the
     * file decides between them.
     */
    private Resource resource(Finding f) {
        for (Resource r : graph.resources()) {
            if (r.address().equals(f.resource())
                    && r.source() != null
                    && r.source().file().equals(f.configurationFile())) {
                return r;
            }
        }
        return graph.get(f.resource());
    }

    private Block resourceBlock(SourceText src, Resource r) {
        String kind = r.mode() == dev.tfguard.model.Mode.DATA ? "data" : "resource";
        return src.block(kind, r.type(), r.name());
    }

    SourceText text(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (texts.containsKey(abs)) {
            return texts.get(abs);
        }
        SourceText t = null;
        try {
            t = new SourceText(abs, display(abs), Files.readAllBytes(abs));
            if (!t.parsed.valid()) {
                t = null; // the scan reports the syntax error
            }
        } catch (IOException e) {
            errors.add(new InputError(display(abs), 0, "cannot read: " + e.getMessage()));
        }
        texts.put(abs, t);
        return t;
    }

    String display(Path p) {
        return RepositoryPaths.relative(repoRoot, p);
    }

    private void readPlan(Path plan) {
        Model model = new Model();
        new PlanLoader()
                .load(
                        plan,
                        new LoadOptions(
                                Set.of(Fixer.GROUP), List.of(), Map.of(), options.workDir()),
                        model);
        errors.addAll(model.errors());
        for (Resource r : model.resources()) {
            if (!r.type().equals(Fixer.GROUP) || r.change() == null) {
                continue;
            }
            Existence e =
                    r.change().actions().equals(List.of("create"))
                            ? Existence.NEW
                            : Existence.EXISTING;
            // the source knows blocks, not instances: module.a["x"].aws_x.y is the block
            // module.a.aws_x.y
            String block = r.blockAddress().replaceAll("\\[[^\\]]*\\]", "");
            planned.merge(block, e, (a, b) -> a == Existence.EXISTING ? a : b);
        }
    }
}
