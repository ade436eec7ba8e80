package dev.tfguard.loader.hcl.syntax;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns byte offsets into {@link Pos} values. Columns count grapheme clusters, as hclsyntax does;
 * lines made only of ASCII take a shortcut, other lines get a byte-to-column table built once, so
 * positions stay linear in the file's size.
 */
final class LineMap {

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private final byte[] src;
    private final int[] lineStarts;
    private final boolean[] ascii;
    private final int lineCount;
    private final int baseLine;
    private final int baseColumn;
    private final Map<Integer, int[]> columnTables = new ConcurrentHashMap<>();

    /**
     * A map of {@code src} whose first line starts at byte {@code origin} (after a byte-order
     * mark).
     */
    LineMap(byte[] src, int origin) {
        this(src, origin, src.length, 1, 1);
    }

    /**
     * A map of {@code src[origin, limit)} whose first byte is at {@code baseLine:baseColumn}: used
     * for strings embedded in another file, such as templates inside JSON strings.
     */
    LineMap(byte[] src, int origin, int limit, int baseLine, int baseColumn) {
        this.src = src;
        this.baseLine = baseLine;
        this.baseColumn = baseColumn;
        int count = 1;
        for (int i = origin; i < limit; i++) {
            if (src[i] == '\n') {
                count++;
            }
        }
        lineStarts = new int[count + 1];
        ascii = new boolean[count];
        lineStarts[0] = origin;
        int line = 0;
        boolean allAscii = true;
        for (int i = origin; i < limit; i++) {
            byte b = src[i];
            if (b < 0) {
                allAscii = false;
            } else if (b == '\n') {
                ascii[line] = allAscii;
                allAscii = true;
                line++;
                lineStarts[line] = i + 1;
            }
        }
        ascii[line] = allAscii;
        lineStarts[count] = limit;
        lineCount = count;
    }

    /** The bytes this map is of. */
    byte[] source() {
        return src;
    }

    /** The position of a byte offset; safe to call from several threads. */
    Pos pos(int offset) {
        int line = lineOf(offset);
        int start = lineStarts[line];
        int column;
        if (ascii[line]) {
            column = offset - start + 1;
        } else {
            int[] table = columnTables.computeIfAbsent(line, this::columnTable);
            column = table[Math.min(offset - start, table.length - 1)];
        }
        if (line == 0) {
            column += baseColumn - 1;
        }
        return new Pos(line + baseLine, column, offset);
    }

    /**
     * The line (0-based) holding {@code offset}. A binary search, without state: ranges ask for
     * their positions on first use, in any order and from any thread.
     */
    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * Column (1-based) of every byte of a line holding non-ASCII text, plus one entry for the
     * line's end.
     */
    private int[] columnTable(int line) {
        int start = lineStarts[line];
        int end = lineStarts[line + 1];
        int len = end - start;
        StringBuilder text = new StringBuilder(len);
        int[] byteOfChar = new int[len * 2 + 1];
        int i = start;
        while (i < end) {
            int cp = Utf8.decode(src, i, end);
            int n = cp < 0 ? 1 : Utf8.length(cp);
            if (cp < 0) {
                cp = 0xFFFD;
            }
            int before = text.length();
            text.appendCodePoint(cp);
            for (int c = before; c < text.length(); c++) {
                byteOfChar[c] = i - start;
            }
            i += n;
        }
        byteOfChar[text.length()] = len;
        int[] table = new int[len + 1];
        Matcher m = GRAPHEME.matcher(text);
        int column = 1;
        while (m.find()) {
            int from = byteOfChar[m.start()];
            int to = byteOfChar[m.end()];
            for (int b = from; b < to; b++) {
                table[b] = column;
            }
            column++;
        }
        table[len] = column;
        return table;
    }
}
