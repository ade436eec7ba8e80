package dev.tfguard.scan;

import dev.tfguard.engine.RootScan;
import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.engine.RuleDefinitionException;
import dev.tfguard.engine.Suppressor;
import dev.tfguard.loader.Inputs;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.RepositoryPaths;
import dev.tfguard.model.Baseline;
import dev.tfguard.model.Finding;
import dev.tfguard.model.InputError;
import dev.tfguard.model.Model;
import dev.tfguard.model.ScanResult;
import dev.tfguard.model.Suppression;
import dev.tfguard.model.Warning;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The whole scan, from options to a {@link ScanResult}: the rule catalog as the config file and
 * {@code --rules} shape it, the inputs loaded by root module, the rules run over each root's graph,
 * the named-file filter, the config's exclusions, suppressions, the baseline and the split between
 * findings and unverified checks. The scan command, {@code fix} and the tests run it; it prints
 * nothing and never exits.
 */
public final class Scanner {

    /** A scan's result, with the graphs its rules ran over (by root module). */
    public record Scan(ScanResult result, RootScan roots) {}

    private Scanner() {}

    /** tfguard's version, from the jar manifest (or the release's number when run from classes). */
    public static String version() {
        String v = Scanner.class.getPackage().getImplementationVersion();
        return v == null ? "1.0.0" : v;
    }

    /** Runs the scan {@code options} describe. */
    public static Scan scan(ScanOptions options) {
        Config settings = options.settings();
        Path workDir = options.workDir();
        Path top = repositoryRoot(options.repoRoot(), options.paths(), workDir);
        List<InputError> ruleErrors = new ArrayList<>();
        RuleCatalog catalog = catalog(settings, options.ruleDirs(), workDir, top, ruleErrors);

        List<Path> vars = new ArrayList<>(settings.varFiles());
        options.varFiles().forEach(v -> vars.add(workDir.resolve(v)));
        Predicate<Path> excluded = exclusion(settings);
        Path source = options.source();
        LoadOptions load =
                new LoadOptions(
                        catalog.relevantTypes(),
                        vars,
                        options.environment(),
                        workDir,
                        excluded,
                        source == null ? null : workDir.resolve(source),
                        options.progress(),
                        top,
                        options.vars(),
                        options.workspace());
        Model model = new Model();
        if (source != null && !Files.isDirectory(workDir.resolve(source))) {
            model.error(new InputError(source.toString(), 0, "--source: no such folder"));
        }
        ruleErrors.forEach(model::error);
        List<Path> inputs =
                options.paths().stream()
                        .map(p -> p.toString().equals(Inputs.STDIN) ? p : workDir.resolve(p))
                        .toList();
        Set<String> onlyFiles =
                Inputs.load(inputs, load, model, options.allowEmpty(), options.stdin());
        options.progress().accept("checking " + model.resources().size() + " resources");
        RootScan roots = new RootScan(catalog.rules(), model);
        List<Finding> verdicts = roots.verdicts();
        if (!onlyFiles.isEmpty()) {
            // a finding located in a .tfvars file counts for the file that uses the value too
            verdicts.removeIf(
                    f ->
                            (f.file() == null || !onlyFiles.contains(f.file()))
                                    && (f.usedAt() == null
                                            || !onlyFiles.contains(f.usedAt().file())));
        }
        verdicts.removeIf(
                f -> f.file() != null && excluded.test(top.resolve(f.file()).normalize()));

        boolean peers =
                options.peerSuppressions() && !Boolean.FALSE.equals(settings.peerSuppressions());
        List<Suppression> suppressions = new ArrayList<>();
        model.suppressions().stream()
                .filter(s -> peers || !s.fromPeer())
                .forEach(suppressions::add);
        suppressions.addAll(settings.suppressions());
        // the date matters only to suppressions that expire; reading the clock's time zone costs
        // start-up time
        LocalDate today = LocalDate.MIN;
        for (Suppression s : suppressions) {
            if (s.expires() != null) {
                today = LocalDate.now();
                break;
            }
        }
        Suppressor.Outcome outcome =
                new Suppressor(catalog.infos()).apply(verdicts, suppressions, today);

        List<Finding> reported = outcome.kept();
        Baseline comparison = null;
        if (options.baseline() != null) {
            Path file = workDir.resolve(options.baseline());
            String shown = RepositoryPaths.relative(top, file);
            try {
                BaselineFile.Comparison compared =
                        BaselineFile.compare(BaselineFile.read(file), shown, verdicts);
                comparison = compared.baseline();
                compared.notices().forEach(model::warn);
                Set<String> known = new HashSet<>();
                comparison.known().forEach(e -> known.add(e.fingerprint()));
                reported = reported.stream().filter(f -> !known.contains(f.fingerprint())).toList();
            } catch (BaselineFile.BaselineException e) {
                model.error(new InputError(shown, e.line(), e.getMessage()));
            }
        }
        boolean strict =
                options.strict() != null
                        ? options.strict()
                        : Boolean.TRUE.equals(settings.strict());
        List<Finding> findings = new ArrayList<>();
        List<Finding> unverified = new ArrayList<>();
        for (Finding f : reported) {
            (f.unverified() && !strict ? unverified : findings).add(f);
        }
        List<Warning> warnings = new ArrayList<>(model.warnings());
        outcome.notices().forEach(n -> warnings.add(Warning.of(n)));
        ScanResult result =
                new ScanResult(
                        version(),
                        catalog.infos(),
                        findings,
                        unverified,
                        outcome.suppressed(),
                        model.errors(),
                        warnings,
                        roots.relations(),
                        comparison);
        return new Scan(result, roots);
    }

