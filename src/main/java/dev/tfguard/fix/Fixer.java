package dev.tfguard.fix;

import dev.tfguard.engine.RootScan;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.RepositoryPaths;
import dev.tfguard.loader.config.ConfigFiles;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Body;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.HclParser;
import dev.tfguard.loader.hcl.syntax.Traversal;
import dev.tfguard.loader.plan.PlanLoader;
import dev.tfguard.model.Finding;
import dev.tfguard.model.InputError;
import dev.tfguard.model.Model;
import dev.tfguard.model.Resource;
import dev.tfguard.model.ScanResult;
import dev.tfguard.scan.Config;
import dev.tfguard.scan.ScanOptions;
import dev.tfguard.scan.Scanner;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Repairs what tfguard finds in Terraform source, by editing the text of the files: the findings of
 * the rules in {@link #RULES} that have a mechanical fix are fixed where the value is written (or
 * at the variable default, {@code .tfvars} entry or module argument it comes from, when nothing
 * else uses that), and the others are left with the reason and what to do. Every change says what
 * it does to running infrastructure.
 *
 * <p>{@link #plan} computes everything and writes nothing; {@link Result#write()} writes. Running
 * it again on its own output changes nothing.
 */
public final class Fixer {
    public static final String AT_REST = "TFG-EC-001";
    public static final String KMS_KEY = "TFG-EC-002";
    public static final String TRANSIT = "TFG-EC-003";
    public static final String AUTH = "TFG-EC-004";
    public static final String TRANSIT_MODE = "TFG-EC-014";
    public static final String MINOR_UPGRADES = "TFG-EC-007";
    public static final String MULTI_AZ = "TFG-EC-009";
    public static final String ROTATION = "TFG-KMS-001";
    public static final String MDB_KEY = "TFG-MDB-001";
    public static final String MDB_TLS = "TFG-MDB-002";
    public static final String MDB_OPEN_ACCESS = "TFG-MDB-003";
    public static final String MDB_BACKUPS = "TFG-MDB-005";
    public static final String MDB_REPLICAS = "TFG-MDB-006";

    /** The rules {@code tfguard fix} handles: it fixes or explains each of their findings. */
    public static final List<String> RULES =
            List.of(
                    AT_REST,
                    KMS_KEY,
                    TRANSIT,
                    AUTH,
                    MINOR_UPGRADES,
                    MULTI_AZ,
                    TRANSIT_MODE,
                    ROTATION,
                    MDB_KEY,
                    MDB_TLS,
                    MDB_OPEN_ACCESS,
                    MDB_BACKUPS,
                    MDB_REPLICAS);

    static final String GROUP = "aws_elasticache_replication_group";
    static final String MEMORYDB_CLUSTER = "aws_memorydb_cluster";
    static final String REPLACES =
            "replaces the replication group: data is lost unless restored from a snapshot";

    /**
     * A MemoryDB cluster's transaction log is deleted with it: only a snapshot carries the data
     * over.
     */
    static final String REPLACES_CLUSTER =
            "replaces the cluster: its data is lost with its transaction log unless "
                    + "restored from a snapshot";

    /**
     * What to fix and how.
     *
     * @param rules the rules to fix; empty for all of {@link #RULES}
     * @param createKmsKey add an {@code aws_kms_key} and alias for a group without a
     *     customer-managed key
     * @param existing every replication group already exists (transit encryption goes through
     *     "preferred")
     * @param plan a plan JSON that tells which groups exist and which it creates, or null
     * @param varFiles {@code --var-file} files, as for a scan (the config file's come first)
     * @param environment the environment, for {@code TF_VAR_*}
     * @param workDir the folder that shown paths are relative to
     * @param settings the config file: its {@code exclude}d paths are not read and not changed, its
     *     rule choice, {@code suppress}, {@code var-files} and {@code peer-suppressions} apply as
     *     for a scan
     */
    public record Options(
            Set<String> rules,
            boolean createKmsKey,
            boolean existing,
            Path plan,
            List<Path> varFiles,
            Map<String, String> environment,
            Path workDir,
            Config settings) {
        public Options {
            rules = Set.copyOf(rules);
            varFiles = List.copyOf(varFiles);
            environment = Map.copyOf(environment);
        }

        /** Options without a config file. */
        public Options(
                Set<String> rules,
                boolean createKmsKey,
                boolean existing,
                Path plan,
                List<Path> varFiles,
                Map<String, String> environment,
                Path workDir) {
            this(
                    rules,
                    createKmsKey,
                    existing,
                    plan,
                    varFiles,
                    environment,
                    workDir,
                    Config.none());
        }

        /** True when {@code rule} is one that this run fixes. */
        public boolean selected(String rule) {
            return rules.isEmpty() ? RULES.contains(rule) : rules.contains(rule);
        }

        /** The paths the config file excludes. */
        Predicate<Path> excluded() {
            return Scanner.exclusion(settings);
        }
    }

    /**
     * One change: where, to what, for which rules, and what it does to what is running.
     *
     * @param file the file changed, as shown
     * @param line the line of the changed value or of the block that gains lines, before the change
     * @param target what is changed: a resource address, {@code var.NAME}, a module call
     * @param change the change, e.g. {@code at_rest_encryption_enabled = true}
     * @param rules the rules whose findings it fixes
     * @param consequence what applying it does to running infrastructure
     */
    public record Change(
            String file,
            int line,
            String target,
            String change,
            List<String> rules,
            String consequence) {}

    /** A finding that {@code fix} leaves as it is: why, and what to do instead. */
    public record Left(Finding finding, String why) {}

    /**
     * A replication group or MemoryDB cluster that a change replaces: its address, its resource
     * type and, when known, its id ({@code replication_group_id}, a MemoryDB cluster's {@code
     * name}).
     */
    public record Replaced(String resource, String type, String groupId) {}

    /** One file's old and new text, and the changes between them. */
    public record FileChange(
            String file, Path path, byte[] before, byte[] after, List<Change> changes) {

        /** The unified diff of the change; secret values in it are hidden. */
        public String diff() {
            return UnifiedDiff.of(
                    file, before, after, Secrets.mask(file, before), Secrets.mask(file, after));
        }
    }

    /** Everything a run found to do. */
    public record Result(
            List<FileChange> files,
            List<Left> left,
            List<Replaced> replaced,
            List<Finding> fixed,
            List<InputError> errors,
            List<String> warnings) {

        /** Writes every changed file. */
        public void write() throws IOException {
            for (FileChange f : files) {
                Files.write(f.path(), f.after());
            }
        }
    }

    /** Findings of a scan, as {@code fix} sees them: failures only, suppressed ones removed. */
    public record Scan(
            List<Finding> findings,
            RootScan roots,
            List<InputError> errors,
            List<String> warnings) {}

    private enum Existence {
        NEW,
        EXISTING,
        UNKNOWN
    }

    private final Options options;
    private final Map<Path, SourceText> texts = new HashMap<>();
    private final List<InputError> errors = new ArrayList<>();
    private final Map<String, Existence> planned = new HashMap<>();
    private final Set<Path> moduleDirs = new TreeSet<>();
    private final List<Path> namedVarFiles = new ArrayList<>();

    /**
     * Pending edits by file, then by the block they go into (its start offset; -1 for a file's top
     * level).
     */
    private final Map<Path, Map<Integer, BlockEdits>> pending = new TreeMap<>();

    private final Map<Path, List<Edit>> extra = new TreeMap<>();
    private final Map<String, Change> changes = new LinkedHashMap<>();
    private final Map<String, Path> changeFiles = new HashMap<>();
    private final Map<String, Integer> changeOrder = new HashMap<>();
    private final List<Left> left = new ArrayList<>();
    private final Map<String, Replaced> replaced = new LinkedHashMap<>();
    private final List<Finding> fixed = new ArrayList<>();
    private final Set<String> keysCreated = new java.util.HashSet<>();
    private ResourceGraph graph;

    /** The repository root that reported paths are relative to. */
    private Path repoRoot;

    private List<Finding> all;

    private Fixer(Options options) {
        this.options = options;
    }

    /**
     * Scans {@code paths} as {@code tfguard} does and keeps the failures that suppressions do not
     * cover.
     */
    public static Scan scan(List<Path> paths, Options options) {
        ScanOptions scan =
                ScanOptions.of(paths, options.workDir(), options.environment())
                        .settings(options.settings())
                        .varFiles(options.varFiles())
                        .strict(false)
                        .allowEmpty(true)
                        .build();
        Scanner.Scan scanned = Scanner.scan(scan);
        ScanResult result = scanned.result();
        return new Scan(
                result.findings(),
                scanned.roots(),
                result.errors(),
                result.warnings().stream().map(dev.tfguard.model.Warning::message).toList());
    }

    /** The repository root that the scan of {@code paths} names files relative to. */
    static Path repositoryRoot(List<Path> paths, Options options) {
        return Scanner.repositoryRoot(null, paths, options.workDir());
    }

    /** Works out every fix for {@code paths} without writing anything. */
    public static Result plan(List<Path> paths, Options options) {
        return new Fixer(options).run(paths);
    }

    private Result run(List<Path> paths) {
        repoRoot = repositoryRoot(paths, options);
        for (Path p : paths) {
            Path abs = options.workDir().resolve(p).toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                walk(abs);
            } else if (abs.getParent() != null) {
                moduleDirs.add(abs.getParent());
                String n = ConfigFiles.name(abs);
                if (n.endsWith(".tfvars")) {
                    namedVarFiles.add(abs);
                }
            }
        }
        if (options.plan() != null) {
            readPlan(options.workDir().resolve(options.plan()));
        }
        Scan scan = scan(paths.stream().map(options.workDir()::resolve).toList(), options);
        errors.addAll(scan.errors());
        all = scan.findings();
        for (Finding f : all) {
            if (options.selected(f.rule())) {
                graph = scan.roots().graph(f.root());
                fix(f);
            }
        }
        return result(scan.warnings());
    }

    // ---------------------------------------------------------------------------------------------- per finding

    private void fix(Finding f) {
        Resource r = resource(f);
        if (r == null || r.source() == null) {
            left.add(
                    new Left(
                            f,
                            "it is not located in Terraform source (a plan without its .tf files?)"));
            return;
        }
        if (!r.source().file().endsWith(".tf") && !r.source().file().endsWith(".tofu")) {
            // JSON configuration is usually generated: an edit there would be lost when it is
            // generated again
            left.add(
                    new Left(
                            f,
                            "tfguard fix edits HCL files (.tf, .tofu), and this resource is written in the JSON "
                                    + "file "
                                    + r.source().file()
                                    + ": change it where that file is generated from"));
            return;
        }
        SourceText src = text(repoRoot.resolve(r.source().file()).normalize());
        Block block = src == null ? null : resourceBlock(src, r);
        if (block == null) {
            left.add(new Left(f, "its block was not found in " + r.source().file()));
            return;
        }
        boolean done =
                switch (f.rule()) {
                    case AT_REST -> atRest(f, src, block, r);
                    case TRANSIT -> transit(f, src, block, r);
                    case KMS_KEY -> kmsKey(f, src, block, r);
                    case ROTATION ->
                            set(
                                    f,
                                    src,
                                    block,
                                    r,
                                    "enable_key_rotation",
                                    "true",
                                    rotationConsequence());
                    case TRANSIT_MODE -> transitMode(f, src, block, r);
                    case MINOR_UPGRADES ->
                            set(
                                    f,
                                    src,
                                    block,
                                    r,
                                    "auto_minor_version_upgrade",
                                    "true",
                                    "in place: minor engine versions are applied in the maintenance window, one node after the other "
                                            + "(maintenance_window chooses when)");
                    case MULTI_AZ -> multiAz(f, src, block, r);
                    case MDB_BACKUPS ->
                            set(
                                    f,
                                    src,
                                    block,
                                    r,
                                    "snapshot_retention_limit",
                                    "7",
                                    "in place: MemoryDB takes a "
                                            + "snapshot every day in snapshot_window and keeps seven; nothing is replaced");
                    case MDB_REPLICAS ->
                            set(
                                    f,
                                    src,
                                    block,
                                    r,
                                    "num_replicas_per_shard",
                                    "1",
                                    "in place: MemoryDB adds a "
                                            + "replica to each shard of the running cluster, to fail over to; nothing is replaced");
                    case MDB_TLS -> memoryDbTls(f, src, block, r);
                    case MDB_KEY -> kmsKey(f, src, block, r);
                    case MDB_OPEN_ACCESS -> {
                        left.add(
                                new Left(
                                        f,
                                        "which users may connect, with which rights, is a decision: create "
                                                + "aws_memorydb_user resources (passwords from random_password, or IAM authentication), an "
                                                + "aws_memorydb_acl that lists them, and set acl_name to it (in place). A cluster with "
                                                + "tls_enabled = false must keep open-access until TLS is on (TFG-MDB-002)"));
                        yield false;
                    }
                    case AUTH -> {
                        left.add(new Left(f, Snippets.authToken(r)));
                        yield false;
                    }
                    default -> false;
                };
        if (done) {
            fixed.add(f);
        }
    }

    private boolean atRest(Finding f, SourceText src, Block block, Resource r) {
        String consequence =
                existence(r) == Existence.NEW
                        ? "set when the group is created: nothing running changes"
                        : REPLACES;
        boolean ok = set(f, src, block, r, "at_rest_encryption_enabled", "true", consequence);
        if (ok && existence(r) != Existence.NEW) {
            replaced(r);
        }
        return ok;
    }

    private boolean transit(Finding f, SourceText src, Block block, Resource r) {
        Existence ex = existence(r);
        Boolean inPlace = inPlaceTransit(r);
        boolean versionAbsent = r.value("engine_version").isNull();
        String mode = null;
        if (block.body().attribute("transit_encryption_mode").isEmpty()) {
            if (ex == Existence.EXISTING) {
                mode = Boolean.FALSE.equals(inPlace) ? null : "preferred";
            } else {
                mode = Boolean.TRUE.equals(inPlace) || versionAbsent ? "required" : null;
            }
        }
        String consequence;
        boolean replaces = false;
        String twoSteps =
                "in place, in two applies as AWS requires: transit_encryption_mode = \"preferred\" "
                        + "accepts clients with and without TLS; once every client uses TLS, set \"required\" and apply "
                        + "again (TFG-EC-014 reports the group until then)";
        if (ex == Existence.NEW) {
            consequence =
                    "the group is created with TLS"
                            + (mode == null ? "" : " and refuses clients without it");
        } else if (Boolean.FALSE.equals(inPlace)) {
            consequence =
                    REPLACES
                            + " (below engine 7.0.5, TLS cannot be turned on in place)"
                            + (ex == Existence.UNKNOWN
                                    ? "; a group not created yet is simply created with TLS"
                                    : "");
            replaces = true;
        } else if (ex == Existence.EXISTING) {
            consequence =
                    twoSteps
                            + (inPlace == null
                                    ? "; this holds on engine 7.0.5 and later, on an older "
                                            + "engine the change "
                                            + REPLACES
                                    : "");
            replaces = inPlace == null;
        } else {
            consequence =
                    "a group not created yet gets TLS"
                            + (mode == null ? "" : " and refuses clients without it")
                            + "; a group that already runs cannot take \"required\" in one step: run tfguard fix "
                            + "--existing (or --plan) to go through \"preferred\" first"
                            + (inPlace == null
                                    ? " (in place on engine 7.0.5 and later; on an older engine the change "
                                            + REPLACES
                                            + ")"
                                    : "");
        }
        boolean ok = set(f, src, block, r, "transit_encryption_enabled", "true", consequence);
        if (ok && mode != null) {
            insertOnly(f, src, block, r, "transit_encryption_mode", "\"" + mode + "\"", null);
        }
        if (ok && replaces) {
            replaced(r);
        }
        return ok;
    }

    private boolean transitMode(Finding f, SourceText src, Block block, Resource r) {
        if (existence(r) != Existence.NEW) {
            left.add(
                    new Left(
                            f,
                            "set transit_encryption_mode = \"required\" once every client connects with TLS "
                                    + "(in place on engine 7.0.5 and later; clients without TLS are then refused). tfguard fix "
                                    + "makes this change only for groups that a plan (--plan) shows are not created yet"));
            return false;
        }
        return set(
                f,
                src,
                block,
                r,
                "transit_encryption_mode",
                "\"required\"",
                "the group is created accepting TLS clients only");
    }

    private boolean memoryDbTls(Finding f, SourceText src, Block block, Resource r) {
        if (!r.type().equals(MEMORYDB_CLUSTER)) {
            left.add(
                    new Left(
                            f,
                            "tls_enabled forces a new multi-Region cluster, and the regional clusters that join "
                                    + "it must be created again with it; set tls_enabled = true when you create its replacement"));
            return false;
        }
        boolean created = existence(r) == Existence.NEW;
        boolean ok =
                set(
                        f,
                        src,
                        block,
                        r,
                        "tls_enabled",
                        "true",
                        created ? "the cluster is created with TLS" : REPLACES_CLUSTER);
        if (ok && !created) {
            replaced(r);
        }
        return ok;
    }

    private boolean multiAz(Finding f, SourceText src, Block block, Resource r) {
        if (!"multi_az_enabled".equals(f.attribute())) {
            // ModifyCacheCluster: with cross-az, existing Memcached nodes stay in their zone; only
            // new nodes spread
            left.add(
                    new Left(
                            f,
                            "az_mode = \"cross-az\" spreads only the nodes created after it: AWS leaves running "
                                    + "nodes in their zone, so spreading a running cluster means replacing its nodes, whose cache "
                                    + "starts empty. Set it (and preferred_availability_zones) when you choose to"));
            return false;
        }
        return set(
                f,
                src,
                block,
                r,
                "multi_az_enabled",
                "true",
                "in place: the primary and its replicas are kept "
                        + "in different Availability Zones and a failover moves to another zone; nothing is recreated");
    }

    private boolean kmsKey(Finding f, SourceText src, Block block, Resource r) {
        boolean memoryDb = r.type().equals(MEMORYDB_CLUSTER);
        String keyAttr = memoryDb ? "kms_key_arn" : "kms_key_id";
        String what = memoryDb ? "cluster" : "group";
        if (!options.createKmsKey()) {
            left.add(
                    new Left(
                            f,
                            "which key encrypts the "
                                    + what
                                    + " is a decision: set "
                                    + keyAttr
                                    + " to your "
                                    + "key's ARN (for example aws_kms_key.NAME.arn), or run tfguard fix --create-kms-key to add an "
                                    + "aws_kms_key with rotation and an alias next to the "
                                    + what));
            return false;
        }
        Optional<Attribute> written = block.body().attribute(keyAttr);
        if (written.isPresent() && !literal(written.get().expr())) {
            left.add(
                    new Left(
                            f,
                            keyAttr
                                    + " is computed by "
                                    + written.get().expr().source()
                                    + "; change it there to a customer-managed key"));
            return false;
        }
        Boolean atRest = r.value("at_rest_encryption_enabled").asBool();
        boolean valkey = "valkey".equals(r.value("engine").asString());
        boolean atRestFixed =
                options.selected(AT_REST)
                        && all.stream()
                                .anyMatch(
                                        x ->
                                                x.rule().equals(AT_REST)
                                                        && x.resource().equals(r.address()));
        // MemoryDB always encrypts at rest; an ElastiCache group takes a key only with at-rest
        // encryption on
        if (!memoryDb
                && !Boolean.TRUE.equals(atRest)
                && !(atRest == null && valkey)
                && !atRestFixed) {
            left.add(
                    new Left(
                            f,
                            "kms_key_id can be set only with at_rest_encryption_enabled = true; fix TFG-EC-001 "
                                    + "first"));
            return false;
        }
        String name = keyName(r);
        if (name == null) {
            left.add(
                    new Left(
                            f,
                            "aws_kms_key."
                                    + r.name()
                                    + " and aws_kms_key."
                                    + r.name()
                                    + "_cache already exist; set "
                                    + keyAttr
                                    + " to the key meant for this "
                                    + what));
            return false;
        }
        int at = block.range().start().byteOffset();
        String consequence =
                existence(r) == Existence.NEW
                        ? "the " + what + " is created encrypted with the new key"
                        : memoryDb ? REPLACES_CLUSTER : REPLACES;
        if (keysCreated.add(src.path + ":" + at)) {
            String unit = src.indentUnit();
            String eol = src.eol;
            String id = groupId(block, r);
            String key =
                    Layout.block(
                            "resource \"aws_kms_key\" \"" + name + "\"",
                            List.of(
                                    new Layout.NewAttr(
                                            "description",
                                            "\""
                                                    + (memoryDb
                                                            ? "MemoryDB cluster "
                                                            : "ElastiCache " + "replication group ")
                                                    + id
                                                    + "\""),
                                    new Layout.NewAttr("enable_key_rotation", "true")),
                            unit,
                            eol);
            String alias =
                    Layout.block(
                            "resource \"aws_kms_alias\" \"" + name + "\"",
                            List.of(
                                    new Layout.NewAttr(
                                            "name",
                                            "\"alias/"
                                                    + (memoryDb ? "memorydb-" : "elasticache-")
                                                    + id
                                                    + "\""),
                                    new Layout.NewAttr(
                                            "target_key_id", "aws_kms_key." + name + ".key_id")),
                            unit,
                            eol);
            String indent = src.indentation(at);
            String text =
                    eol + eol + indent(key, indent, eol) + eol + eol + indent(alias, indent, eol);
            int end = src.lineContentEnd(block.closeBrace().end().byteOffset());
            extra.computeIfAbsent(src.path, p -> new ArrayList<>()).add(Edit.insert(end, text));
            record(
                    src,
                    block.closeBrace().start().line(),
                    block.range().start().line(),
                    r.blockAddress(),
                    "adds resources aws_kms_key."
                            + name
                            + " and aws_kms_alias."
                            + name
                            + " after the "
                            + what,
                    f.rule(),
                    null);
        }
        boolean ok =
                written.isPresent()
                        ? replaceAt(
                                src,
                                block,
                                written.get(),
                                "aws_kms_key." + name + ".arn",
                                r.blockAddress(),
                                f.rule(),
                                consequence)
                        : insertOnly(
                                f,
                                src,
                                block,
                                r,
                                keyAttr,
                                "aws_kms_key." + name + ".arn",
                                consequence);
        if (ok && existence(r) != Existence.NEW) {
            replaced(r);
        }
        return ok;
    }

    private static String indent(String block, String indent, String eol) {
        if (indent.isEmpty()) {
            return block;
        }
        return indent + block.replace(eol, eol + indent);
    }

    /**
     * Sets {@code name = value} in {@code block}: added when missing, replaced when written as a
     * literal, or, when written as {@code var.X}, fixed where X's value comes from if nothing else
     * uses X.
     */
    private boolean set(
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
            left.add(
                    new Left(
                            f,
                            name
                                    + " is computed by "
                                    + e.source()
                                    + ": tfguard fix changes literal values and "
                                    + "variables only; make the expression give "
                                    + value));
            return false;
        }
        List<String> chain = new ArrayList<>();
        for (String part : r.modulePath().isEmpty() ? new String[0] : r.modulePath().split("\\.")) {
            if (!part.equals("module")) {
                chain.add(part);
            }
        }
        Path dir = src.path.getParent();
        return source(f, dir, chain, var, name, value, consequence, src, written.get());
    }

    /** Adds {@code name = value} to {@code block}; a value already written there is left alone. */
    private boolean insertOnly(
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
            left.add(
                    new Left(
                            f,
                            "the block is written on one line; add "
                                    + name
                                    + " = "
                                    + value
                                    + " to it"));
            return false;
        }
        BlockEdits edits = edits(src, block);
        edits.inserts.putIfAbsent(name, value);
        record(
                src,
                Layout.insertionLine(block),
                block.range().start().line(),
                r.blockAddress(),
                "adds " + name + " = " + value,
                f.rule(),
                consequence);
        return true;
    }

    private boolean replaceAt(
            SourceText src,
            Block owner,
            Attribute attr,
            String value,
            String target,
            String rule,
            String consequence) {
        edits(src, owner).replaces.put(attr, value);
        int order = owner == null ? attr.range().start().line() : owner.range().start().line();
        record(
                src,
                attr.range().start().line(),
                order,
                target,
                "sets " + attr.name() + " = " + value,
                rule,
                consequence);
        return true;
    }

    // ----------------------------------------------------------------------------------------
    // value sources

    /**
     * Fixes the value of {@code var.X} in module folder {@code dir} (reached through the module
     * calls {@code chain}) where it comes from: a {@code .tfvars} entry or the default at the root,
     * the argument of the module call (added when the call does not pass one) in a module. Only
     * when {@code var.X} is used by nothing else.
     */
    private boolean source(
            Finding f,
            Path dir,
            List<String> chain,
            String var,
            String attrName,
            String value,
            String consequence,
            SourceText usedIn,
            Attribute use) {
        List<String> uses = uses(dir, var);
        if (uses.size() != 1) {
            List<String> others = new ArrayList<>(uses);
            others.remove(usedIn.display + ":" + use.range().start().line());
            left.add(
                    new Left(
                            f,
                            attrName
                                    + " comes from var."
                                    + var
                                    + ", which is also used at "
                                    + String.join(", ", others)
                                    + ": changing it would change those too. Set "
                                    + attrName
                                    + " = "
                                    + value
                                    + " in this block, or give it a variable of its own"));
            return false;
        }
        String rule = f.rule();
        if (chain.isEmpty()) {
            if (options.environment().containsKey("TF_VAR_" + var)) {
                left.add(
                        new Left(
                                f,
                                attrName
                                        + " comes from var."
                                        + var
                                        + ", set by the environment variable TF_VAR_"
                                        + var
                                        + ": set it to "
                                        + value
                                        + " there"));
                return false;
            }
            Attribute entry = null;
            SourceText entryFile = null;
            for (Path vf : varFiles(dir)) {
                if (ConfigFiles.name(vf).endsWith(".json")) {
                    if (Files.isRegularFile(vf) && jsonSets(vf, var)) {
                        left.add(
                                new Left(
                                        f,
                                        attrName
                                                + " comes from var."
                                                + var
                                                + ", set in "
                                                + display(vf)
                                                + ": set it to "
                                                + value
                                                + " there (tfguard fix edits HCL only)"));
                        return false;
                    }
                    continue;
                }
                SourceText t = text(vf);
                if (t == null) {
                    continue;
                }
                Optional<Attribute> a = t.parsed.body().attribute(var);
                if (a.isPresent()) {
                    entry = a.get();
                    entryFile = t;
                }
            }
            if (entry != null) {
                if (!literal(entry.expr())) {
                    left.add(
                            new Left(
                                    f,
                                    attrName
                                            + " comes from var."
                                            + var
                                            + " in "
                                            + entryFile.display
                                            + ", which is not a literal value; set it to "
                                            + value));
                    return false;
                }
                return replaceAt(
                        entryFile,
                        null,
                        entry,
                        value,
                        "var." + var + " (for " + f.resource() + "." + attrName + ")",
                        rule,
                        consequence);
            }
            Located decl = declaration(dir, var);
            Optional<Attribute> def =
                    decl == null ? Optional.empty() : decl.block.body().attribute("default");
            if (def.isEmpty() || !literal(def.get().expr())) {
                left.add(
                        new Left(
                                f,
                                attrName
                                        + " comes from var."
                                        + var
                                        + ", whose value is not written as a literal "
                                        + "default; set it to "
                                        + value
                                        + " where it is given"));
                return false;
            }
            return replaceAt(
                    decl.text,
                    decl.block,
                    def.get(),
                    value,
                    "var." + var + " (for " + f.resource() + "." + attrName + ")",
                    rule,
                    consequence);
        }
        String callName = chain.get(chain.size() - 1);
        List<Located> callers = callers(dir, callName);
        if (callers.size() != 1) {
            left.add(
                    new Left(
                            f,
                            attrName
                                    + " comes from var."
                                    + var
                                    + " of module \""
                                    + callName
                                    + "\", whose call "
                                    + (callers.isEmpty()
                                            ? "was not found"
                                            : "is written in several places")
                                    + "; pass "
                                    + var
                                    + " = "
                                    + value
                                    + " to it"));
            return false;
        }
        Located call = callers.get(0);
        String target = "module." + callName + " (for " + f.resource() + "." + attrName + ")";
        Optional<Attribute> arg = call.block.body().attribute(var);
        if (arg.isEmpty()) {
            if (!Layout.canInsert(call.block)) {
                left.add(
                        new Left(
                                f,
                                "the module block is written on one line; pass "
                                        + var
                                        + " = "
                                        + value));
                return false;
            }
            edits(call.text, call.block).inserts.putIfAbsent(var, value);
            record(
                    call.text,
                    Layout.insertionLine(call.block),
                    call.block.range().start().line(),
                    target,
                    "adds " + var + " = " + value,
                    rule,
                    consequence);
            return true;
        }
        Expr e = arg.get().expr();
        if (literal(e)) {
            return replaceAt(call.text, call.block, arg.get(), value, target, rule, consequence);
        }
        String outer = variable(e);
        if (outer == null) {
            left.add(
                    new Left(
                            f,
                            attrName
                                    + " comes from the argument "
                                    + var
                                    + " of module."
                                    + callName
                                    + ", computed by "
                                    + e.source()
                                    + "; make it give "
                                    + value));
            return false;
        }
        return source(
                f,
                call.text.path.getParent(),
                chain.subList(0, chain.size() - 1),
                outer,
                attrName,
                value,
                consequence,
                call.text,
                arg.get());
    }

    /**
     * Where {@code var.NAME} is read in the module in {@code dir}, as {@code file:line}; its own
     * block excluded.
     */
    private List<String> uses(Path dir, String name) {
        List<String> out = new ArrayList<>();
        for (SourceText t : moduleFiles(dir)) {
            for (Block b : t.parsed.body().blocks()) {
                if (b.type().equals("variable") && b.labels().equals(List.of(name))) {
                    continue;
                }
                collectUses(b.body(), name, t.display, out);
            }
        }
        return out;
    }

    private static void collectUses(Body body, String name, String file, List<String> out) {
        for (Attribute a : body.attributes()) {
            for (Traversal t : a.expr().references()) {
                if (t.root().equals("var")
                        && !t.steps().isEmpty()
                        && t.steps().get(0) instanceof Traversal.Attr s
                        && s.name().equals(name)) {
                    out.add(file + ":" + t.range().start().line());
                }
            }
        }
        for (Block b : body.blocks()) {
            collectUses(b.body(), name, file, out);
        }
    }

    private record Located(SourceText text, Block block) {}

    private Located declaration(Path dir, String name) {
        for (SourceText t : moduleFiles(dir)) {
            for (Block b : t.parsed.body().blocks("variable")) {
                if (b.labels().equals(List.of(name))) {
                    return new Located(t, b);
                }
            }
        }
        return null;
    }

    /**
     * The {@code module "NAME"} blocks, in any scanned folder, whose local source is {@code dir}.
     */
    private List<Located> callers(Path dir, String name) {
        List<Located> out = new ArrayList<>();
        for (Path d : moduleDirs) {
            for (SourceText t : moduleFiles(d)) {
                for (Block b : t.parsed.body().blocks("module")) {
                    if (!b.labels().equals(List.of(name))) {
                        continue;
                    }
                    Optional<Attribute> s = b.body().attribute("source");
                    if (s.isPresent()
                            && s.get().expr() instanceof Expr.Template tpl
                            && tpl.isStringLiteral()) {
                        String v = tpl.literalValue();
                        if ((v.startsWith("./") || v.startsWith("../"))
                                && d.resolve(v).normalize().equals(dir)) {
                            out.add(new Located(t, b));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The {@code .tfvars} files Terraform reads for a root module, lowest precedence first. */
    private List<Path> varFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        for (String n : List.of("terraform.tfvars", "terraform.tfvars.json")) {
            if (Files.isRegularFile(dir.resolve(n))) {
                files.add(dir.resolve(n));
            }
        }
        try (var s = Files.list(dir)) {
            s.filter(
                            p ->
                                    ConfigFiles.name(p).endsWith(".auto.tfvars")
                                            || p.getFileName()
                                                    .toString()
                                                    .endsWith(".auto.tfvars.json"))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            // the folder was read by the scan a moment ago; a failure here shows there
        }
        options.settings().varFiles().forEach(v -> files.add(v.toAbsolutePath().normalize()));
        options.varFiles()
                .forEach(v -> files.add(options.workDir().resolve(v).toAbsolutePath().normalize()));
        namedVarFiles.stream().filter(v -> dir.equals(v.getParent())).forEach(files::add);
        return files;
    }

    private static boolean jsonSets(Path file, String var) {
        try {
            var cf =
                    dev.tfguard.loader.hcl.syntax.JsonConfigParser.parseAttributes(
                            file.toString(), Files.readAllBytes(file));
            return cf.body().attribute(var).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------
    // helpers

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

    private Existence existence(Resource r) {
        if (options.existing()) {
            return Existence.EXISTING;
        }
        return planned.getOrDefault(r.blockAddress(), Existence.UNKNOWN);
    }

    /**
     * Whether the group's engine turns transit encryption on in place: Valkey and Redis OSS 7.0.5
     * or later ({@code transit_encryption_enabled} forces replacement below that; see the AWS
     * provider's {@code aws_elasticache_replication_group} documentation, provider 5.x). Null when
     * the version is not known.
     */
    static Boolean inPlaceTransit(Resource r) {
        if ("valkey".equals(r.value("engine").asString())) {
            return true;
        }
        String v = r.value("engine_version").asString();
        if (v == null) {
            return null;
        }
        String[] parts = v.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            if (major != 7) {
                return major > 7;
            }
            if (parts.length < 2 || parts[1].equals("x")) {
                return null;
            }
            int minor = Integer.parseInt(parts[1]);
            if (minor > 0) {
                return true;
            }
            return parts.length < 3 ? null : Integer.parseInt(parts[2]) >= 5;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String rotationConsequence() {
        return "in place: AWS rotates the key material every year and keeps the old material to decrypt; the caches "
                + "and clusters using the key keep running";
    }

    private void replaced(Resource r) {
        String id =
                r.value(r.type().equals(MEMORYDB_CLUSTER) ? "name" : "replication_group_id")
                        .asString();
        replaced.putIfAbsent(r.blockAddress(), new Replaced(r.blockAddress(), r.type(), id));
    }

    private String keyName(Resource r) {
        String prefix = r.modulePath().isEmpty() ? "" : r.modulePath() + ".";
        for (String n : List.of(r.name(), r.name() + "_cache")) {
            if (graph.get(prefix + "aws_kms_key." + n) == null
                    && graph.get(prefix + "aws_kms_alias." + n) == null) {
                return n;
            }
        }
        return null;
    }

    /**
     * The group's id as text to put inside a quoted string: the id as written when it is a string
     * or a reference (so that each module instance gets its own alias), else the resource name.
     */
    private static String groupId(Block block, Resource r) {
        Optional<Attribute> id =
                block.body()
                        .attribute(
                                r.type().equals(MEMORYDB_CLUSTER)
                                        ? "name"
                                        : "replication_group_id");
        if (id.isPresent()) {
            Expr e = id.get().expr();
            if (e instanceof Expr.Template t && !t.heredoc() && t.source().length() >= 2) {
                return t.source().substring(1, t.source().length() - 1);
            }
            if (e instanceof Expr.ScopeTraversal) {
                return "${" + e.source() + "}";
            }
        }
        return r.name().replace('_', '-');
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

    private BlockEdits edits(SourceText src, Block block) {
        int key = block == null ? -1 : block.range().start().byteOffset();
        return pending.computeIfAbsent(src.path, p -> new TreeMap<>())
                .computeIfAbsent(key, k -> new BlockEdits(src, block));
    }

    /**
     * Notes a change for the summary. The same change made for several resources (the instances of
     * a module) is one entry naming them all; {@code order} places it among its file's changes (the
     * line of its block).
     */
    private void record(
            SourceText src,
            int line,
            int order,
            String target,
            String change,
            String rule,
            String consequence) {
        String key = src.path + "\u0000" + line + "\u0000" + change;
        Change before = changes.get(key);
        List<String> rules = new ArrayList<>(before == null ? List.of() : before.rules());
        if (!rules.contains(rule)) {
            rules.add(rule);
        }
        String targets = target;
        if (before != null && !List.of(before.target().split(", ")).contains(target)) {
            targets = before.target() + ", " + target;
        } else if (before != null) {
            targets = before.target();
        }
        changes.put(
                key,
                new Change(
                        src.display,
                        line,
                        targets,
                        change,
                        rules,
                        consequence != null
                                ? consequence
                                : before == null ? null : before.consequence()));
        changeFiles.put(key, src.path);
        changeOrder.putIfAbsent(key, order);
    }

    private SourceText text(Path file) {
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

    private List<SourceText> moduleFiles(Path dir) {
        List<SourceText> out = new ArrayList<>();
        try (var s = Files.list(dir)) {
            List<Path> listed =
                    s.filter(p -> ConfigFiles.isConfig(ConfigFiles.name(p))).sorted().toList();
            // the files the scan reads, as it reads them; JSON files have no HCL text to edit or
            // search
            for (Path p :
                    ConfigFiles.select(listed).inOrder().stream()
                            .filter(p -> !ConfigFiles.name(p).endsWith(".json"))
                            .toList()) {
                SourceText t = text(p);
                if (t != null) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            // an unreadable folder has no files to look at; the scan reports it
        }
        return out;
    }

    private String display(Path p) {
        return RepositoryPaths.relative(repoRoot, p);
    }

    private void walk(Path root) {
        try {
            // as the scan walks: links to folders followed, hidden folders (.terraform among them)
            // skipped
            Files.walkFileTree(
                    root,
                    java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
                    64,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(
                                Path d, BasicFileAttributes attrs) {
                            String n = ConfigFiles.name(d);
                            return !d.equals(root)
                                            && (n.startsWith(".") || options.excluded().test(d))
                                    ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                            if (ConfigFiles.isConfig(ConfigFiles.name(f))) {
                                moduleDirs.add(f.getParent());
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            // reported by the scan
        }
    }

    private void readPlan(Path plan) {
        Model model = new Model();
        new PlanLoader()
                .load(
                        plan,
                        new LoadOptions(Set.of(GROUP), List.of(), Map.of(), options.workDir()),
                        model);
        errors.addAll(model.errors());
        for (Resource r : model.resources()) {
            if (!r.type().equals(GROUP) || r.change() == null) {
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

    // ------------------------------------------------------------------------------------------
    // assembling

    /** The inserts and replacements waiting for one block (or for a file's top level). */
    private static final class BlockEdits {
        final SourceText src;
        final Block block;
        final Map<String, String> inserts = new LinkedHashMap<>();
        final Map<Attribute, String> replaces = new LinkedHashMap<>();

        BlockEdits(SourceText src, Block block) {
            this.src = src;
            this.block = block;
        }
    }

    private Result result(List<String> warnings) {
        List<FileChange> files = new ArrayList<>();
        Set<Path> paths = new TreeSet<>(pending.keySet());
        paths.addAll(extra.keySet());
        for (Path p : paths) {
            SourceText src = texts.get(p);
            List<Edit> edits = new ArrayList<>(extra.getOrDefault(p, List.of()));
            for (BlockEdits be : pending.getOrDefault(p, Map.of()).values()) {
                if (!be.inserts.isEmpty()) {
                    List<Layout.NewAttr> attrs = new ArrayList<>();
                    be.inserts.forEach((k, v) -> attrs.add(new Layout.NewAttr(k, v)));
                    List<Edit> ins = Layout.insert(src, be.block, attrs);
                    if (ins == null) {
                        throw new IllegalStateException(
                                src.display
                                        + ":"
                                        + be.block.range().start().line()
                                        + ": a block written on one line cannot take new attributes");
                    }
                    edits.addAll(ins);
                }
                edits.addAll(Layout.replace(src, be.block, be.replaces));
            }
            byte[] after = Edit.apply(src.bytes, edits);
            if (!HclParser.parse(src.display, after).valid()) {
                throw new IllegalStateException(
                        "the fix of "
                                + src.display
                                + " does not parse: "
                                + HclParser.parse(src.display, after).diagnostics().get(0));
            }
            List<String> keys = new ArrayList<>();
            changes.keySet().stream().filter(k -> changeFiles.get(k).equals(p)).forEach(keys::add);
            keys.sort(
                    java.util.Comparator.comparingInt((String k) -> changeOrder.get(k))
                            .thenComparingInt(
                                    k ->
                                            changes.get(k)
                                                    .line())); // stable: then in the order of the
            // findings
            List<Change> fileChanges = keys.stream().map(changes::get).toList();
            files.add(new FileChange(src.display, p, src.bytes, after, fileChanges));
        }
        files.sort(java.util.Comparator.comparing(FileChange::file));
        return new Result(files, left, new ArrayList<>(replaced.values()), fixed, errors, warnings);
    }
}
