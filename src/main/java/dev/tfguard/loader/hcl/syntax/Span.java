package dev.tfguard.loader.hcl.syntax;

import java.nio.charset.StandardCharsets;

/**
 * Where a node sits in its file: its {@link Range} and the file's bytes, so that the exact source text can be cut
 * out when asked for instead of being copied for every node.
 */
public final class Span {

    private final byte[] source;
    private final Range range;

    /** A span of {@code source} (the whole file's bytes, shared, never modified) covering {@code range}. */
    public Span(byte[] source, Range range) {
        this.source = source;
        this.range = range;
    }

    public Range range() {
        return range;
    }

    /** The exact text of the range, as written in the file. */
    public String text() {
        int from = range.start().byteOffset();
        int to = range.end().byteOffset();
        if (from < 0 || to > source.length || to < from) {
            return "";
        }
        return new String(source, from, to - from, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return range.toString();
    }
}
