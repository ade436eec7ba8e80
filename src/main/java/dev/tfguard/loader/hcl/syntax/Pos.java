package dev.tfguard.loader.hcl.syntax;

/**
 * A position in a source file: 1-based line and column, 0-based byte offset into the file's bytes.
 *
 * <p>The column counts grapheme clusters, as the reference HCL implementation does: a tab, {@code
 * ü}, an emoji or a flag made of two code points each count as one column.
 */
public record Pos(int line, int column, int byteOffset) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
