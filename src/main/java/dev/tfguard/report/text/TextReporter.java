package dev.tfguard.report.text;

import dev.tfguard.model.Baseline;
import dev.tfguard.model.Finding;
import dev.tfguard.model.InputError;
import dev.tfguard.model.ScanResult;
import dev.tfguard.model.Severity;
import dev.tfguard.model.Suppressed;
import dev.tfguard.model.Suppression;
import dev.tfguard.model.Warning;
import dev.tfguard.report.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terminal report: findings grouped by file and resource, each with rule id, severity, message
 * and a one-line fix; then unverified checks, warnings and a summary. Colour only when asked for (a
 * terminal without {@code NO_COLOR}).
 */
public final class TextReporter implements Reporter {
    private final boolean colour;
    private final boolean showSuppressed;

    /**
     * A text reporter; {@code showSuppressed} lists suppressed findings with their reasons, not
     * only their count.
     */
    public TextReporter(boolean colour, boolean showSuppressed) {
        this.colour = colour;
        this.showSuppressed = showSuppressed;
    }

    public TextReporter(boolean colour) {
        this(colour, false);
    }

    public TextReporter() {
        this(false);
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        group(sb, result.findings(), false);
        if (!result.unverified().isEmpty()) {
            sb.append(bold("Unverified"))
                    .append(" (cannot be known statically; --strict makes them fail)\n\n");
            group(sb, result.unverified(), true);
        }
        if (showSuppressed && !result.suppressed().isEmpty()) {
            sb.append(bold("Suppressed")).append('\n');
            for (Suppressed s : result.suppressed()) {
                Finding f = s.finding();
                Suppression why = s.suppression();
                sb.append("  ")
                        .append(f.rule())
                        .append("  ")
                        .append(f.resource())
                        .append(f.file() == null ? "" : "  " + f.file() + ":" + f.line())
                        .append('\n');
                sb.append("      by ")
                        .append(why.source())
                        .append(" at ")
                        .append(why.where())
                        .append(why.expires() == null ? "" : ", until " + why.expires())
                        .append(": ")
                        .append(why.reason() == null ? "no reason given" : why.reason())
                        .append('\n');
            }
            sb.append('\n');
        }
        if (result.baseline() != null) {
            Baseline b = result.baseline();
            sb.append(b.known().size())
                    .append(b.known().size() == 1 ? " finding" : " findings")
                    .append(" already in the baseline ")
                    .append(b.file())
                    .append(" not shown");
            sb.append(b.fixed().isEmpty() ? "\n" : "; fixed since the baseline:\n");
            for (Baseline.Entry e : b.fixed()) {
                sb.append("  ")
                        .append(e.rule())
                        .append("  ")
                        .append(e.resource())
                        .append(e.attribute() == null ? "" : "  " + e.attribute())
                        .append('\n');
            }
            sb.append('\n');
        }
        for (Warning w : result.warnings()) {
            sb.append(paint("warning: ", "33")).append(w).append('\n');
        }
        for (InputError e : result.errors()) {
            sb.append(paint("error: ", "31")).append(e).append('\n');
        }
        if (!result.warnings().isEmpty() || !result.errors().isEmpty()) {
            sb.append('\n');
        }
        sb.append(summary(result)).append('\n');
        out.write(sb.toString());
    }

    /**
     * Findings by file and resource; under a heading per root module when they come from more than
     * one (a repository of several roots), so that the same address in two roots reads as two
     * resources.
     */
    private void group(StringBuilder sb, List<Finding> findings, boolean unverified) {
        Map<String, List<Finding>> byRoot = new java.util.TreeMap<>();
        for (Finding f : findings) {
            byRoot.computeIfAbsent(f.root() == null ? "" : f.root(), k -> new ArrayList<>()).add(f);
        }
        if (byRoot.size() < 2) {
            groupByFile(sb, findings, unverified);
            return;
        }
        byRoot.forEach(
                (root, list) -> {
                    sb.append(bold("Root module " + (root.isEmpty() ? "(none)" : root)))
                            .append("\n\n");
                    groupByFile(sb, list, unverified);
                });
    }

