package dev.tfguard.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the Markdown of a rule page as plain text for a terminal: headings underlined, paragraphs
 * and list items wrapped to a width, tables aligned, code blocks indented and never wrapped, inline
 * markup (backticks, emphasis, links) reduced to its text, HTML comments left out. Only the
 * Markdown that {@link RulePage} writes, and that rule descriptions use, is understood; anything
 * else passes through as text.
 */
public final class PlainText {

    private PlainText() {}

    /** {@code markdown} as plain text wrapped to {@code width} columns (at least 40). */
    public static String render(String markdown, int width) {
        int w = Math.max(40, width);
        List<String> lines = markdown.lines().toList();
        StringBuilder out = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        String paragraphIndent = "";
        String hangingIndent = "";
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (inComment || trimmed.startsWith("<!--")) {
                inComment = !trimmed.contains("-->");
                continue;
            }
            if (trimmed.startsWith("```")) {
                flush(out, paragraph, paragraphIndent, hangingIndent, w);
                String fenceIndent = line.substring(0, line.indexOf('`'));
                for (i++; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
                    String code = lines.get(i);
                    code =
                            code.startsWith(fenceIndent)
                                    ? code.substring(fenceIndent.length())
                                    : code.stripLeading();
                    out.append(code.isEmpty() ? "" : "    " + fenceIndent + code).append('\n');
                }
                continue;
            }
            if (trimmed.isEmpty()) {
                flush(out, paragraph, paragraphIndent, hangingIndent, w);
                if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
                    out.append('\n');
                }
                continue;
            }
            if (trimmed.startsWith("#")) {
                flush(out, paragraph, paragraphIndent, hangingIndent, w);
                int level = 0;
                while (level < trimmed.length() && trimmed.charAt(level) == '#') {
                    level++;
                }
                String title = inline(trimmed.substring(level).strip());
                out.append(title)
                        .append('\n')
                        .append((level == 1 ? "=" : "-").repeat(Math.min(title.length(), w)))
                        .append('\n');
                continue;
            }
            if (trimmed.startsWith("|")) {
                flush(out, paragraph, paragraphIndent, hangingIndent, w);
                List<String[]> rows = new ArrayList<>();
                for (; i < lines.size() && lines.get(i).strip().startsWith("|"); i++) {
                    rows.add(cells(lines.get(i).strip()));
                }
                i--;
                table(out, rows);
                continue;
            }
            String item = listMarker(trimmed);
            if (item != null) {
                flush(out, paragraph, paragraphIndent, hangingIndent, w);
                String lead = line.substring(0, line.length() - line.stripLeading().length());
                paragraphIndent = lead;
                hangingIndent = lead + " ".repeat(item.length());
                paragraph.add(trimmed);
                continue;
            }
            if (paragraph.isEmpty()) {
                paragraphIndent = line.substring(0, line.length() - line.stripLeading().length());
                hangingIndent = paragraphIndent;
            }
            paragraph.add(trimmed);
        }
        flush(out, paragraph, paragraphIndent, hangingIndent, w);
        String text = out.toString().strip();
        return text.isEmpty() ? "" : text + "\n";
    }

    /**
     * The marker of a list item ({@code "- "}, {@code "1. "}) that starts {@code line}, or null.
     */
    private static String listMarker(String line) {
        if (line.startsWith("- ") || line.startsWith("* ")) {
            return line.substring(0, 2);
        }
        int d = 0;
        while (d < line.length() && Character.isDigit(line.charAt(d))) {
            d++;
        }
        return d > 0 && line.startsWith(". ", d) ? line.substring(0, d + 2) : null;
    }

    private static void flush(
            StringBuilder out, List<String> paragraph, String indent, String hanging, int width) {
        if (paragraph.isEmpty()) {
            return;
        }
        String text = inline(String.join(" ", paragraph));
        paragraph.clear();
        String prefix = indent;
        StringBuilder line = new StringBuilder(prefix);
        boolean empty = true;
        for (String word : text.split(" +")) {
            if (!empty && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder(hanging);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        out.append(line).append('\n');
    }

    private static String[] cells(String row) {
        String inner =
                row.substring(
                        1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        String[] cells = inner.split("\\|", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = inline(cells[i].strip());
        }
        return cells;
    }

    /**
     * A table without its separator row and without header rows that are empty, columns aligned.
     */
    private static void table(StringBuilder out, List<String[]> rows) {
        List<String[]> kept = new ArrayList<>();
        for (String[] r : rows) {
            boolean separator = true;
            boolean blank = true;
            for (String c : r) {
                separator &= c.matches(":?-+:?");
                blank &= c.isEmpty();
            }
            if (!separator && !blank) {
                kept.add(r);
            }
        }
        int columns = kept.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] r : kept) {
            for (int c = 0; c < r.length; c++) {
                widths[c] = Math.max(widths[c], r[c].length());
            }
        }
        for (String[] r : kept) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                line.append(c == 0 ? "" : "  ").append(r[c]);
                if (c < r.length - 1) {
                    line.append(" ".repeat(widths[c] - r[c].length()));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** Inline Markdown reduced to its text: code spans, emphasis and links ({@code text (url)}). */
    static String inline(String s) {
        String t = s.replaceAll("\\[([^\\]]+)]\\(([^)]+)\\)", "$1 ($2)");
        t = t.replace("`", "");
        t =
                t.replaceAll("\\*\\*([^*]+)\\*\\*", "$1")
                        .replaceAll("(?<![\\w*])\\*([^*\\s][^*]*)\\*(?![\\w*])", "$1");
        return t;
    }
}
