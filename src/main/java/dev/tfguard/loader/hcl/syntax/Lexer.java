package dev.tfguard.loader.hcl.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a file into tokens in one pass, before parsing, as the HCL native syntax specification
 * describes: a normal mode, quoted-template and heredoc-template modes, and interpolation sequences
 * nested in them. Tokens are kept in parallel int arrays (type, start and end byte offsets) so that
 * a large file costs no object per token. Lexical errors are collected in order; the parser reports
 * them before its own, as the reference does.
 */
final class Lexer {

    static final int EOF = 0;
    static final int NEWLINE = 1;
    static final int IDENT = 2;
    static final int NUMBER = 3;
    static final int LBRACE = 4;
    static final int RBRACE = 5;
    static final int LBRACK = 6;
    static final int RBRACK = 7;
    static final int LPAREN = 8;
    static final int RPAREN = 9;
    static final int COMMA = 10;
    static final int DOT = 11;
    static final int ELLIPSIS = 12;
    static final int STAR = 13;
    static final int SLASH = 14;
    static final int PERCENT = 15;
    static final int PLUS = 16;
    static final int MINUS = 17;
    static final int ASSIGN = 18;
    static final int EQ = 19;
    static final int NE = 20;
    static final int BANG = 21;
    static final int LT = 22;
    static final int LE = 23;
    static final int GT = 24;
    static final int GE = 25;
    static final int AND = 26;
    static final int OR = 27;
    static final int QUESTION = 28;
    static final int COLON = 29;
    static final int ARROW = 30;
    static final int DCOLON = 31;
    static final int OQUOTE = 32;
    static final int CQUOTE = 33;
    static final int OHEREDOC = 34;
    static final int CHEREDOC = 35;

    /** A literal chunk of a quoted template, escapes still encoded. */
    static final int QLIT = 36;

    /**
     * A literal chunk of a heredoc or bare template; in a heredoc, a chunk never spans a line
     * break.
     */
    static final int SLIT = 37;

    /** {@code ${} or {@code ${~}. */
    static final int INTERP = 38;

    /** {@code %{} or {@code %{~}. */
    static final int CONTROL = 39;

    /** {@code }} or {@code ~}} closing an interpolation or directive. */
    static final int SEQ_END = 40;

    static final int INVALID = 41;

    private static final int CTX_NORMAL = 0;
    private static final int CTX_INTERP = 1;
    private static final int CTX_QUOTED = 2;
    private static final int CTX_HEREDOC = 3;
    private static final int CTX_TEMPLATE = 4;

    /** A lexical error: its byte offset, summary and detail. */
    record Error(int offset, String summary, String detail) {}

    final byte[] src;
    final int limit;
    int[] type;
    int[] start;
    int[] end;
    int count;
    final List<int[]> comments = new ArrayList<>();
    final List<Error> errors = new ArrayList<>();

    /** The deepest bracket nesting seen (unbalanced closers can only lower the count). */
    int maxNesting;

    private int nesting;
    private int unaryRun;
    private int splats;

    private int[] ctx = new int[16];
    private int[] braces = new int[16];
    private int[] markerStart = new int[16];
    private int[] markerLen = new int[16];
    private boolean[] atLineStart = new boolean[16];
    private int sp = -1;

    private Lexer(byte[] src, int from, int limit) {
        this.src = src;
        this.limit = limit;
        // Terraform files average a token per four to five bytes; start near that to avoid most
        // regrowth.
        int capacity = Math.max(16, Math.min((limit - from) / 4, 1 << 24));
        type = new int[capacity];
        start = new int[capacity];
        end = new int[capacity];
    }

    /** Tokens of a configuration file from {@code origin} (after a byte-order mark) to the end. */
    static Lexer config(byte[] src, int origin) {
        Lexer lx = new Lexer(src, origin, src.length);
        lx.push(CTX_NORMAL);
        lx.run(origin);
        return lx;
    }

    /** Tokens of a bare template (the content of a JSON string) in {@code src[from, to)}. */
    static Lexer template(byte[] src, int from, int to) {
        Lexer lx = new Lexer(src, from, to);
        lx.push(CTX_TEMPLATE);
        lx.run(from);
        return lx;
    }

