package dev.tfguard.loader.hcl.syntax;

/**
 * A comment as written, markers included ({@code # ...}, {@code // ...} or a {@code /* ... *}{@code
 * /} block), without the line break that ends a line comment. Kept so that suppressions and autofix
 * can find them.
 */
public record Comment(String text, Range range) {

    /** The comment's text without its markers and surrounding blanks. */
    public String body() {
        String t = text;
        if (t.startsWith("#")) {
            t = t.substring(1);
        } else if (t.startsWith("//")) {
            t = t.substring(2);
        } else if (t.startsWith("/*")) {
            t = t.substring(2, t.endsWith("*/") && t.length() >= 4 ? t.length() - 2 : t.length());
        }
        return t.strip();
    }
}
