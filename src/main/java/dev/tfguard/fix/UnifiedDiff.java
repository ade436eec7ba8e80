package dev.tfguard.fix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two versions of a file ({@code diff -u} layout, three lines of context), computed with Myers'
 * O(ND) algorithm. Lines are compared with their line endings; they are printed without a carriage return.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    /** A line of text with the byte offset where it starts in its file. */
    record Line(String text, int offset, boolean terminated) {
    }

    /** Hides part of a line: returns the text to print instead, or null to print the line as it is. */
    interface Mask {
        String apply(Line line);
    }

    private UnifiedDiff() {
    }

    static List<Line> lines(byte[] bytes) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                out.add(new Line(new String(bytes, start, i + 1 - start, StandardCharsets.UTF_8), start, true));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            out.add(new Line(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8), start, false));
        }
        return out;
    }

    /** The diff from {@code before} to {@code after} under the names {@code a/NAME} and {@code b/NAME}; "" if equal. */
    static String of(String name, byte[] before, byte[] after, Mask beforeMask, Mask afterMask) {
        List<Line> a = lines(before);
        List<Line> b = lines(after);
        List<int[]> script = script(a, b); // {kind, indexA, indexB}: kind 0 same, 1 delete, 2 insert
        if (script.stream().allMatch(op -> op[0] == 0)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append("--- a/").append(name).append('\n').append("+++ b/").append(name).append('\n');
        int i = 0;
        while (i < script.size()) {
            if (script.get(i)[0] == 0) {
                i++;
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            int to = i;
            // extend the hunk while the next change is within twice the context
            while (true) {
                int j = to;
                while (j < script.size() && script.get(j)[0] != 0) {
                    j++;
                }
                int k = j;
                while (k < script.size() && script.get(k)[0] == 0) {
                    k++;
                }
                if (k < script.size() && k - j <= 2 * CONTEXT) {
                    to = k;
                } else {
                    to = Math.min(script.size(), j + CONTEXT);
                    break;
                }
            }
            hunk(sb, script.subList(from, to), a, b, beforeMask, afterMask);
            i = to;
        }
        return sb.toString();
    }

    private static void hunk(StringBuilder sb, List<int[]> ops, List<Line> a, List<Line> b, Mask ma, Mask mb) {
        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        for (int[] op : ops) {
            if (op[0] != 2) {
                aCount++;
                if (aStart < 0) {
                    aStart = op[1];
                }
            }
            if (op[0] != 1) {
                bCount++;
                if (bStart < 0) {
                    bStart = op[2];
                }
            }
        }
        sb.append("@@ -").append(range(aStart, aCount, firstIndex(ops, 1))).append(" +")
                .append(range(bStart, bCount, firstIndex(ops, 2))).append(" @@\n");
        for (int[] op : ops) {
            Line line = op[0] == 2 ? b.get(op[2]) : a.get(op[1]);
            Mask mask = op[0] == 2 ? mb : ma;
            char mark = op[0] == 0 ? ' ' : op[0] == 1 ? '-' : '+';
            String shown = mask == null ? null : mask.apply(line);
            String text = shown != null ? shown : line.text();
            text = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                    : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            sb.append(mark).append(text).append('\n');
            if (!line.terminated()) {
                sb.append("\\ No newline at end of file\n");
            }
        }
    }

    private static int firstIndex(List<int[]> ops, int side) {
        return ops.isEmpty() ? 0 : ops.get(0)[side];
    }

    private static String range(int start, int count, int fallback) {
        int first = count == 0 ? fallback : start + 1;
        return count == 1 ? String.valueOf(first) : first + "," + count;
    }

    /**
     * The edit script between the line lists. Equal lines are matched from the start; where the lists part, the
     * nearest point where {@link #SYNC} lines agree again closes a window, and Myers' algorithm runs on that window
     * alone. A fix changes a few lines here and there, so the windows are small and memory stays proportional to
     * the file, not to the file times the number of changes.
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
                int x = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1]
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
            int prevK = d == 0 ? 0 : k == -d || k != d && vd[offset + k - 1] < vd[offset + k + 1] ? k + 1 : k - 1;
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
