package dev.tfguard.loader.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which files of a folder make up its module, in the order Terraform reads them: the configuration
 * files ({@code .tf}, {@code .tf.json}, and OpenTofu's {@code .tofu}, {@code .tofu.json}) in name
 * order, then the override files ({@code override.tf}, {@code *_override.tf} and the other
 * extensions) in name order. As OpenTofu does, a {@code .tofu} file takes the place of the {@code
 * .tf} file of the same name ({@code main.tofu} hides {@code main.tf}, {@code main.tofu.json} hides
 * {@code main.tf.json}), so that one folder can serve both tools.
 */
public final class ConfigFiles {
    private static final List<String> EXTENSIONS =
            List.of(".tofu.json", ".tf.json", ".tofu", ".tf");

    private ConfigFiles() {}

    /**
     * True when the file name has a configuration extension and is not an editor's or the system's
     * leftover.
     */
    public static boolean isConfig(String name) {
        // Terraform skips hidden files and editor backups (configs/parser_config_dir.go,
        // IsIgnoredFile)
        if (name.startsWith(".") || name.startsWith("#") || name.endsWith("~")) {
            return false;
        }
        return extension(name) != null;
    }

    /** The configuration extension of {@code name}, or {@code null}. */
    static String extension(String name) {
        for (String ext : EXTENSIONS) {
            if (name.endsWith(ext) && name.length() > ext.length()) {
                return ext;
            }
        }
        return null;
    }

    /** The file name of {@code path}; empty for a root such as {@code /}, which has none. */
    public static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString();
    }

    /**
     * True for an override file: its name without extension is {@code override} or ends in {@code
     * _override}.
     */
    public static boolean isOverride(Path file) {
        String name = name(file);
        String ext = extension(name);
        if (ext == null) {
            return false;
        }
        String stem = name.substring(0, name.length() - ext.length());
        return stem.equals("override") || stem.endsWith("_override");
    }

    /** A folder's files, split as Terraform reads them. */
    public record Selection(List<Path> primary, List<Path> overrides, List<Path> hidden) {

        /** Primary files, then override files: the order in which they are read. */
        public List<Path> inOrder() {
            List<Path> out = new ArrayList<>(primary);
            out.addAll(overrides);
            return out;
        }
    }

    /**
     * Splits {@code files} (configuration files of one folder, in name order) into primary and
     * override files, leaving out each {@code .tf}/{@code .tf.json} file that a {@code
     * .tofu}/{@code .tofu.json} file of the same name replaces (listed as {@code hidden}).
     */
    public static Selection select(List<Path> files) {
        Set<String> tofu = new HashSet<>();
        for (Path f : files) {
            String name = name(f);
            if (name.endsWith(".tofu")) {
                tofu.add(name.substring(0, name.length() - ".tofu".length()) + ".tf");
            } else if (name.endsWith(".tofu.json")) {
                tofu.add(name.substring(0, name.length() - ".tofu.json".length()) + ".tf.json");
            }
        }
        List<Path> primary = new ArrayList<>();
        List<Path> overrides = new ArrayList<>();
        List<Path> hidden = new ArrayList<>();
        for (Path f : files) {
            String name = name(f);
            if (tofu.contains(name)) {
                hidden.add(f);
            } else if (isOverride(f)) {
                overrides.add(f);
            } else {
                primary.add(f);
            }
        }
        return new Selection(primary, overrides, hidden);
    }
}