    /**
     * The config file for a scan: {@code config} when given (resolved against {@code workDir}),
     * else {@code .tfguard.yaml} found from the first path, else none; {@code noConfig} for none.
     * Messages name the file relative to {@code repoRoot}.
     *
     * @throws Config.ConfigException when the file is missing (named), unreadable or invalid
     */
    public static Config settings(
            Path config, boolean noConfig, List<Path> paths, Path workDir, Path repoRoot) {
        if (noConfig) {
            return Config.none();
        }
        Path file =
                config != null
                        ? workDir.resolve(config)
                        : paths.isEmpty() ? null : Config.find(workDir.resolve(paths.get(0)));
        if (file == null) {
            return Config.none();
        }
        if (config != null && !Files.isRegularFile(file)) {
            throw new Config.ConfigException(config.toString(), 0, "no such config file");
        }
        return Config.load(file, RepositoryPaths.relative(repoRoot, file));
    }

    /**
     * {@code repoRoot} ({@code --root}) when given, else the git top level of the first path, else
     * the working folder.
     */
    public static Path repositoryRoot(Path repoRoot, List<Path> paths, Path workDir) {
        if (repoRoot != null) {
            return workDir.resolve(repoRoot).toAbsolutePath().normalize();
        }
        return RepositoryPaths.root(
                paths.isEmpty() ? workDir : workDir.resolve(paths.get(0)), workDir);
    }

    /**
     * The built-in rules, plus custom rule folders (the config file's, then {@code ruleDirs}), with
     * the config's choice of rules and severities; what cannot be read goes to {@code errors}.
     */
    public static RuleCatalog catalog(
            Config settings, List<Path> ruleDirs, Path workDir, Path top, List<InputError> errors) {
        RuleCatalog catalog = RuleCatalog.builtIn();
        List<Path> dirs = new ArrayList<>(settings.ruleDirs());
        ruleDirs.forEach(d -> dirs.add(workDir.resolve(d)));
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                errors.add(
                        new InputError(
                                RepositoryPaths.relative(top, dir), 0, "no such rule folder"));
                continue;
            }
            for (RuleDefinitionException e : catalog.addDirectory(dir)) {
                errors.add(
                        new InputError(
                                RepositoryPaths.relative(top, Path.of(e.file())),
                                e.line(),
                                e.getMessage()));
            }
        }
        List<String> named = new ArrayList<>(settings.enable());
        named.addAll(settings.disable());
        named.addAll(settings.severity().keySet());
        for (String id : named) {
            if (catalog.get(id) == null) {
                errors.add(
                        new InputError(
                                settings.file(),
                                0,
                                "no rule " + id + " (tfguard rules lists them)"));
            }
        }
        return catalog.configured(settings.enable(), settings.disable(), settings.severity());
    }

    /**
     * The config's {@code exclude} globs, matched against paths relative to the config file's
     * folder.
     */
    public static Predicate<Path> exclusion(Config settings) {
        if (settings.exclude().isEmpty()) {
            return p -> false;
        }
        List<PathMatcher> matchers =
                settings.exclude().stream()
                        .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g))
                        .toList();
        Path base = settings.dir();
        return p -> {
            Path abs = p.toAbsolutePath().normalize();
            if (!abs.startsWith(base)) {
                return false;
            }
            Path rel = base.relativize(abs);
            for (Path at = rel; at != null && !at.toString().isEmpty(); at = at.getParent()) {
                for (PathMatcher m : matchers) {
                    if (m.matches(at)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }
}
