package dev.tfguard.loader.hcl.syntax;

/** Strict UTF-8 decoding of one code point, for the lexer and the column tables. */
final class Utf8 {

    private Utf8() {}

    /**
     * The code point starting at {@code i}, or -1 when the bytes there are not well-formed UTF-8
     * (overlong forms, surrogates and truncated sequences included).
     */
    static int decode(byte[] b, int i, int limit) {
        int b0 = b[i] & 0xFF;
        if (b0 < 0x80) {
            return b0;
        }
        int need;
        int cp;
        int min;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            cp = b0 & 0x1F;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            cp = b0 & 0x0F;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            cp = b0 & 0x07;
            min = 0x10000;
        } else {
            return -1;
        }
        if (i + need >= limit) {
            return -1;
        }
        for (int k = 1; k <= need; k++) {
            int c = b[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return -1;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return -1;
        }
        return cp;
    }

    /** The number of bytes UTF-8 uses for {@code cp}. */
    static int length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