    /**
     * Scans to the end of the input, one token per step in the mode of the innermost open context.
     */
    private void run(int i) {
        while (i < limit) {
            switch (ctx[sp]) {
                case CTX_QUOTED -> i = quoted(i);
                case CTX_HEREDOC -> i = heredoc(i);
                case CTX_TEMPLATE -> i = template(i);
                default -> i = normal(i);
            }
        }
        add(EOF, limit, limit);
    }

    /**
     * Opens a context: an interpolation, a quoted string or a heredoc nested in the current one.
     */
    private void push(int c) {
        sp++;
        if (sp == ctx.length) {
            int n = ctx.length * 2;
            ctx = java.util.Arrays.copyOf(ctx, n);
            braces = java.util.Arrays.copyOf(braces, n);
            markerStart = java.util.Arrays.copyOf(markerStart, n);
            markerLen = java.util.Arrays.copyOf(markerLen, n);
            atLineStart = java.util.Arrays.copyOf(atLineStart, n);
        }
        ctx[sp] = c;
        braces[sp] = 0;
        atLineStart[sp] = false;
    }

    private void pop() {
        if (sp > 0) {
            sp--;
        }
    }

    /**
     * Appends a token, keeping the nesting estimate that decides how much stack the parser needs.
     */
    private void add(int t, int from, int to) {
        switch (t) {
            case LBRACE, LBRACK, LPAREN, OQUOTE, OHEREDOC, INTERP, CONTROL -> {
                if (++nesting > maxNesting) {
                    maxNesting = nesting;
                }
            }
            case RBRACE, RBRACK, RPAREN, CQUOTE, CHEREDOC, SEQ_END -> nesting--;
            default -> {}
        }
        // Unary operators and splats also nest in the parser without brackets: count their runs
        // too.
        if (t == MINUS || t == BANG) {
            unaryRun++;
        } else {
            unaryRun = 0;
        }
        if (t == STAR && count > 0 && type[count - 1] == LBRACK) {
            splats++;
        } else if (t == NEWLINE && nesting <= 0) {
            splats = 0;
        }
        maxNesting = Math.max(maxNesting, Math.max(nesting, 0) + unaryRun + splats);
        if (count == type.length) {
            int n = count * 2;
            type = java.util.Arrays.copyOf(type, n);
            start = java.util.Arrays.copyOf(start, n);
            end = java.util.Arrays.copyOf(end, n);
        }
        type[count] = t;
        start[count] = from;
        end[count] = to;
        count++;
    }

    private int at(int i) {
        return i < limit ? src[i] : -1;
    }

    private void error(int offset, String summary, String detail) {
        // A binary file would otherwise produce an error per byte; the first ones are all anyone
        // reads.
        if (errors.size() < 100) {
            errors.add(new Error(offset, summary, detail));
        }
    }

