package dev.tfguard.loader.hcl.syntax;

/**
 * An error found while reading a file: where it is (1-based line and column of its subject), a
 * short summary and a sentence of detail. {@link #toString()} gives the one-line {@code
 * file:line:col: summary; detail} form.
 */
public record Diagnostic(String file, int line, int col, String summary, String detail) {

    @Override
    public String toString() {
        return file
                + ":"
                + line
                + ":"
                + col
                + ": "
                + summary
                + (detail == null || detail.isEmpty() ? "" : "; " + detail);
    }
}
