package dev.tfguard.cli;

import dev.tfguard.model.Severity;
import dev.tfguard.report.Reporters;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the command lines of scans ({@code tfguard [--format F [--output FILE]]... [--fail-on S]
 * [--quiet] ... PATH...}, as a pre-commit hook or CI step writes them) without picocli, whose model
 * of the annotated commands is built by reflection on every start and whose classes cannot be
 * archived for class data sharing: on a one-file scan that was most of the time left after the
 * JVM's own start-up.
 *
 * <p>It accepts a command line only when it is sure what picocli would do with it, and otherwise
 * returns null so that picocli reads it: help, version, subcommands, anything unknown, repeated
 * single options, {@code @} files, option values that look like options, and every usage error. A
 * path that is one plain word might be a subcommand, so it goes to picocli too ({@code ./rules} is
 * read here).
 */
final class FastPath {

    private FastPath() {}

    /**
     * {@code command} filled in as picocli would fill it for {@code args}, or null when picocli
     * must read them (then {@code command} is half filled and must be dropped). A test compares
     * every annotated option of {@link ScanCommand} with picocli's reading, so an option added
     * there without a case here is left to picocli.
     */
    static ScanCommand parse(String[] args, ScanCommand command) {
        ScanCommand c = command;
        Set<String> seen = new HashSet<>(); // single-valued options given once, as picocli requires
        ScanCommand.ReportOption open = null; // the last --format, while it has no --output yet
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.isEmpty() || arg.charAt(0) == '@') {
                return null;
            }
            if (arg.equals("-")) {
                c.paths.add(Path.of(arg)); // a plan on standard input
                continue;
            }
            if (arg.charAt(0) != '-') {
                Path p = path(arg);
                if (p == null || isPlainWord(arg)) {
                    return null;
                }
                c.paths.add(p);
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            String key =
                    name.equals("--no-strict") ? "--strict" : name.equals("-q") ? "--quiet" : name;
            switch (name) {
                case "--strict",
                        "--no-strict",
                        "-q",
                        "--quiet",
                        "--no-config",
                        "--show-suppressed",
                        "--no-peer-suppressions",
                        "--allow-empty" -> {
                    if (value != null || !seen.add(key)) {
                        return null;
                    }
                    switch (key) {
                        case "--strict" -> c.strict = name.equals("--strict");
                        case "--quiet" -> c.quiet = true;
                        case "--no-config" -> c.noConfig = true;
                        case "--show-suppressed" -> c.showSuppressed = true;
                        case "--allow-empty" -> c.allowEmpty = true;
                        default -> c.noPeerSuppressions = true;
                    }
                }
                case "--fail-on",
                        "--var-file",
                        "--rules",
                        "--config",
                        "--source",
                        "--baseline",
                        "--baseline-write",
                        "-f",
                        "--format",
                        "-o",
                        "--output",
                        "--color" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            return null;
                        }
                        value = args[++i];
                    }
                    if (value.isEmpty() || value.charAt(0) == '-' || value.charAt(0) == '@') {
                        return null;
                    }
                    if (name.equals("--fail-on")) {
                        if (!seen.add(name) || !isSeverity(value)) {
                            return null;
                        }
                        c.failOn = value;
                        continue;
                    }
                    if (name.equals("--color")) {
                        if (!seen.add(name)
                                || !(value.equals("auto")
                                        || value.equals("always")
                                        || value.equals("never"))) {
                            return null;
                        }
                        c.color = value;
                        continue;
                    }
                    if (name.equals("-f") || name.equals("--format")) {
                        if (Reporters.forFormat(value) == null) {
                            return null;
                        }
                        open = new ScanCommand.ReportOption();
                        open.format = value;
                        c.reports.add(open);
                        continue;
                    }
                    Path p = path(value);
                    if (p == null) {
                        return null;
                    }
                    switch (name) {
                        case "--var-file" -> c.varFiles.add(p);
                        case "--rules" -> c.ruleDirs.add(p);
                        case "-o", "--output" -> {
                            // picocli would pair an --output that follows no fresh --format in
                            // other ways
                            if (open == null) {
                                return null;
                            }
                            open.output = p;
                            open = null;
                        }
                        default -> {
                            if (!seen.add(name)) {
                                return null;
                            }
                            switch (name) {
                                case "--config" -> c.config = p;
                                case "--source" -> c.source = p;
                                case "--baseline" -> c.baseline = p;
                                default -> c.baselineWrite = p;
                            }
                        }
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return c.paths.isEmpty() ? null : c;
    }

    /** A word without a dot or slash, which picocli might take for a subcommand. */
    private static boolean isPlainWord(String arg) {
        for (int i = 0; i < arg.length(); i++) {
            char c = arg.charAt(i);
            if (c == '.' || c == '/' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeverity(String value) {
        try {
            Severity.parse(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
