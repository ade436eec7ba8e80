package dev.tfguard.scan;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a scan reads and how it judges, as the command line and the config file say it. Paths are as
 * given, relative to {@link #workDir}; {@code -} names standard input.
 *
 * @param paths the inputs: plans, Terraform files, folders
 * @param workDir the folder relative paths start from
 * @param environment the process environment, for {@code TF_VAR_*} and {@code GITHUB_WORKSPACE}
 * @param settings the config file, {@link Config#none()} without one
 * @param ruleDirs {@code --rules}: folders of custom rule files, besides the config file's
 * @param varFiles {@code --var-file}, after the config file's {@code var-files}
 * @param vars {@code --var NAME=VALUE} values by name, later ones winning
 * @param workspace {@code terraform.workspace}
 * @param source {@code --source}, or null
 * @param repoRoot {@code --root}, or null for the git top level of the first path
 * @param baseline {@code --baseline}, or null
 * @param strict {@code --strict}/{@code --no-strict}, or null for the config file's choice
 * @param peerSuppressions false for {@code --no-peer-suppressions}
 * @param allowEmpty {@code --allow-empty}
 * @param stdin standard input, for the path {@code -}
 * @param progress told what is being read, for a progress line
 */
public record ScanOptions(
        List<Path> paths,
        Path workDir,
        Map<String, String> environment,
        Config settings,
        List<Path> ruleDirs,
        List<Path> varFiles,
        Map<String, String> vars,
        String workspace,
        Path source,
        Path repoRoot,
        Path baseline,
        Boolean strict,
        boolean peerSuppressions,
        boolean allowEmpty,
        InputStream stdin,
        Consumer<String> progress) {

    public ScanOptions {
        paths = List.copyOf(paths);
        ruleDirs = List.copyOf(ruleDirs);
        varFiles = List.copyOf(varFiles);
        vars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vars));
    }

    /** Options for a scan of {@code paths} as {@code tfguard PATH...} runs it, without a config. */
    public static Builder of(List<Path> paths, Path workDir, Map<String, String> environment) {
        return new Builder(paths, workDir, environment);
    }

    /** Builds {@link ScanOptions} from the defaults of a plain {@code tfguard PATH...}. */
    public static final class Builder {
        private final List<Path> paths;
        private final Path workDir;
        private final Map<String, String> environment;
        private Config settings = Config.none();
        private List<Path> ruleDirs = List.of();
        private List<Path> varFiles = List.of();
        private Map<String, String> vars = Map.of();
        private String workspace = "default";
        private Path source;
        private Path repoRoot;
        private Path baseline;
        private Boolean strict;
        private boolean peerSuppressions = true;
        private boolean allowEmpty;
        private InputStream stdin = InputStream.nullInputStream();
        private Consumer<String> progress = what -> {};

        private Builder(List<Path> paths, Path workDir, Map<String, String> environment) {
            this.paths = new ArrayList<>(paths);
            this.workDir = workDir;
            this.environment = environment;
        }

        /** The config file's settings. */
        public Builder settings(Config v) {
            settings = v;
            return this;
        }

        /** {@code --rules} folders. */
        public Builder ruleDirs(List<Path> v) {
            ruleDirs = v;
            return this;
        }

        /** {@code --var-file} files. */
        public Builder varFiles(List<Path> v) {
            varFiles = v;
            return this;
        }

        /** {@code --var} values by name. */
        public Builder vars(Map<String, String> v) {
            vars = v;
            return this;
        }

        /** {@code --workspace}. */
        public Builder workspace(String v) {
            workspace = v;
            return this;
        }

        /** {@code --source}. */
        public Builder source(Path v) {
            source = v;
            return this;
        }

        /** {@code --root}. */
        public Builder repoRoot(Path v) {
            repoRoot = v;
            return this;
        }

        /** {@code --baseline}. */
        public Builder baseline(Path v) {
            baseline = v;
            return this;
        }

        /** {@code --strict} or {@code --no-strict}; null leaves it to the config file. */
        public Builder strict(Boolean v) {
            strict = v;
            return this;
        }

        /** False for {@code --no-peer-suppressions}. */
        public Builder peerSuppressions(boolean v) {
            peerSuppressions = v;
            return this;
        }

        /** {@code --allow-empty}. */
        public Builder allowEmpty(boolean v) {
            allowEmpty = v;
            return this;
        }

        /** Standard input, read for the path {@code -}. */
        public Builder stdin(InputStream v) {
            stdin = v;
            return this;
        }

        /** Told what is being read. */
        public Builder progress(Consumer<String> v) {
            progress = v;
            return this;
        }

        /** The options. */
        public ScanOptions build() {
            return new ScanOptions(
                    paths,
                    workDir,
                    environment,
                    settings,
                    ruleDirs,
                    varFiles,
                    vars,
                    workspace,
                    source,
                    repoRoot,
                    baseline,
                    strict,
                    peerSuppressions,
                    allowEmpty,
                    stdin,
                    progress);
        }
    }
}
