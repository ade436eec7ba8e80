package dev.tfguard.loader.hcl.syntax;

import java.nio.charset.StandardCharsets;

/**
 * Where a node sits in its file: two byte offsets and the file's line map, so that the exact source
 * text and the {@link Range} can be worked out when asked for instead of being kept for every node.
 */
public final class Span {

    private final LineMap lines;
    private final int from;
    private final int to;

    /** The span of {@code [from, to)} in the bytes that {@code lines} maps. */
    Span(LineMap lines, int from, int to) {
        this.lines = lines;
        this.from = from;
        this.to = to;
    }

    int startOffset() {
        return from;
    }

    int endOffset() {
        return to;
    }

    public Range range() {
        return new Range(lines, from, to);
    }

    /** The exact text of the range, as written in the file. */
    public String text() {
        byte[] source = lines.source();
        if (from < 0 || to > source.length || to < from) {
            return "";
        }
        return new String(source, from, to - from, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return range().toString();
    }
}
