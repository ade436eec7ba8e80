package dev.tfguard.fix;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A replacement of the bytes {@code [start, end)} of one file by {@code text}; an insertion when
 * both offsets are equal. Everything outside the edits of a file stays byte for byte as it was.
 */
record Edit(int start, int end, String text) {

    Edit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range " + start + ".." + end);
        }
    }

    static Edit insert(int at, String text) {
        return new Edit(at, at, text);
    }

    /**
     * Applies {@code edits} to {@code source}. Identical edits count once; two edits that overlap,
     * or two insertions at one offset, are a bug in whoever computed them.
     */
    static byte[] apply(byte[] source, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(new LinkedHashSet<>(edits));
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
        for (int i = 1; i < sorted.size(); i++) {
            Edit a = sorted.get(i - 1);
            Edit b = sorted.get(i);
            if (b.start < a.end || b.start == a.start && a.start == a.end && b.start == b.end) {
                throw new IllegalStateException("overlapping edits " + a + " and " + b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(source.length + 256);
        int at = 0;
        for (Edit e : sorted) {
            out.write(source, at, e.start - at);
            out.writeBytes(e.text.getBytes(StandardCharsets.UTF_8));
            at = e.end;
        }
        out.write(source, at, source.length - at);
        return out.toByteArray();
    }
}
