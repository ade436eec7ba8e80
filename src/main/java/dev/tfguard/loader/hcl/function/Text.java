package dev.tfguard.loader.hcl.function;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Text as Terraform's string functions see it: user-perceived characters (grapheme clusters) and
 * Go's rune rules.
 */
final class Text {

    private Text() {}

    /**
     * The grapheme clusters of {@code s}: what {@code length}, {@code substr} and {@code strrev}
     * count.
     */
    static List<String> graphemes(String s) {
        List<String> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getCharacterInstance(java.util.Locale.ROOT);
        it.setText(s);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(s.substring(start, end));
        }
        return out;
    }

    /**
     * Go's {@code unicode.IsSpace}: ASCII white space, U+0085, U+00A0 and the Unicode space
     * separators.
     */
    static boolean isSpace(int cp) {
        return cp == ' '
                || cp >= '\t' && cp <= '\r'
                || cp == 0x85
                || cp == 0xA0
                || Character.getType(cp) == Character.SPACE_SEPARATOR
                || cp == 0x2028
                || cp == 0x2029;
    }

    /** Go's {@code strings.TrimSpace}. */
    static String trimSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /**
     * Go's {@code strings.ToLower}/{@code ToUpper}: each code point mapped alone (no context, no
     * expansion).
     */
    static String mapCase(String s, boolean upper) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints()
                .forEach(
                        cp ->
                                sb.appendCodePoint(
                                        upper
                                                ? Character.toUpperCase(cp)
                                                : Character.toLowerCase(cp)));
        return sb.toString();
    }
}
