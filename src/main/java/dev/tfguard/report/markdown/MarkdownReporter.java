package dev.tfguard.report.markdown;

import dev.tfguard.model.Finding;
import dev.tfguard.model.InputError;
import dev.tfguard.model.Relation;
import dev.tfguard.model.RuleInfo;
import dev.tfguard.model.ScanResult;
import dev.tfguard.model.Severity;
import dev.tfguard.model.Warning;
import dev.tfguard.report.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a scan result as a GitHub-flavoured Markdown summary for a pull request comment or {@code
 * $GITHUB_STEP_SUMMARY}: counts by severity, a table of findings with a one-line fix, the
 * remediation of each failing rule in a collapsed section, and a Mermaid diagram of the affected
 * replication groups and the KMS keys they use, coloured by what failed.
 *
 * <p>Anything that comes from the scanned configuration (addresses, messages, paths) is escaped so
 * that it cannot break a table or inject markup; rule metadata is our own Markdown and is written
 * as is.
 */
public final class MarkdownReporter implements Reporter {

    static final String RULE_DOCS = "https://github.com/tfguard/tfguard/blob/main/docs/rules/";

    /**
     * Beyond this many nodes a diagram stops being readable, and GitHub refuses very large ones.
     */
    static final int MAX_NODES = 40;

