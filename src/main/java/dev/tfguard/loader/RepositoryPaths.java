package dev.tfguard.loader;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository root that reported paths are relative to, and paths relative to it: the same file
 * is named the same way whichever folder tfguard runs in, so that SARIF, annotations and baselines
 * made in a subfolder and at the top agree.
 */
public final class RepositoryPaths {

    private RepositoryPaths() {}

    /**
     * The git top level of {@code scanned} (the nearest folder at or above it holding {@code .git},
     * a folder or, in a worktree or submodule, a file), else {@code workDir}.
     */
    public static Path root(Path scanned, Path workDir) {
        Path abs = workDir.resolve(scanned).toAbsolutePath().normalize();
        Path start = Files.isDirectory(abs) ? abs : abs.getParent();
        for (Path at = start; at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(".git"))) {
                return at;
            }
        }
        return workDir.toAbsolutePath().normalize();
    }

    /**
     * {@code file} relative to {@code root}, with forward slashes, {@code ../} steps for a file
     * outside it, and {@code .} for the root itself. Only a file on another drive than the root
     * (Windows) keeps its absolute path, there being no relative one.
     */
    public static String relative(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String rel;
        try {
            rel = root.relativize(abs).toString();
        } catch (IllegalArgumentException e) {
            rel = abs.toString();
        }
        rel = rel.replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }
}
