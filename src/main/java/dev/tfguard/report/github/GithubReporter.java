package dev.tfguard.report.github;

import dev.tfguard.model.Finding;
import dev.tfguard.model.InputError;
import dev.tfguard.model.ScanResult;
import dev.tfguard.model.Severity;
import dev.tfguard.model.Warning;
import dev.tfguard.report.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a scan result as GitHub Actions workflow commands, which the runner turns into annotations
 * on the pull request's changed lines: {@code ::error} for HIGH and CRITICAL findings, {@code
 * ::warning} for MEDIUM and LOW, {@code ::notice} for INFO and for unverified checks. Suppressed
 * findings are not written. Every command is one line: line breaks and the characters that delimit
 * a command are escaped as the runner expects, so nothing in a message can start a command of its
 * own.
 *
 * <p>GitHub shows at most ten annotations of each level per step (and fifty per job) and drops the
 * rest in silence: the most severe ten of each level are written (input errors first, then
 * CRITICAL, HIGH, MEDIUM, LOW, tfguard's warnings, INFO, unverified checks), in report order, and
 * one notice says how many more there are and where to see them.
 */
public final class GithubReporter implements Reporter {
    private final java.nio.file.Path repoRoot;
    private final java.nio.file.Path workspace;

    /** Annotations with paths as reported: relative to the repository root. */
    public GithubReporter() {
        this(null, null);
    }

    /**
     * Annotations with paths relative to {@code workspace} ({@code GITHUB_WORKSPACE}) when both it
     * and the repository root are known and differ (a repository checked out into a subfolder of
     * the workspace); GitHub places an annotation by its path from the workspace.
     */
    public GithubReporter(java.nio.file.Path repoRoot, java.nio.file.Path workspace) {
        this.repoRoot = repoRoot;
        this.workspace = workspace;
    }

    /** {@code file} (relative to the repository root) as a path relative to the workspace. */
    private String relocate(String file) {
        if (file == null || repoRoot == null || workspace == null) {
            return file;
        }
        java.nio.file.Path abs = repoRoot.resolve(file).toAbsolutePath().normalize();
        java.nio.file.Path ws = workspace.toAbsolutePath().normalize();
        try {
            String rel = ws.relativize(abs).toString().replace('\\', '/');
            return rel.isEmpty() ? "." : rel;
        } catch (IllegalArgumentException e) {
            return file;
        }
    }

    /**
     * GitHub shows at most this many annotations of each level (error, warning, notice) per step.
     */
    static final int PER_LEVEL = 10;

    /**
     * One workflow command; {@code rank} orders the commands of a level by severity (lower first).
     */
    private record Annotation(
            String level, int rank, String file, Integer line, String title, String message) {}

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        java.util.List<Annotation> all = new java.util.ArrayList<>();
        for (Finding f : result.findings()) {
            all.add(
                    new Annotation(
                            command(f.severity()),
                            1 + rank(f.severity()),
                            relocate(f.file()),
                            f.line(),
                            f.rule() + ": " + f.title(),
                            body(f)));
        }
        for (Finding f : result.unverified()) {
            all.add(
                    new Annotation(
                            "notice",
                            8,
                            relocate(f.file()),
                            f.line(),
                            f.rule() + " unverified: " + f.title(),
                            f.message() + "\n" + f.reason()));
        }
        for (InputError e : result.errors()) {
            all.add(
                    new Annotation(
                            "error",
                            0,
                            relocate(e.file()),
                            e.line() > 0 ? e.line() : null,
                            "tfguard: input not scanned",
                            e.message()));
        }
        for (Warning w : result.warnings()) {
            all.add(new Annotation("warning", 6, null, null, "tfguard", w.message()));
        }
        // GitHub drops what is over its limit without saying so: keep the most severe of each
        // level, and say
        // how many more there are (which takes one of the notices)
        Map<String, Integer> counts = new LinkedHashMap<>();
        all.forEach(a -> counts.merge(a.level(), 1, Integer::sum));
        boolean over = counts.values().stream().anyMatch(n -> n > PER_LEVEL);
        java.util.Set<Annotation> kept =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<String, Integer> room =
                new LinkedHashMap<>(
                        Map.of(
                                "error",
                                PER_LEVEL,
                                "warning",
                                PER_LEVEL,
                                "notice",
                                over ? PER_LEVEL - 1 : PER_LEVEL));
        all.stream()
                .sorted(java.util.Comparator.comparingInt(Annotation::rank))
                .forEach(
                        a -> {
                            if (room.merge(a.level(), -1, Integer::sum) >= 0) {
                                kept.add(a);
                            }
                        });
        for (Annotation a : all) {
            if (kept.contains(a)) {
                command(out, a.level(), a.file(), a.line(), a.title(), a.message());
            }
        }
        if (over) {
            Map<String, Integer> left = new LinkedHashMap<>();
            all.stream()
                    .filter(a -> !kept.contains(a))
                    .forEach(a -> left.merge(a.level(), 1, Integer::sum));
            java.util.List<String> parts = new java.util.ArrayList<>();
            left.forEach((level, n) -> parts.add(n + " " + level + (n == 1 ? "" : "s")));
            int total = left.values().stream().mapToInt(Integer::intValue).sum();
            command(
                    out,
                    "notice",
                    null,
                    null,
                    "tfguard: " + total + " more not annotated",
                    total
                            + " more results are not annotated ("
                            + String.join(", ", parts)
                            + "): GitHub shows at most "
                            + PER_LEVEL
                            + " annotations of each level per step, and these are the most severe. The job "
                            + "summary (--format markdown), the SARIF upload and the text or JSON report list every one.");
        }
        out.flush();
    }

    /**
     * The order in which findings of one level are kept: CRITICAL before HIGH, MEDIUM before LOW.
     */
    private static int rank(Severity s) {
        return switch (s) {
            case CRITICAL -> 0;
            case HIGH -> 1;
            case MEDIUM -> 3;
            case LOW -> 4;
            case INFO -> 6;
        };
    }

    static String command(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM, LOW -> "warning";
            case INFO -> "notice";
        };
    }

    /**
     * The message and the remediation's first line: an annotation sits between code lines, so the
     * full remediation (often several paragraphs and code blocks) stays in the rule page and the
     * other reports.
     */
    private static String body(Finding f) {
        if (f.remediation() == null || f.remediation().isBlank()) {
            return f.message();
        }
        String first = f.remediation().strip().lines().findFirst().orElse("").strip();
        // a first line that introduces a code block ends in a colon, which would dangle here
        return f.message()
                + "\n\nFix: "
                + (first.endsWith(":") ? first.substring(0, first.length() - 1) : first);
    }

    private static void command(
            Writer out, String name, String file, Integer line, String title, String message)
            throws IOException {
        Map<String, String> props = new LinkedHashMap<>();
        if (file != null && !file.isEmpty()) {
            props.put("file", file.replace('\\', '/'));
            if (line != null && line > 0) {
                props.put("line", Integer.toString(line));
            }
        }
        props.put("title", title);
        StringBuilder b = new StringBuilder("::").append(name);
        String sep = " ";
        for (Map.Entry<String, String> p : props.entrySet()) {
            b.append(sep).append(p.getKey()).append('=').append(escapeProperty(p.getValue()));
            sep = ",";
        }
        b.append("::").append(escapeData(message)).append('\n');
        out.write(b.toString());
    }

    /** Escapes a command's message: {@code %}, CR and LF, the escapes the Actions runner undoes. */
    static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /**
     * Escapes a command property's value: as {@link #escapeData}, plus {@code :} and {@code ,},
     * which delimit it.
     */
    static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