    /**
     * GitHub refuses a job summary over 1 MiB ({@code $GITHUB_STEP_SUMMARY}); the summary is kept
     * under this many bytes, with room to spare for what the workflow adds.
     */
    static final int MAX_BYTES = 1_000_000;

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        int rows = result.findings().size() + result.unverified().size();
        String text = render(result, rows);
        // too large: fewer table rows (the most severe are kept), until it fits
        while (utf8Length(text) > MAX_BYTES && rows > 0) {
            rows = (int) Math.min(rows - 1, (long) rows * MAX_BYTES / utf8Length(text) * 9 / 10);
            text = render(result, Math.max(0, rows));
        }
        out.write(text);
        out.flush();
    }

    private static String render(ScanResult result, int rows) {
        StringBuilder b = new StringBuilder();
        b.append("## tfguard\n\n");
        summary(b, result);
        int findingRows = Math.min(rows, result.findings().size());
        findings(b, result, findingRows);
        unverified(b, result, rows - findingRows);
        diagram(b, result);
        remediation(b, result, findingRows);
        inputs(b, result);
        b.append("<sub>tfguard ").append(html(result.version())).append("</sub>\n");
        return b.toString();
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    /** The {@code limit} most severe of {@code list} (CRITICAL first), in their report order. */
    private static List<Finding> mostSevere(List<Finding> list, int limit) {
        if (limit >= list.size()) {
            return list;
        }
        List<Finding> bySeverity = new ArrayList<>(list);
        bySeverity.sort(java.util.Comparator.comparingInt(f -> -f.severity().ordinal()));
        Set<Finding> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.addAll(bySeverity.subList(0, Math.max(0, limit)));
        return list.stream().filter(kept::contains).toList();
    }

    private static void truncated(StringBuilder b, int left, String what) {
        if (left > 0) {
            b.append("_")
                    .append(left)
                    .append(" more ")
                    .append(what)
                    .append(" not shown (the most severe are): a ")
                    .append(
                            "job summary is limited to 1 MiB. The SARIF upload and the JSON or text report list ")
                    .append("every one._\n\n");
        }
    }

    private static void summary(StringBuilder b, ScanResult r) {
        int n = r.findings().size();
        if (n == 0) {
            b.append("No findings: ")
                    .append(r.rules().size())
                    .append(r.rules().size() == 1 ? " rule" : " rules")
                    .append(" checked.");
        } else {
            b.append("**").append(n).append(n == 1 ? " finding" : " findings").append("**");
        }
        List<String> extra = new ArrayList<>();
        if (!r.unverified().isEmpty()) {
            extra.add(r.unverified().size() + " unverified");
        }
        if (!r.suppressed().isEmpty()) {
            extra.add(r.suppressed().size() + " suppressed");
        }
        if (!r.errors().isEmpty()) {
            extra.add(
                    r.errors().size()
                            + (r.errors().size() == 1 ? " input" : " inputs")
                            + " not scanned");
        }
        if (!extra.isEmpty()) {
            b.append(n == 0 ? " " : ", ").append(String.join(", ", extra)).append('.');
        } else if (n > 0) {
            b.append('.');
        }
        b.append("\n\n");
        if (n == 0) {
            return;
        }
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Finding f : r.findings()) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        StringBuilder head = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        StringBuilder row = new StringBuilder("|");
        for (Severity s :
                List.of(
                        Severity.CRITICAL,
                        Severity.HIGH,
                        Severity.MEDIUM,
                        Severity.LOW,
                        Severity.INFO)) {
            head.append(' ').append(s.name()).append(" |");
            rule.append(" ---: |");
            row.append(' ').append(counts.getOrDefault(s, 0)).append(" |");
        }
        b.append(head).append('\n').append(rule).append('\n').append(row).append("\n\n");
    }

    private static void findings(StringBuilder b, ScanResult r, int limit) {
        if (r.findings().isEmpty()) {
            return;
        }
        b.append("### Findings\n\n");
        List<Finding> shown = mostSevere(r.findings(), limit);
        Map<String, List<Finding>> byRoot = byRoot(shown);
        byRoot.forEach(
                (root, list) -> {
                    if (byRoot.size() > 1) {
                        b.append("#### Root module ")
                                .append(root.isEmpty() ? "(none)" : code(root))
                                .append("\n\n");
                    }
                    b.append("| Severity | Rule | Resource | Location | Fix |\n");
                    b.append("| --- | --- | --- | --- | --- |\n");
                    for (Finding f : list) {
                        b.append("| ")
                                .append(f.severity().name())
                                .append(" | ")
                                .append(ruleLink(f.rule()))
                                .append(" | ")
                                .append(code(f.resource()))
                                .append(" | ")
                                .append(location(f))
                                .append(" | ")
                                .append(fixLine(f.remediation()))
                                .append(" |\n");
                    }
                    b.append('\n');
                });
        truncated(b, r.findings().size() - shown.size(), "findings");
    }

    /** Findings by root module, in root order; one entry when all share a root. */
    private static Map<String, List<Finding>> byRoot(List<Finding> findings) {
        Map<String, List<Finding>> out = new java.util.TreeMap<>();
        for (Finding f : findings) {
            out.computeIfAbsent(f.root() == null ? "" : f.root(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    private static void unverified(StringBuilder b, ScanResult r, int limit) {
        if (r.unverified().isEmpty()) {
            return;
        }
        List<Finding> shown = mostSevere(r.unverified(), limit);
        b.append("### Unverified\n\n");
        b.append(
                        "These checks depend on values that are only known at apply time; they do not fail the build")
                .append(" unless `--strict` is given.\n\n");
        Map<String, List<Finding>> byRoot = byRoot(shown);
        byRoot.forEach(
                (root, list) -> {
                    if (byRoot.size() > 1) {
                        b.append("#### Root module ")
                                .append(root.isEmpty() ? "(none)" : code(root))
                                .append("\n\n");
                    }
                    b.append("| Rule | Resource | Location | Why |\n");
                    b.append("| --- | --- | --- | --- |\n");
                    for (Finding f : list) {
                        b.append("| ")
                                .append(ruleLink(f.rule()))
                                .append(" | ")
                                .append(code(f.resource()))
                                .append(" | ")
                                .append(location(f))
                                .append(" | ")
                                .append(text(f.reason()))
                                .append(" |\n");
                    }
                    b.append('\n');
                });
        truncated(b, r.unverified().size() - shown.size(), "unverified checks");
    }

    /**
     * A flowchart of every resource with a failing or unverified check and the resources it is
     * related to (replication group to KMS key), with failing resources red, unverified amber and
     * the rest green.
     */
    private static void diagram(StringBuilder b, ScanResult r) {
        Map<String, Set<String>> failing = new TreeMap<>();
        Map<String, Set<String>> unknown = new TreeMap<>();
        for (Finding f : r.findings()) {
            failing.computeIfAbsent(f.resource(), k -> new TreeSet<>()).add(f.rule());
        }
        for (Finding f : r.unverified()) {
            unknown.computeIfAbsent(f.resource(), k -> new TreeSet<>()).add(f.rule());
        }
        Set<String> affected = new TreeSet<>(failing.keySet());
        affected.addAll(unknown.keySet());
        if (affected.isEmpty()) {
            return;
        }
        Set<String> nodes = new TreeSet<>(affected);
        List<Relation> edges = new ArrayList<>();
        for (Relation rel : r.relations()) {
            if (affected.contains(rel.from()) || affected.contains(rel.to())) {
                nodes.add(rel.from());
                nodes.add(rel.to());
                edges.add(rel);
            }
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (String address : nodes) {
            if (ids.size() == MAX_NODES) {
                break;
            }
            ids.put(address, "n" + ids.size());
        }
        b.append("### Affected resources\n\n");
        b.append("```mermaid\nflowchart LR\n");
        for (Map.Entry<String, String> node : ids.entrySet()) {
            String address = node.getKey();
            StringBuilder label = new StringBuilder(mermaid(address));
            String cls = "passed";
            if (failing.containsKey(address)) {
                cls = "failed";
                label.append("<br/>")
                        .append(mermaid("fails " + String.join(", ", failing.get(address))));
            }
            if (unknown.containsKey(address)) {
                cls = failing.containsKey(address) ? cls : "unverified";
                label.append("<br/>")
                        .append(mermaid("unverified " + String.join(", ", unknown.get(address))));
            }
            b.append("  ")
                    .append(node.getValue())
                    .append("[\"")
                    .append(label)
                    .append("\"]:::")
                    .append(cls)
                    .append('\n');
        }
        for (Relation rel : edges) {
            String from = ids.get(rel.from());
            String to = ids.get(rel.to());
            if (from != null && to != null) {
                b.append("  ")
                        .append(from)
                        .append(" -->|")
                        .append(mermaid(rel.attribute()))
                        .append("| ")
                        .append(to)
                        .append('\n');
            }
        }
        b.append("  classDef failed fill:#ffebe9,stroke:#cf222e,color:#1f2328\n");
        b.append("  classDef unverified fill:#fff8c5,stroke:#9a6700,color:#1f2328\n");
        b.append("  classDef passed fill:#dafbe1,stroke:#1a7f37,color:#1f2328\n");
        b.append("```\n\n");
        if (nodes.size() > ids.size()) {
            b.append("_")
                    .append(nodes.size() - ids.size())
                    .append(" more resources are not drawn._\n\n");
        }
    }

    private static void remediation(StringBuilder b, ScanResult r, int limit) {
        Set<Finding> listed =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        listed.addAll(mostSevere(r.findings(), limit));
        Map<String, List<Finding>> byRule = new TreeMap<>();
        for (Finding f : r.findings()) {
            byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        Map<String, RuleInfo> rules = new TreeMap<>();
        for (RuleInfo rule : r.rules()) {
            rules.put(rule.id(), rule);
        }
        for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
            Finding first = e.getValue().get(0);
            RuleInfo rule = rules.get(e.getKey());
            b.append("<details>\n<summary><b>")
                    .append(html(e.getKey()))
                    .append("</b> ")
                    .append(html(first.title()))
                    .append(" (")
                    .append(e.getValue().size())
                    .append(")</summary>\n\n");
            if (rule != null && rule.description() != null && !rule.description().isBlank()) {
                b.append(rule.description().strip()).append("\n\n");
            }
            int unlisted = 0;
            for (Finding f : e.getValue()) {
                if (!listed.contains(f)) {
                    unlisted++;
                    continue;
                }
                b.append("- ")
                        .append(location(f))
                        .append(": ")
                        .append(text(f.message()))
                        .append('\n');
            }
            if (unlisted > 0) {
                b.append("- ")
                        .append(unlisted)
                        .append(" more, not listed here (the summary is limited to 1 MiB)\n");
            }
            String fix = rule != null ? rule.remediation() : first.remediation();
            if (fix != null && !fix.isBlank()) {
                b.append("\n**Fix**\n\n").append(fix.strip()).append('\n');
            }
            b.append("\nRule documentation: ")
                    .append(ruleLink(e.getKey()))
                    .append("\n\n</details>\n\n");
        }
    }

    private static void inputs(StringBuilder b, ScanResult r) {
        if (r.errors().isEmpty() && r.warnings().isEmpty()) {
            return;
        }
        if (!r.errors().isEmpty()) {
            b.append("### Inputs not scanned\n\n");
            for (InputError e : r.errors()) {
                String at = e.line() > 0 ? e.file() + ":" + e.line() : e.file();
                b.append("- ").append(code(at)).append(": ").append(text(e.message())).append('\n');
            }
            b.append('\n');
        }
        if (!r.warnings().isEmpty()) {
            b.append("### Warnings\n\n");
            for (Warning w : r.warnings()) {
                b.append("- ").append(text(w.message())).append('\n');
            }
            b.append('\n');
        }
    }

    private static String ruleLink(String id) {
        return "[" + text(id) + "](" + RULE_DOCS + id + ".md)";
    }

    private static String location(Finding f) {
        return f.file() == null ? "plan" : code(f.file() + ":" + f.line());
    }

    /**
     * The first line of a rule's remediation that is prose (not a code fence), as one table cell:
     * the remediation is our own Markdown, so only what would end the cell is escaped.
     */
    static String fixLine(String remediation) {
        if (remediation == null) {
            return "";
        }
        for (String line : remediation.strip().split("\r?\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("```") && !t.startsWith("~~~")) {
                return t.replace("|", "\\|");
            }
        }
        return "";
    }

    /**
     * Plain text in Markdown: characters that open inline markup, links, HTML or entities, or end a
     * table cell, are backslash-escaped, as is a leading character that would start a heading, list
     * or quote; line breaks become spaces so that a table row or list item stays one line.
     */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        String one = oneLine(s);
        StringBuilder b = new StringBuilder(one.length() + 8);
        int digits = 0;
        while (digits < one.length() && Character.isDigit(one.charAt(digits))) {
            digits++;
        }
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            boolean blockStart =
                    (i == 0 && "#+-=".indexOf(c) >= 0)
                            || (i == digits && digits > 0 && (c == '.' || c == ')'));
            if (blockStart || "\\`*_[]<>|~&!".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * A code span that shows {@code s} literally: the fence is one backtick longer than the longest
     * run inside, and {@code |} is escaped because GitHub splits table cells on it even inside
     * code.
     */
    static String code(String s) {
        String one = oneLine(s);
        int longest = 0;
        int run = 0;
        for (char c : one.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = one.startsWith("`") || one.endsWith("`") ? " " : "";
        return fence + pad + one.replace("|", "\\|") + pad + fence;
    }

    /**
     * Text inside a quoted Mermaid label or edge label, using Mermaid's {@code #code;} entities for
     * the characters that would end the label or be read as HTML.
     */
    static String mermaid(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : oneLine(s).toCharArray()) {
            switch (c) {
                case '#', '"', '<', '>', '&', '|', '`', '[', ']', '{', '}', '(', ')', ';' ->
                        b.append('#').append((int) c).append(';');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String html(String s) {
        return oneLine(s)
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }
}
