package dev.tfguard.fix;

import dev.tfguard.engine.RootScan;
import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.model.Finding;
import dev.tfguard.model.InputError;
import dev.tfguard.model.RuleInfo;
import dev.tfguard.model.ScanResult;
import dev.tfguard.scan.Config;
import dev.tfguard.scan.ScanOptions;
import dev.tfguard.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /**
     * The rules {@code tfguard fix} handles, in id order: the built-in rules whose files declare a
     * fix. It fixes or explains each of their findings.
     */
    public static final List<String> RULES = fixable();

    static final String GROUP = "aws_elasticache_replication_group";
    static final String MEMORYDB_CLUSTER = "aws_memorydb_cluster";

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

    /**
     * Findings of a scan, as {@code fix} sees them: failures only, suppressed ones removed; with
     * the rules that ran.
     */
    public record Scan(
            List<Finding> findings,
            RootScan roots,
            List<InputError> errors,
            List<String> warnings,
            List<RuleInfo> rules) {}

    private Fixer() {}

    private static List<String> fixable() {
        return RuleCatalog.builtIn().infos().stream()
                .filter(r -> r.fix() != null)
                .map(RuleInfo::id)
                .sorted()
                .toList();
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
                result.warnings().stream().map(dev.tfguard.model.Warning::message).toList(),
                result.rules());
    }

    /** The repository root that the scan of {@code paths} names files relative to. */
    static Path repositoryRoot(List<Path> paths, Options options) {
        return Scanner.repositoryRoot(null, paths, options.workDir());
    }

    /** Works out every fix for {@code paths} without writing anything. */
    public static Result plan(List<Path> paths, Options options) {
        return new FixRun(options).run(paths);
    }
}
