package dev.tfguard.loader.hcl.syntax;

/**
 * A source range from {@code start} (inclusive) to {@code end} (exclusive, the position after the
 * last byte).
 *
 * <p>A parsed file has millions of ranges and few are ever asked for their lines and columns: the
 * parsers keep the two byte offsets and the file's line map, and the positions are worked out on
 * first use.
 */
public final class Range {

    private final LineMap lines;
    private final int from;
    private final int to;
    private Pos start;
    private Pos end;

    public Range(Pos start, Pos end) {
        this.lines = null;
        this.from = start.byteOffset();
        this.to = end.byteOffset();
        this.start = start;
        this.end = end;
    }

    /** The range between two byte offsets of the file that {@code lines} maps. */
    Range(LineMap lines, int from, int to) {
        this.lines = lines;
        this.from = from;
        this.to = to;
    }

    /** The range from the start of {@code first} to the end of {@code last}. */
    public static Range between(Range first, Range last) {
        if (first.lines != null && first.lines == last.lines) {
            return new Range(first.lines, first.from, last.to);
        }
        return new Range(first.start(), last.end());
    }

    public Pos start() {
        // computed on first use; Pos is immutable, so a second thread at worst computes the same
        // value again
        Pos p = start;
        if (p == null) {
            p = lines.pos(from);
            start = p;
        }
        return p;
    }

    public Pos end() {
        Pos p = end;
        if (p == null) {
            p = lines.pos(to);
            end = p;
        }
        return p;
    }

    /** The byte offset of {@link #start()}, without working out its line and column. */
    public int startOffset() {
        return from;
    }

    /** The byte offset of {@link #end()}, without working out its line and column. */
    public int endOffset() {
        return to;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Range r
                && from == r.from
                && to == r.to
                && start().equals(r.start())
                && end().equals(r.end());
    }

    @Override
    public int hashCode() {
        return 31 * start().hashCode() + end().hashCode();
    }

    @Override
    public String toString() {
        return start() + "-" + end();
    }
}