    private void groupByFile(StringBuilder sb, List<Finding> findings, boolean unverified) {
        Map<String, Map<String, List<Finding>>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            byFile.computeIfAbsent(
                            f.file() == null ? "(plan)" : f.file(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.resource(), k -> new ArrayList<>())
                    .add(f);
        }
        byFile.forEach(
                (file, byResource) -> {
                    sb.append(bold(file)).append('\n');
                    byResource.forEach(
                            (resource, list) -> {
                                sb.append("  ").append(resource).append('\n');
                                for (Finding f : list) {
                                    String where =
                                            f.line() == null ? "" : "line " + f.line() + "  ";
                                    sb.append("    ")
                                            .append(severity(f.severity()))
                                            .append("  ")
                                            .append(f.rule())
                                            .append("  ")
                                            .append(where)
                                            .append(stripAddress(f))
                                            .append('\n');
                                    if (unverified) {
                                        sb.append("      why unverified: ")
                                                .append(f.reason())
                                                .append('\n');
                                    }
                                    sb.append("      fix: ")
                                            .append(oneLineFix(f.remediation()))
                                            .append('\n');
                                }
                            });
                    sb.append('\n');
                });
    }

    /** The message without the leading address, which the group heading already shows. */
    private static String stripAddress(Finding f) {
        String prefix = f.resource() + ": ";
        return f.message().startsWith(prefix)
                ? f.message().substring(prefix.length())
                : f.message();
    }

    /** The first sentence or line of the remediation, without Markdown backticks. */
    static String oneLineFix(String remediation) {
        String first = firstLine(remediation.strip()).replace("`", "");
        int stop = first.indexOf(". ");
        first = stop > 0 ? first.substring(0, stop + 1) : first;
        return first.endsWith(":") ? first.substring(0, first.length() - 1) : first;
    }

    /**
     * The text up to the first line break, as {@code lines().findFirst()} gives it, without a
     * stream.
     */
    static String firstLine(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private String summary(ScanResult r) {
        Map<Severity, Integer> counts = new LinkedHashMap<>();
        for (Severity s :
                List.of(
                        Severity.CRITICAL,
                        Severity.HIGH,
                        Severity.MEDIUM,
                        Severity.LOW,
                        Severity.INFO)) {
            counts.put(s, 0);
        }
        r.findings().forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        StringBuilder sb = new StringBuilder();
        sb.append(r.findings().size()).append(r.findings().size() == 1 ? " finding" : " findings");
        List<String> parts = new ArrayList<>();
        counts.forEach(
                (s, n) -> {
                    if (n > 0) {
                        parts.add(n + " " + s.name().toLowerCase(java.util.Locale.ROOT));
                    }
                });
        if (!parts.isEmpty()) {
            sb.append(" (").append(String.join(", ", parts)).append(')');
        }
        sb.append(", ").append(r.unverified().size()).append(" unverified");
        if (!r.suppressed().isEmpty()) {
            sb.append(", ").append(r.suppressed().size()).append(" suppressed");
            if (!showSuppressed) {
                sb.append(" (--show-suppressed lists them)");
            }
        }
        sb.append(", ")
                .append(r.errors().size())
                .append(r.errors().size() == 1 ? " error" : " errors");
        return sb.toString();
    }

    private String severity(Severity s) {
        // padded by hand: String.format loads the Formatter and its locale data, which a one-file
        // scan would otherwise spend a noticeable part of its run on
        StringBuilder label = new StringBuilder(s.name());
        while (label.length() < 8) {
            label.append(' ');
        }
        return switch (s) {
            case CRITICAL, HIGH -> paint(label.toString(), "31");
            case MEDIUM -> paint(label.toString(), "33");
            default -> paint(label.toString(), "36");
        };
    }

    private String bold(String s) {
        return colour ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    private String paint(String s, String code) {
        return colour ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
