package dev.tfguard.fix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two versions of a file ({@code diff -u} layout, up to three lines of context),
 * computed with Myers' O(ND) algorithm, that {@code git apply} and {@code patch -p1} read. Lines
 * are compared and printed with their line endings.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    /** A line of text with the byte offset where it starts in its file. */
    record Line(String text, int offset, boolean terminated) {}

    /**
     * Hides part of a line: returns the text to print instead, or null to print the line as it is.
     */
    interface Mask {
        String apply(Line line);
    }

    private UnifiedDiff() {}

    static List<Line> lines(byte[] bytes) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                out.add(
                        new Line(
                                new String(bytes, start, i + 1 - start, StandardCharsets.UTF_8),
                                start,
                                true));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            out.add(
                    new Line(
                            new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8),
                            start,
                            false));
        }
        return out;
    }

    /**
     * The diff from {@code before} to {@code after} under the names {@code a/NAME} and {@code
     * b/NAME}; "" if equal.
     *
     * <p>A line that a mask hides is never printed, since a diff that applies must show its lines
     * as they are. A change that alters such a line, or whose only possible trailing context is one
     * (git apply and patch locate a hunk by the lines after it; the lines before it may be left
     * out), is left out of the diff, and a line before the file's header, which both tools skip,
     * says how many changes are not shown. Context stops before hidden lines. Lines keep their
     * carriage returns, so that a diff of a CRLF file applies to it.
     */
    static String of(String name, byte[] before, byte[] after, Mask beforeMask, Mask afterMask) {
        List<Line> a = lines(before);
        List<Line> b = lines(after);
        List<int[]> script =
                script(a, b); // {kind, indexA, indexB}: kind 0 same, 1 delete, 2 insert
        if (script.stream().allMatch(op -> op[0] == 0)) {
            return "";
        }
        int omitted = 0;
        if (beforeMask != null) {
            // a hidden line that the change only re-indents or re-aligns is left as it was: the
            // diff can then show
            // the changes around it (its new alignment is among the changes not shown)
            List<Line> kept = keepHiddenLines(script, a, b, beforeMask);
            if (kept != b) {
                for (int i = 0; i < b.size(); i++) {
                    omitted += kept.get(i) != b.get(i) ? 1 : 0;
                }
                b = kept;
                script = script(a, b);
                afterMask = restoredAware(afterMask, beforeMask, a);
            }
        }
        boolean[] hidden = new boolean[script.size()]; // context lines that must not be printed
        for (int i = 0; i < script.size(); i++) {
            int[] op = script.get(i);
            hidden[i] = op[0] == 0 && beforeMask != null && beforeMask.apply(a.get(op[1])) != null;
        }
        // the runs of changes, and which of them cannot be shown
        List<int[]> runs = new ArrayList<>(); // {first op, end op (exclusive)}
        for (int i = 0; i < script.size(); ) {
            if (script.get(i)[0] == 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < script.size() && script.get(j)[0] != 0) {
                j++;
            }
            runs.add(new int[] {i, j});
            i = j;
        }
        List<int[]> shown =
                new ArrayList<>(); // {first op, end op, leading context, trailing context}
        for (int[] run : runs) {
            boolean secret = false;
            for (int i = run[0]; i < run[1]; i++) {
                int[] op = script.get(i);
                Mask m = op[0] == 2 ? afterMask : beforeMask;
                secret |= m != null && m.apply(op[0] == 2 ? b.get(op[2]) : a.get(op[1])) != null;
            }
            int lead = 0;
            while (lead < CONTEXT
                    && run[0] - lead - 1 >= 0
                    && script.get(run[0] - lead - 1)[0] == 0
                    && !hidden[run[0] - lead - 1]) {
                lead++;
            }
            int trail = 0;
            while (trail < CONTEXT
                    && run[1] + trail < script.size()
                    && script.get(run[1] + trail)[0] == 0
                    && !hidden[run[1] + trail]) {
                trail++;
            }
            boolean atEnd =
                    run[1] == script.size()
                            || script.subList(run[1], script.size()).stream()
                                    .noneMatch(op -> op[0] != 2);
            if (secret || trail == 0 && !atEnd) {
                omitted++;
                continue;
            }
            shown.add(new int[] {run[0], run[1], lead, trail});
        }
        // omitted runs keep the old lines: the line numbers of later hunks count them as unchanged
        int[] oldLine = new int[script.size() + 1];
        int[] newLine = new int[script.size() + 1];
        boolean[] kept = new boolean[script.size()];
        for (int[] run : shown) {
            for (int i = run[0]; i < run[1]; i++) {
                kept[i] = true;
            }
        }
        int o = 0;
        int n = 0;
        for (int i = 0; i < script.size(); i++) {
            oldLine[i] = o;
            newLine[i] = n;
            int kind = script.get(i)[0];
            if (kind == 0 || !kept[i]) {
                o += kind == 2 ? 0 : 1;
                n += kind == 2 ? 0 : 1;
            } else {
                o += kind == 1 ? 1 : 0;
                n += kind == 2 ? 1 : 0;
            }
        }
        StringBuilder sb = new StringBuilder();
        if (omitted > 0) {
            sb.append("tfguard: ")
                    .append(name)
                    .append(": ")
                    .append(omitted)
                    .append(omitted == 1 ? " change is" : " changes are")
                    .append(
                            " not in this diff: each changes, or sits right above, a line that holds a secret value, ")
                    .append("which a diff would have to show; tfguard fix without --diff makes ")
                    .append(omitted == 1 ? "it" : "them")
                    .append('\n');
        }
        if (shown.isEmpty()) {
            return sb.toString();
        }
        sb.append("--- a/").append(name).append('\n').append("+++ b/").append(name).append('\n');
        for (int h = 0; h < shown.size(); ) {
            int from = shown.get(h)[0] - shown.get(h)[2];
            int last = h;
            // runs whose context touches or overlaps make one hunk
            while (last + 1 < shown.size()
                    && shown.get(last)[1] + shown.get(last)[3]
                            >= shown.get(last + 1)[0] - shown.get(last + 1)[2]) {
                last++;
            }
            int to = shown.get(last)[1] + shown.get(last)[3];
            hunk(sb, script, from, to, a, b, oldLine, newLine);
            h = last + 1;
        }
        return sb.toString();
    }

    /**
     * {@code b} with each line that replaces a hidden line of {@code a} only by white space changed
     * back to that line of {@code a} (the same object); {@code b} itself when there is none.
     */
    private static List<Line> keepHiddenLines(
            List<int[]> script, List<Line> a, List<Line> b, Mask beforeMask) {
        List<Line> out = null;
        for (int i = 0; i < script.size(); ) {
            if (script.get(i)[0] == 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < script.size() && script.get(j)[0] != 0) {
                j++;
            }
            List<Integer> inserted = new ArrayList<>();
            for (int k = i; k < j; k++) {
                if (script.get(k)[0] == 2) {
                    inserted.add(script.get(k)[2]);
                }
            }
            for (int k = i; k < j; k++) {
                int[] op = script.get(k);
                if (op[0] != 1 || beforeMask.apply(a.get(op[1])) == null) {
                    continue;
                }
                String squashed = withoutBlanks(a.get(op[1]).text());
                for (int n = 0; n < inserted.size(); n++) {
                    if (withoutBlanks(b.get(inserted.get(n)).text()).equals(squashed)) {
                        out = out == null ? new ArrayList<>(b) : out;
                        out.set(inserted.get(n), a.get(op[1]));
                        inserted.remove(n);
                        break;
                    }
                }
            }
            i = j;
        }
        return out == null ? b : out;
    }

    private static String withoutBlanks(String s) {
        return s.replace(" ", "").replace("\t", "");
    }

    /**
     * The mask of the new version, for lines taken back from the old version: the old version's
     * mask.
     */
    private static Mask restoredAware(Mask afterMask, Mask beforeMask, List<Line> a) {
        java.util.Set<Line> old =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        old.addAll(a);
        return line ->
                old.contains(line)
                        ? beforeMask.apply(line)
                        : afterMask == null ? null : afterMask.apply(line);
    }

    private static void hunk(
            StringBuilder sb,
            List<int[]> script,
            int from,
            int to,
            List<Line> a,
            List<Line> b,
            int[] oldLine,
            int[] newLine) {
        int aCount = 0;
        int bCount = 0;
        for (int i = from; i < to; i++) {
            int kind = script.get(i)[0];
            aCount += kind != 2 ? 1 : 0;
            bCount += kind != 1 ? 1 : 0;
        }
        sb.append("@@ -")
                .append(range(oldLine[from], aCount))
                .append(" +")
                .append(range(newLine[from], bCount))
                .append(" @@\n");
        for (int i = from; i < to; i++) {
            int[] op = script.get(i);
            Line line = op[0] == 2 ? b.get(op[2]) : a.get(op[1]);
            char mark = op[0] == 0 ? ' ' : op[0] == 1 ? '-' : '+';
            String text =
                    line.text().endsWith("\n")
                            ? line.text().substring(0, line.text().length() - 1)
                            : line.text();
            sb.append(mark).append(text).append('\n');
            if (!line.terminated()) {
                sb.append("\\ No newline at end of file\n");
            }
        }
    }

    /**
     * A hunk's range: {@code start,count} with a 1-based start, or the line before an empty range.
     */
    private static String range(int zeroBasedStart, int count) {
        int first = count == 0 ? zeroBasedStart : zeroBasedStart + 1;
        return count == 1 ? String.valueOf(first) : first + "," + count;
    }

    /**
     * The edit script between the line lists. Equal lines are matched from the start; where the
     * lists part, the nearest point where {@link #SYNC} lines agree again closes a window, and
     * Myers' algorithm runs on that window alone. A fix changes a few lines here and there, so the
     * windows are small and memory stays proportional to the file, not to the file times the number
     * of changes.
     */
    private static List<int[]> script(List<Line> a, List<Line> b) {
        List<int[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        int n = a.size();
        int m = b.size();
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).text().equals(b.get(j).text())) {
                ops.add(new int[] {0, i++, j++});
                continue;
            }
            int p = n - i;
            int q = m - j;
            search:
            for (int d = 1; d <= Math.min(WINDOW, (n - i) + (m - j)); d++) {
                for (int x = 0; x <= d; x++) {
                    if (synced(a, b, i + x, j + d - x)) {
                        p = x;
                        q = d - x;
                        break search;
                    }
                }
            }
            for (int[] op : myers(a.subList(i, i + p), b.subList(j, j + q))) {
                ops.add(new int[] {op[0], op[1] + i, op[2] + j});
            }
            i += p;
            j += q;
        }
        return ops;
    }

    /** Lines that must agree for two positions to count as back in step. */
    private static final int SYNC = 3;

    /** How far apart (in lines, both sides together) a resynchronisation is looked for. */
    private static final int WINDOW = 2000;

    private static boolean synced(List<Line> a, List<Line> b, int x, int y) {
        if (x > a.size() || y > b.size()) {
            return false;
        }
        for (int t = 0; t < SYNC; t++) {
            boolean endA = x + t == a.size();
            boolean endB = y + t == b.size();
            if (endA && endB) {
                return true;
            }
            if (endA || endB || !a.get(x + t).text().equals(b.get(y + t).text())) {
                return false;
            }
        }
        return true;
    }

    /** Myers' shortest edit script between the line lists. */
    private static List<int[]> myers(List<Line> a, List<Line> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x =
                        k == -d || k != d && v[offset + k - 1] < v[offset + k + 1]
                                ? v[offset + k + 1]
                                : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).text().equals(b.get(y).text())) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        List<int[]> ops = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d >= 0; d--) {
            int[] vd = trace.get(d);
            int k = x - y;
            int prevK =
                    d == 0
                            ? 0
                            : k == -d || k != d && vd[offset + k - 1] < vd[offset + k + 1]
                                    ? k + 1
                                    : k - 1;
            int prevX = d == 0 ? 0 : vd[offset + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                ops.add(0, new int[] {0, x - 1, y - 1});
                x--;
                y--;
            }
            if (d > 0) {
                if (x == prevX) {
                    ops.add(0, new int[] {2, x, y - 1});
                } else {
                    ops.add(0, new int[] {1, x - 1, y});
                }
            }
            x = prevX;
            y = prevY;
        }
        return ops;
    }
}