    /**
     * One token of the normal mode (bodies and expressions, also inside {@code ${...}}); returns
     * where the next starts. Characters the language does not use still become tokens, after a
     * diagnostic, so that the parser can carry on and find later errors.
     */
    private int normal(int i) {
        int c = src[i];
        switch (c) {
            case ' ', '\t' -> {
                return i + 1;
            }
            case '\r' -> {
                if (at(i + 1) == '\n') {
                    add(NEWLINE, i, i + 2);
                    return i + 2;
                }
                return i + 1;
            }
            case '\n' -> {
                add(NEWLINE, i, i + 1);
                return i + 1;
            }
            case '#' -> {
                return lineComment(i);
            }
            case '/' -> {
                if (at(i + 1) == '/') {
                    return lineComment(i);
                }
                if (at(i + 1) == '*') {
                    return blockComment(i);
                }
                return single(SLASH, i);
            }
            case '{' -> {
                if (ctx[sp] == CTX_INTERP) {
                    braces[sp]++;
                }
                return single(LBRACE, i);
            }
            case '}' -> {
                if (ctx[sp] == CTX_INTERP) {
                    if (braces[sp] == 0) {
                        add(SEQ_END, i, i + 1);
                        pop();
                        return i + 1;
                    }
                    braces[sp]--;
                }
                return single(RBRACE, i);
            }
            case '~' -> {
                if (ctx[sp] == CTX_INTERP && braces[sp] == 0 && at(i + 1) == '}') {
                    add(SEQ_END, i, i + 2);
                    pop();
                    return i + 2;
                }
                error(i, "Unsupported operator", "Bitwise operators are not supported.");
                return single(INVALID, i);
            }
            case '[' -> {
                return single(LBRACK, i);
            }
            case ']' -> {
                return single(RBRACK, i);
            }
            case '(' -> {
                return single(LPAREN, i);
            }
            case ')' -> {
                return single(RPAREN, i);
            }
            case ',' -> {
                return single(COMMA, i);
            }
            case '?' -> {
                return single(QUESTION, i);
            }
            case '+' -> {
                return single(PLUS, i);
            }
            case '-' -> {
                return single(MINUS, i);
            }
            case '*' -> {
                return single(STAR, i);
            }
            case '%' -> {
                return single(PERCENT, i);
            }
            case '.' -> {
                if (at(i + 1) == '.' && at(i + 2) == '.') {
                    add(ELLIPSIS, i, i + 3);
                    return i + 3;
                }
                return single(DOT, i);
            }
            case '=' -> {
                if (at(i + 1) == '=') {
                    return pair(EQ, i);
                }
                if (at(i + 1) == '>') {
                    return pair(ARROW, i);
                }
                return single(ASSIGN, i);
            }
            case '!' -> {
                return at(i + 1) == '=' ? pair(NE, i) : single(BANG, i);
            }
            case '<' -> {
                if (at(i + 1) == '=') {
                    return pair(LE, i);
                }
                if (at(i + 1) == '<') {
                    int h = heredocOpen(i);
                    if (h > 0) {
                        return h;
                    }
                }
                return single(LT, i);
            }
            case '>' -> {
                return at(i + 1) == '=' ? pair(GE, i) : single(GT, i);
            }
            case '&' -> {
                if (at(i + 1) == '&') {
                    return pair(AND, i);
                }
                error(
                        i,
                        "Unsupported operator",
                        "Bitwise operators are not supported. Did you mean boolean AND (\"&&\")?");
                return single(INVALID, i);
            }
            case '|' -> {
                if (at(i + 1) == '|') {
                    return pair(OR, i);
                }
                error(
                        i,
                        "Unsupported operator",
                        "Bitwise operators are not supported. Did you mean boolean OR (\"||\")?");
                return single(INVALID, i);
            }
            case ':' -> {
                return at(i + 1) == ':' ? pair(DCOLON, i) : single(COLON, i);
            }
            case '"' -> {
                add(OQUOTE, i, i + 1);
                push(CTX_QUOTED);
                return i + 1;
            }
            case '\'' -> {
                error(
                        i,
                        "Invalid character",
                        "Single quotes are not valid. Use double quotes (\") to enclose strings.");
                return single(INVALID, i);
            }
            case ';' -> {
                error(
                        i,
                        "Invalid character",
                        "The \";\" character is not valid. Use newlines to separate arguments "
                                + "and blocks, and commas to separate items in collection values.");
                return single(INVALID, i);
            }
            case '`' -> {
                error(
                        i,
                        "Invalid character",
                        "The \"`\" character is not valid. To create a multi-line string, use "
                                + "the \"heredoc\" syntax, like \"<<EOT\".");
                return single(INVALID, i);
            }
            default -> {
                if (c >= '0' && c <= '9') {
                    return number(i);
                }
                int n = identEnd(i);
                if (n > i) {
                    add(IDENT, i, n);
                    return n;
                }
                return invalidChar(i);
            }
        }
    }

    private int single(int t, int i) {
        add(t, i, i + 1);
        return i + 1;
    }

    private int pair(int t, int i) {
        add(t, i, i + 2);
        return i + 2;
    }

    /**
     * A character outside the language (or a byte that is not UTF-8): a diagnostic and an invalid
     * token.
     */
    private int invalidChar(int i) {
        int cp = Utf8.decode(src, i, limit);
        if (cp < 0) {
            error(
                    i,
                    "Invalid character encoding",
                    "All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.");
            add(INVALID, i, i + 1);
            return i + 1;
        }
        int n = Utf8.length(cp);
        error(i, "Invalid character", "This character is not used within the language.");
        add(INVALID, i, i + n);
        return i + n;
    }

