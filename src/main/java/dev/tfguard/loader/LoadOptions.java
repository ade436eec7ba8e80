package dev.tfguard.loader;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a loader needs to know beyond the input itself.
 *
 * @param relevantTypes resource types some rule reads: a loader keeps full attribute maps only for
 *     these (others are kept with their address only, so that references to them still resolve);
 *     {@code null} keeps everything
 * @param varFiles {@code --var-file} files, in the order given (later wins)
 * @param environment the process environment, for {@code TF_VAR_*}
 * @param workDir the working folder ({@code path.cwd}, and where relative arguments start)
 * @param excluded paths that a folder scan does not read ({@code exclude} in the config file)
 * @param source {@code --source}: the Terraform folder a plan was made from, whose files give plan
 *     findings their file and line; {@code null} to use the plan's own folder when it holds {@code
 *     .tf} files
 * @param progress told the name of each input as reading it starts
 * @param repoRoot the repository root that every reported path is relative to
 * @param vars {@code --var NAME=VALUE} values in the order given (later wins), applied after var
 *     files
 * @param workspace {@code terraform.workspace}
 */
public record LoadOptions(
        Set<String> relevantTypes,
        List<Path> varFiles,
        Map<String, String> environment,
        Path workDir,
        Predicate<Path> excluded,
        Path source,
        Consumer<String> progress,
        Path repoRoot,
        Map<String, String> vars,
        String workspace) {

    public LoadOptions {
        varFiles = List.copyOf(varFiles);
        environment = Map.copyOf(environment);
        vars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vars));
        repoRoot = repoRoot.toAbsolutePath().normalize();
    }

    /**
     * Options whose paths are relative to the working folder, without {@code --var} and in
     * workspace default.
     */
    public LoadOptions(
            Set<String> relevantTypes,
            List<Path> varFiles,
            Map<String, String> environment,
            Path workDir,
            Predicate<Path> excluded,
            Path source,
            Consumer<String> progress) {
        this(
                relevantTypes,
                varFiles,
                environment,
                workDir,
                excluded,
                source,
                progress,
                workDir,
                Map.of(),
                "default");
    }

    /** Options without exclusions, source folder or progress. */
    public LoadOptions(
            Set<String> relevantTypes,
            List<Path> varFiles,
            Map<String, String> environment,
            Path workDir) {
        this(relevantTypes, varFiles, environment, workDir, p -> false, null, name -> {});
    }

    /**
     * Options for tests and tools: every type, no var files, no environment, the current folder.
     */
    public static LoadOptions defaults() {
        return new LoadOptions(null, List.of(), Map.of(), Path.of("").toAbsolutePath());
    }

    public boolean relevant(String type) {
        return relevantTypes == null || relevantTypes.contains(type);
    }

    /**
     * The path as reports show it: relative to the repository root, with {@code ../} for files
     * outside it, never absolute; {@code .} for the repository root itself.
     */
    public String display(Path file) {
        return RepositoryPaths.relative(repoRoot, file);
    }
}
