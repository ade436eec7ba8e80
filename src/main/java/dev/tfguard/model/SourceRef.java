package dev.tfguard.model;

/**
 * A position in a source file: path as the user should see it (relative to the working folder where
 * possible), 1-based line and column.
 */
public record SourceRef(String file, int line, int column) implements Comparable<SourceRef> {

    public static SourceRef of(String file, int line) {
        return new SourceRef(file, line, 1);
    }

    @Override
    public int compareTo(SourceRef o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
