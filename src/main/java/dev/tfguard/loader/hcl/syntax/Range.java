package dev.tfguard.loader.hcl.syntax;

/** A source range from {@code start} (inclusive) to {@code end} (exclusive, the position after the last byte). */
public record Range(Pos start, Pos end) {

    /** The range from the start of {@code first} to the end of {@code last}. */
    public static Range between(Range first, Range last) {
        return new Range(first.start, last.end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