    /** End of the identifier starting at {@code i}, or {@code i} when none starts there. */
    /**
     * End of the identifier starting at {@code i}, or {@code i} when none starts there. Identifiers
     * are Unicode letters, digits, underscores and dashes ({@code web-1} is one name, so {@code
     * a-b} needs spaces to subtract).
     */
    private int identEnd(int i) {
        int j = i;
        boolean first = true;
        while (j < limit) {
            int c = src[j];
            int n = 1;
            boolean ok;
            if (c >= 0) {
                ok =
                        c >= 'a' && c <= 'z'
                                || c >= 'A' && c <= 'Z'
                                || c == '_'
                                || !first && (c >= '0' && c <= '9' || c == '-');
            } else {
                int cp = Utf8.decode(src, j, limit);
                if (cp < 0) {
                    break;
                }
                n = Utf8.length(cp);
                ok = first ? idStart(cp) : idContinue(cp);
            }
            if (!ok) {
                break;
            }
            j += n;
            first = false;
        }
        return j;
    }

    private static boolean idStart(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.LETTER_NUMBER;
    }

    private static boolean idContinue(int cp) {
        if (idStart(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK
                || t == Character.COMBINING_SPACING_MARK
                || t == Character.DECIMAL_DIGIT_NUMBER
                || t == Character.CONNECTOR_PUNCTUATION;
    }

    /**
     * A number token. Like the reference scanner it takes digits, dots and exponents greedily (so
     * that {@code 10.1.2.3} is one bad literal rather than a surprising traversal), but never ends
     * on a dot, which keeps {@code a.0.id} a legacy index.
     */
    private int number(int i) {
        int j = i + 1;
        int good = j;
        while (j < limit) {
            int c = src[j];
            if (c >= '0' && c <= '9') {
                j++;
                good = j;
            } else if (c == '.') {
                j++;
            } else if (c == 'e' || c == 'E') {
                int k = j + 1;
                if (at(k) == '+' || at(k) == '-') {
                    k++;
                }
                if (at(k) >= '0' && at(k) <= '9') {
                    j = k + 1;
                    good = j;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        add(NUMBER, i, good);
        return good;
    }

    /**
     * A {@code #} or {@code //} comment up to, not including, the line break, which stays
     * significant.
     */
    private int lineComment(int i) {
        int j = i;
        while (j < limit && src[j] != '\n') {
            if (src[j] < 0) {
                j = checkedChar(j);
            } else {
                j++;
            }
        }
        int to = j > i && src[j - 1] == '\r' ? j - 1 : j;
        comments.add(new int[] {i, to});
        return j;
    }

    /** A {@code /*} comment; it does not end the line even when it spans several. */
    private int blockComment(int i) {
        int j = i + 2;
        while (j < limit) {
            if (src[j] == '*' && at(j + 1) == '/') {
                comments.add(new int[] {i, j + 2});
                return j + 2;
            }
            j = src[j] < 0 ? checkedChar(j) : j + 1;
        }
        error(
                i,
                "Unterminated comment",
                "There is no closing \"*/\" for this comment before the end of the file.");
        comments.add(new int[] {i, limit});
        return limit;
    }

    /** Steps over one non-ASCII character, reporting it when it is not UTF-8. */
    private int checkedChar(int j) {
        int cp = Utf8.decode(src, j, limit);
        if (cp < 0) {
            error(
                    j,
                    "Invalid character encoding",
                    "All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.");
            return j + 1;
        }
        return j + Utf8.length(cp);
    }

    /**
     * A heredoc opener {@code <<ID} or {@code <<-ID} followed by a line break, or 0 when there is
     * none.
     */
    private int heredocOpen(int i) {
        int j = i + 2;
        if (at(j) == '-') {
            j++;
        }
        int idEnd = identEnd(j);
        if (idEnd == j) {
            return 0;
        }
        int k = idEnd;
        if (at(k) == '\r' && at(k + 1) == '\n') {
            k += 2;
        } else if (at(k) == '\n') {
            k++;
        } else {
            return 0;
        }
        add(OHEREDOC, i, k);
        push(CTX_HEREDOC);
        markerStart[sp] = j;
        markerLen[sp] = idEnd - j;
        atLineStart[sp] = true;
        return k;
    }

    /**
     * One token inside a quoted string. A line break ends the string with an error, as in the
     * reference, which keeps a missing quote from swallowing the rest of the file.
     */
    private int quoted(int i) {
        int c = src[i];
        if (c == '"') {
            add(CQUOTE, i, i + 1);
            pop();
            return i + 1;
        }
        if (c == '\n' || c == '\r' && at(i + 1) == '\n') {
            // A quoted string ends at the line; the newline itself is scanned again as a newline
            // token.
            error(
                    i,
                    "Invalid multi-line string",
                    "Quoted strings may not be split over multiple lines. To produce a "
                            + "multi-line string, either use the \\n escape to represent a newline character or use the "
                            + "\"heredoc\" multi-line template syntax.");
            pop();
            return i;
        }
        int seq = sequenceStart(i);
        if (seq > 0) {
            return seq;
        }
        int j = i;
        while (j < limit) {
            c = src[j];
            if (c == '"' || c == '\n' || c == '\r' && at(j + 1) == '\n') {
                break;
            }
            if (c == '\\') {
                int d = at(j + 1);
                j += d >= 0 && d != '\n' && d != '\r' ? 2 : 1;
                continue;
            }
            if ((c == '$' || c == '%') && at(j + 1) == '{') {
                break;
            }
            if ((c == '$' || c == '%') && at(j + 1) == c && at(j + 2) == '{') {
                j += 3;
                continue;
            }
            j = c < 0 ? checkedChar(j) : j + 1;
        }
        add(QLIT, i, j);
        return j;
    }

    /**
     * Opens an interpolation or directive at {@code i} when one starts there; returns its end, or
     * 0.
     */
    private int sequenceStart(int i) {
        int c = src[i];
        if ((c == '$' || c == '%') && at(i + 1) == '{') {
            int to = at(i + 2) == '~' ? i + 3 : i + 2;
            add(c == '$' ? INTERP : CONTROL, i, to);
            push(CTX_INTERP);
            return to;
        }
        return 0;
    }

    /**
     * One token inside a heredoc. Only at the start of a line can the end marker appear, optionally
     * indented and followed by blanks.
     */
    private int heredoc(int i) {
        if (atLineStart[sp]) {
            int j = i;
            while (j < limit && (src[j] == ' ' || src[j] == '\t')) {
                j++;
            }
            int ms = markerStart[sp];
            int ml = markerLen[sp];
            if (j + ml <= limit && java.util.Arrays.equals(src, j, j + ml, src, ms, ms + ml)) {
                int k = j + ml;
                int after = k;
                // Blanks may follow the end marker on its line.
                while (after < limit && (src[after] == ' ' || src[after] == '\t')) {
                    after++;
                }
                if (after == limit
                        || src[after] == '\n'
                        || src[after] == '\r' && at(after + 1) == '\n') {
                    add(CHEREDOC, i, after);
                    pop();
                    return after;
                }
            }
            atLineStart[sp] = false;
        }
        int seq = sequenceStart(i);
        if (seq > 0) {
            return seq;
        }
        return templateChunk(i, true);
    }

    /** One token of a bare template (a JSON string's content). */
    private int template(int i) {
        int seq = sequenceStart(i);
        if (seq > 0) {
            return seq;
        }
        return templateChunk(i, false);
    }

    /**
     * Literal text of a heredoc or bare template up to the next sequence; in a heredoc a chunk
     * stops after each line break, so that the end marker and {@code <<-} indentation can be
     * checked line by line.
     */
    private int templateChunk(int i, boolean heredoc) {
        int j = i;
        while (j < limit) {
            int c = src[j];
            if (c == '\n' && heredoc) {
                j++;
                atLineStart[sp] = true;
                break;
            }
            if ((c == '$' || c == '%') && at(j + 1) == '{') {
                break;
            }
            if ((c == '$' || c == '%') && at(j + 1) == c && at(j + 2) == '{') {
                j += 3;
                continue;
            }
            j = c < 0 ? checkedChar(j) : j + 1;
        }
        add(SLIT, i, j);
        return j;
    }
}
