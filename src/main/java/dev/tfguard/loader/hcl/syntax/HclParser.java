package dev.tfguard.loader.hcl.syntax;

import static dev.tfguard.loader.hcl.syntax.Lexer.*;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses HCL native syntax ({@code .tf}, {@code .tfvars}) into a {@link ConfigFile}, following the
 * HCL native syntax specification and the reference implementation's behaviour on real files.
 *
 * <p>The parser reads only the bytes it is given: no file, network or output. It never throws on
 * bad input; errors become {@link Diagnostic}s, lexical ones first, and parsing resumes after a
 * broken body item so that later errors are found too. Work is linear in the input's size, and
 * nesting deeper than {@link #MAX_DEPTH} levels ends the parse with a diagnostic instead of
 * exhausting the stack.
 */
public final class HclParser {

    /**
     * Deepest nesting of blocks and expressions accepted. Real configurations stay below a few
     * dozen levels.
     */
    public static final int MAX_DEPTH = 1000;

    private static final int MAX_DIAGNOSTICS = 100;

    /** Bracket nesting up to which the caller's own stack is certainly enough. */
    private static final int SHALLOW = 64;

    /**
     * Stack for the deep-input thread: about 1 KB per nesting level is used, this leaves a wide
     * margin.
     */
    private static final long DEEP_STACK_BYTES = 64L << 20;

    private final String path;
    private final byte[] src;
    private final LineMap lines;

    /** Where the file's text starts: after a byte-order mark, if any. */
    private int origin;

    private final int[] t;
    private final int[] s;
    private final int[] e;
    private final List<Diagnostic> diags = new ArrayList<>();
    private int p;
    private boolean[] nl = new boolean[64];
    private int nlTop;
    private int depth;

    /**
     * Set after an error inside a body item: further errors there would only echo the first one.
     */
    private boolean recovering;

    private HclParser(String path, byte[] src, Lexer lx, LineMap lines) {
        this.path = path;
        this.src = src;
        this.lines = lines;
        this.t = lx.type;
        this.s = lx.start;
        this.e = lx.end;
        this.nl[0] = true;
        for (Lexer.Error err : lx.errors) {
            addDiag(err.offset(), err.summary(), err.detail());
        }
    }

    /**
     * Parses one file's bytes; {@code path} is used in diagnostics only. Never throws for bad
     * input.
     */
    public static ConfigFile parse(String path, byte[] bytes) {
        int origin =
                bytes.length >= 3
                                && (bytes[0] & 0xFF) == 0xEF
                                && (bytes[1] & 0xFF) == 0xBB
                                && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        Lexer lx = Lexer.config(bytes, origin);
        if (lx.maxNesting <= SHALLOW) {
            return parse(path, bytes, lx, origin);
        }
        // Deeply bracketed input: parse on a thread whose stack is sized for MAX_DEPTH levels,
        // whatever the
        // caller's thread allows, so that the depth check and not the stack decides where parsing
        // stops.
        ConfigFile[] result = new ConfigFile[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread worker =
                new Thread(
                        null,
                        () -> {
                            try {
                                result[0] = parse(path, bytes, lx, origin);
                            } catch (RuntimeException ex) {
                                failure[0] = ex;
                            }
                        },
                        "tfguard-hcl-parser",
                        DEEP_STACK_BYTES);
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException ex) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }

    private static ConfigFile parse(String path, byte[] bytes, Lexer lx, int origin) {
        LineMap lines = new LineMap(bytes, origin);
        HclParser parser = new HclParser(path, bytes, lx, lines);
        parser.origin = origin;
        Body body;
        try {
            body = parser.parseBody(-1, null);
        } catch (TooDeep deep) {
            parser.diags.add(
                    new Diagnostic(
                            path,
                            deep.pos.line(),
                            deep.pos.column(),
                            "Nesting too deep",
                            "Blocks and expressions are nested more than "
                                    + MAX_DEPTH
                                    + " levels deep here; tfguard stops "
                                    + "reading the file at this point."));
            body = new Body(List.of(), parser.range(origin, bytes.length));
        }
        List<Comment> comments = new ArrayList<>(lx.comments.size());
        for (int[] c : lx.comments) {
            comments.add(
                    new Comment(
                            new String(bytes, c[0], c[1] - c[0], StandardCharsets.UTF_8),
                            parser.range(c[0], c[1])));
        }
        return new ConfigFile(path, body, comments, parser.diags);
    }

    /**
     * Parses a whole text as a template, as Terraform's {@code templatefile} and {@code
     * templatestring} read theirs: literal text with {@code ${...}} interpolations and {@code
     * %{...}} directives, no quotes and no backslash escapes. Diagnostics go to {@code out}.
     */
    public static Expr parseTemplate(String path, byte[] src, List<Diagnostic> out) {
        return parseTemplate(path, src, 0, src.length, new LineMap(src, 0), out);
    }

    /**
     * Parses {@code src[from, to)} as a bare template (no quotes, no backslash escapes), as the
     * content of a string in a {@code .tf.json} file is read; {@code lines} maps offsets to
     * positions. Diagnostics go to {@code out}.
     */
    static Expr parseTemplate(
            String path, byte[] src, int from, int to, LineMap lines, List<Diagnostic> out) {
        Lexer lx = Lexer.template(src, from, to);
        HclParser parser = new HclParser(path, src, lx, lines);
        Expr result;
        try {
            List<Expr> parts = parser.templateParts(EOF, false, -1);
            result = new Expr.Template(parts, false, parser.span(from, to));
        } catch (TooDeep deep) {
            parser.diags.add(
                    new Diagnostic(
                            path,
                            deep.pos.line(),
                            deep.pos.column(),
                            "Nesting too deep",
                            "Expressions are nested more than "
                                    + MAX_DEPTH
                                    + " levels deep here."));
            result = new Expr.Invalid(parser.span(from, to));
        }
        out.addAll(parser.diags);
        return result;
    }

    // ---- positions and diagnostics

    /** The range between two byte offsets. */
    private Range range(int from, int to) {
        return new Range(lines, from, to);
    }

    /** A span over the file's bytes between two offsets. */
    private Span span(int from, int to) {
        return new Span(lines, from, to);
    }

    /** The span from the start of {@code first} to the end of {@code last}. */
    private Span span(Expr first, Expr last) {
        return new Span(lines, startOf(first), endOf(last));
    }

    private static int startOf(Expr x) {
        return x.span().startOffset();
    }

    private static int endOf(Expr x) {
        return x.span().endOffset();
    }

    /** The source text of token {@code k}. */
    private String text(int k) {
        return new String(src, s[k], e[k] - s[k], StandardCharsets.UTF_8);
    }

    /**
     * The text of an identifier token. Files repeat the same few names (attribute names, block
     * types, {@code var}, {@code each}) thousands of times over a large tree: one shared copy of
     * each keeps the parsed trees small.
     */
    private String name(int k) {
        return text(k).intern();
    }

    /**
     * Reports a syntax error unless one is already being recovered from: the reference reports one
     * error per broken construct, and the echoes a cascade would add only hide the real cause.
     */
    private void error(int offset, String summary, String detail) {
        if (recovering) {
            return;
        }
        recovering = true;
        addDiag(offset, summary, detail);
    }

    /**
     * Records a diagnostic; past {@link #MAX_DIAGNOSTICS} a broken file gains nothing from more of
     * them.
     */
    private void addDiag(int offset, String summary, String detail) {
        if (diags.size() < MAX_DIAGNOSTICS) {
            Pos pos = lines.pos(offset);
            diags.add(new Diagnostic(path, pos.line(), pos.column(), summary, detail));
        }
    }

    /** Thrown when nesting passes {@link #MAX_DEPTH}; caught once at the top. */
    private static final class TooDeep extends RuntimeException {
        final Pos pos;

        TooDeep(Pos pos) {
            super(null, null, false, false);
            this.pos = pos;
        }
    }

    /** Counts one more level of nesting and stops the parse past {@link #MAX_DEPTH}. */
    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new TooDeep(lines.pos(s[Math.min(p, t.length - 1)]));
        }
    }

    // ---- token access; newline tokens are skipped unless the innermost context makes them
    // significant

    /**
     * Enters a context where line breaks are ({@code true}: bodies, object constructors) or are not
     * ({@code false}: parentheses, brackets, interpolations, for expressions) significant, as the
     * specification defines.
     */
    private void pushNl(boolean include) {
        if (++nlTop == nl.length) {
            nl = java.util.Arrays.copyOf(nl, nl.length * 2);
        }
        nl[nlTop] = include;
    }

    private void popNl() {
        nlTop--;
    }

    /**
     * The index of the next token that matters in the current context (line breaks skipped where
     * insignificant).
     */
    private int peekIdx() {
        int k = p;
        if (!nl[nlTop]) {
            while (t[k] == NEWLINE) {
                k++;
            }
        }
        return k;
    }

    private int peek() {
        return t[peekIdx()];
    }

    /**
     * Consumes the next significant token and returns its index; the end of the file is never
     * consumed.
     */
    private int next() {
        int k = peekIdx();
        p = t[k] == EOF ? k : k + 1;
        return k;
    }

    /**
     * True when token {@code k} is the identifier {@code word} ({@code for}, {@code in}, {@code
     * if}...).
     */
    private boolean isKeyword(int k, String word) {
        if (t[k] != IDENT || e[k] - s[k] != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (src[s[k] + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The token type that {@code close} closes. */
    private static int opener(int close) {
        return switch (close) {
            case RBRACE -> LBRACE;
            case RBRACK -> LBRACK;
            case RPAREN -> LPAREN;
            case CQUOTE -> OQUOTE;
            case CHEREDOC -> OHEREDOC;
            default -> -1;
        };
    }

    /**
     * Skips to the token closing the construct being read ({@code close} at nesting zero); returns
     * its index.
     */
    private int recoverTo(int close) {
        int open = opener(close);
        int nest = 0;
        while (true) {
            int k = p;
            int ty = t[k];
            if (ty == EOF) {
                return k;
            }
            p++;
            if (ty == open) {
                nest++;
            } else if (ty == close) {
                if (nest == 0) {
                    return k;
                }
                nest--;
            }
        }
    }

    /**
     * Skips the rest of a broken body item: up to and including the next newline outside brackets,
     * or up to (not including) a closing brace that ends the enclosing body.
     */
    private void recoverAfterBodyItem() {
        int nest = 0;
        while (true) {
            int ty = t[p];
            if (ty == EOF) {
                break;
            }
            if (nest == 0 && ty == RBRACE) {
                break;
            }
            p++;
            if (ty == NEWLINE && nest == 0) {
                break;
            }
            switch (ty) {
                case LBRACE, LBRACK, LPAREN, OQUOTE, OHEREDOC, INTERP, CONTROL -> nest++;
                case RBRACE, RBRACK, RPAREN, CQUOTE, CHEREDOC, SEQ_END ->
                        nest = Math.max(0, nest - 1);
                default -> {}
            }
        }
        recovering = false;
    }

    // ---- bodies

    /**
     * A body up to EOF ({@code openTok} &lt; 0) or up to the brace closing the block opened at
     * {@code openTok}, whose header ({@code resource "a" "b"}) names the block in an unclosed-block
     * error.
     */
    private Body parseBody(int openTok, String header) {
        enter();
        List<BodyItem> items = new ArrayList<>();
        Map<String, Attribute> seen = new HashMap<>();
        int from = openTok < 0 ? origin : s[openTok];
        while (true) {
            int k = p;
            int ty = t[k];
            if (ty == NEWLINE) {
                p++;
                continue;
            }
            if (ty == EOF) {
                if (openTok >= 0) {
                    recovering = false;
                    error(s[openTok], "Unclosed configuration block", unclosed(header, s[openTok]));
                    recovering = false;
                }
                break;
            }
            if (ty == RBRACE && openTok >= 0) {
                break;
            }
            if (ty == IDENT) {
                BodyItem item = parseBodyItem();
                if (item instanceof Attribute a) {
                    Attribute before = seen.putIfAbsent(a.name(), a);
                    if (before != null) {
                        recovering = false;
                        error(
                                a.nameRange().start().byteOffset(),
                                "Attribute redefined",
                                "The argument \""
                                        + a.name()
                                        + "\" was already set at "
                                        + rangeText(before.nameRange())
                                        + ". Each argument may be "
                                        + "set only once.");
                        recovering = false;
                        continue;
                    }
                }
                if (item != null) {
                    items.add(item);
                }
            } else {
                error(
                        s[k],
                        "Argument or block definition required",
                        ty == OQUOTE
                                ? "An argument or block definition is required here. To set an argument, use the equals "
                                        + "sign \"=\" to introduce the argument value."
                                : "An argument or block definition is required here.");
                if (t[p] == RBRACE) {
                    p++;
                }
                recoverAfterBodyItem();
            }
        }
        depth--;
        int to = openTok < 0 ? src.length : (t[p] == RBRACE ? e[p] : s[p]);
        return new Body(items, range(openTok < 0 ? from : s[openTok], to));
    }

    private String header(int typeTok, List<String> labels) {
        StringBuilder sb = new StringBuilder(text(typeTok));
        for (String l : labels) {
            sb.append(" \"").append(l).append('"');
        }
        return sb.toString();
    }

    /**
     * Names the block and where it opened, since the error is found only at the end of the file.
     */
    private String unclosed(String header, int openOffset) {
        return "The block "
                + header
                + " opened at "
                + lines.pos(openOffset)
                + " has no closing brace before the "
                + "end of the file. This may be caused by incorrect brace nesting elsewhere in this file.";
    }

    /**
     * A range written as the reference writes it in "already set at" details: {@code
     * file:line,col-col}.
     */
    private String rangeText(Range r) {
        String end =
                r.start().line() == r.end().line()
                        ? String.valueOf(r.end().column())
                        : r.end().line() + "," + r.end().column();
        return path + ":" + r.start().line() + "," + r.start().column() + "-" + end;
    }

    /**
     * An attribute or a block, from its leading identifier; null after an error (the rest of the
     * item is skipped).
     */
    private BodyItem parseBodyItem() {
        int nameTok = p++;
        int k = p;
        int ty = t[k];
        if (ty == ASSIGN) {
            return finishAttribute(nameTok, false);
        }
        if (ty == IDENT || ty == OQUOTE || ty == LBRACE) {
            return finishBlock(nameTok);
        }
        error(
                s[nameTok],
                "Argument or block definition required",
                "An argument or block definition is required "
                        + "here. To set an argument, use the equals sign \"=\" to introduce the argument value.");
        recoverAfterBodyItem();
        return null;
    }

    /**
     * The rest of {@code name = expr}. A body attribute must end its line; inside a one-line block
     * the closing brace may follow, and the block checks that.
     */
    private Attribute finishAttribute(int nameTok, boolean oneLine) {
        p++; // the equals sign
        Expr value = parseExpression();
        Attribute attr =
                new Attribute(
                        name(nameTok),
                        value,
                        range(s[nameTok], endOf(value)),
                        range(s[nameTok], e[nameTok]));
        if (oneLine) {
            return attr;
        }
        int k = p;
        int ty = t[k];
        if (ty == NEWLINE || ty == EOF) {
            // The item ends here, whatever went wrong inside it.
            p = ty == NEWLINE ? k + 1 : k;
            recovering = false;
        } else {
            error(
                    s[k],
                    "Missing newline after argument",
                    "An argument definition must end with a newline.");
            recoverAfterBodyItem();
        }
        return attr;
    }

    /**
     * The rest of a block after its type: labels, then either a body on the following lines or, on
     * the same line, nothing or a single attribute ({@code a { b = 1 }}), which is all the
     * specification allows there.
     */
    private Block finishBlock(int typeTok) {
        List<String> labels = new ArrayList<>();
        List<Range> labelRanges = new ArrayList<>();
        while (true) {
            int k = p;
            int ty = t[k];
            if (ty == IDENT) {
                labels.add(name(k));
                labelRanges.add(range(s[k], e[k]));
                p++;
            } else if (ty == OQUOTE) {
                String label = quotedLabel();
                labels.add(label == null ? "" : label);
                labelRanges.add(range(s[k], e[p - 1]));
                if (label == null) {
                    recoverAfterBodyItem();
                    return null;
                }
            } else if (ty == LBRACE) {
                break;
            } else {
                String detail =
                        switch (ty) {
                            case ASSIGN ->
                                    "The equals sign \"=\" indicates an argument definition, and must not be used when "
                                            + "defining a block.";
                            case NEWLINE ->
                                    "A block definition must have block content delimited by \"{\" and \"}\", "
                                            + "starting on the same line as the block header.";
                            default ->
                                    "Either a quoted string block label or an opening brace (\"{\") is expected here.";
                        };
                error(s[k], "Invalid block definition", detail);
                recoverAfterBodyItem();
                return null;
            }
        }
        int open = p++;
        Body body;
        int close;
        if (t[p] == NEWLINE) {
            p++;
            body = parseBody(open, header(typeTok, labels));
            if (t[p] == RBRACE) {
                close = p++;
            } else {
                // unclosed: reported by parseBody; the block runs to the end of the file
                Range all = range(s[typeTok], s[p]);
                return new Block(
                        name(typeTok),
                        labels,
                        body,
                        all,
                        range(s[typeTok], e[typeTok]),
                        labelRanges,
                        range(s[open], e[open]),
                        null);
            }
        } else {
            List<BodyItem> items = new ArrayList<>();
            int k = p;
            if (t[k] == IDENT && t[k + 1] == ASSIGN) {
                p++;
                items.add(finishAttribute(k, true));
            } else if (t[k] == IDENT) {
                error(
                        s[k],
                        "Invalid single-argument block definition",
                        "A single-line block definition cannot contain another block definition.");
            } else if (t[k] != RBRACE) {
                error(
                        s[k],
                        "Argument or block definition required",
                        "An argument or block definition is required here.");
            }
            k = p;
            if (t[k] != RBRACE) {
                if (t[k] == IDENT || t[k] == NEWLINE) {
                    error(
                            s[k],
                            "Invalid single-argument block definition",
                            "A single-line block definition must "
                                    + "end with a closing brace immediately after its single argument definition.");
                }
                if (t[k] == EOF) {
                    error(
                            s[open],
                            "Unclosed configuration block",
                            unclosed(header(typeTok, labels), s[open]));
                }
                recoverTo(RBRACE);
                if (t[p - 1] != RBRACE || p - 1 <= open) {
                    return new Block(
                            name(typeTok),
                            labels,
                            new Body(items, range(s[open], s[p])),
                            range(s[typeTok], s[p]),
                            range(s[typeTok], e[typeTok]),
                            labelRanges,
                            range(s[open], e[open]),
                            null);
                }
                close = p - 1;
            } else {
                close = p++;
            }
            body = new Body(items, range(s[open], e[close]));
        }
        int k = p;
        if (t[k] == NEWLINE || t[k] == EOF) {
            p = t[k] == NEWLINE ? k + 1 : k;
            recovering = false;
        } else {
            error(
                    s[k],
                    "Missing newline after block definition",
                    "A block definition must end with a newline.");
            recoverAfterBodyItem();
        }
        return new Block(
                name(typeTok),
                labels,
                body,
                range(s[typeTok], e[close]),
                range(s[typeTok], e[typeTok]),
                labelRanges,
                range(s[open], e[open]),
                range(s[close], e[close]));
    }

    /**
     * A quoted block label; null (with a diagnostic) when it holds interpolation or is
     * unterminated.
     */
    private String quotedLabel() {
        int open = p++;
        StringBuilder sb = new StringBuilder();
        while (t[p] == QLIT) {
            unescapeQuoted(p, sb);
            p++;
        }
        if (t[p] == CQUOTE) {
            p++;
            return sb.toString();
        }
        if (t[p] == INTERP || t[p] == CONTROL) {
            error(
                    s[p],
                    "Invalid string literal",
                    "Template sequences are not allowed in this string. To include a "
                            + "literal \""
                            + (char) src[s[p]]
                            + "\", double it (as \""
                            + (char) src[s[p]]
                            + (char) src[s[p]]
                            + "\") to escape it.");
            skipQuoted();
        } else {
            error(
                    s[open],
                    "Unterminated template string",
                    "No closing marker was found for the string.");
        }
        return null;
    }

    /** Skips to the end of the quoted string being read, nested strings included. */
    private void skipQuoted() {
        int nest = 0;
        while (t[p] != EOF) {
            int ty = t[p++];
            if (ty == OQUOTE) {
                nest++;
            } else if (ty == CQUOTE) {
                if (nest == 0) {
                    return;
                }
                nest--;
            }
        }
    }

    // ---- expressions

    /** A full expression: conditional, operators, terms. */
    private Expr parseExpression() {
        enter();
        try {
            return parseTernary();
        } finally {
            depth--;
        }
    }

    /**
     * {@code cond ? a : b}; both branches are full expressions, so nested conditionals associate to
     * the right.
     */
    private Expr parseTernary() {
        Expr cond = parseBinary(1);
        if (peek() != QUESTION) {
            return cond;
        }
        next();
        Expr then = parseExpression();
        int k = peekIdx();
        if (t[k] != COLON) {
            error(
                    s[k],
                    "Missing false expression in conditional",
                    "The conditional operator (...?...:...) requires a false expression, delimited by a colon.");
            Expr hole = new Expr.Invalid(span(s[k], s[k]));
            return new Expr.Conditional(cond, then, hole, span(cond, then));
        }
        next();
        Expr otherwise = parseExpression();
        return new Expr.Conditional(cond, then, otherwise, span(cond, otherwise));
    }

    /**
     * Binary operator precedence from the specification, higher binds tighter; 0 for a token that
     * is not one.
     */
    private static int level(int ty) {
        return switch (ty) {
            case OR -> 1;
            case AND -> 2;
            case EQ, NE -> 3;
            case LT, LE, GT, GE -> 4;
            case PLUS, MINUS -> 5;
            case STAR, SLASH, PERCENT -> 6;
            default -> 0;
        };
    }

    /** The operator a binary operator token stands for. */
    private static Expr.Operator binaryOp(int ty) {
        return switch (ty) {
            case OR -> Expr.Operator.OR;
            case AND -> Expr.Operator.AND;
            case EQ -> Expr.Operator.EQUAL;
            case NE -> Expr.Operator.NOT_EQUAL;
            case LT -> Expr.Operator.LESS;
            case LE -> Expr.Operator.LESS_OR_EQUAL;
            case GT -> Expr.Operator.GREATER;
            case GE -> Expr.Operator.GREATER_OR_EQUAL;
            case PLUS -> Expr.Operator.ADD;
            case MINUS -> Expr.Operator.SUBTRACT;
            case STAR -> Expr.Operator.MULTIPLY;
            case SLASH -> Expr.Operator.DIVIDE;
            default -> Expr.Operator.MODULO;
        };
    }

    /**
     * Precedence climbing: operators of one level associate to the left without recursing per
     * operand.
     */
    private Expr parseBinary(int minLevel) {
        Expr left = parseUnary();
        // Each operator of a chain nests the tree one level deeper on its left: it counts toward
        // the limit.
        int chain = 0;
        while (true) {
            int ty = peek();
            int lvl = level(ty);
            if (lvl == 0 || lvl < minLevel) {
                depth -= chain;
                return left;
            }
            next();
            Expr right = lvl == 6 ? parseUnary() : parseBinary(lvl + 1);
            left = new Expr.BinaryOp(binaryOp(ty), left, right, span(left, right));
            enter();
            chain++;
        }
    }

    /**
     * {@code -x} and {@code !x} bind tighter than any binary operator but looser than traversals:
     * {@code -a.b} negates {@code a.b}.
     */
    private Expr parseUnary() {
        int k = peekIdx();
        if (t[k] == MINUS || t[k] == BANG) {
            next();
            enter();
            Expr operand = parseUnary();
            depth--;
            return new Expr.UnaryOp(
                    t[k] == MINUS ? Expr.Operator.NEGATE : Expr.Operator.NOT,
                    operand,
                    span(s[k], endOf(operand)));
        }
        return parseTraversals(parseTerm());
    }

    /**
     * A term: literal, name, call, string, heredoc, tuple, object, {@code for} or parenthesised
     * expression. On a token that cannot start one, reports "Invalid expression" and consumes
     * nothing, so the caller decides how to resume.
     */
    private Expr parseTerm() {
        int k = peekIdx();
        switch (t[k]) {
            case LPAREN -> {
                next();
                pushNl(false);
                Expr inner = parseExpression();
                int c = peekIdx();
                int end;
                if (t[c] != RPAREN) {
                    error(
                            s[c],
                            "Unbalanced parentheses",
                            "Expected a closing parenthesis to terminate the expression.");
                    int r = recoverTo(RPAREN);
                    end = t[r] == RPAREN ? e[r] : s[r];
                } else {
                    next();
                    end = e[c];
                }
                popNl();
                return new Expr.Paren(inner, span(s[k], end));
            }
            case NUMBER -> {
                next();
                BigDecimal value = number(text(k));
                if (value == null) {
                    error(
                            s[k],
                            "Invalid number literal",
                            "Failed to recognize the value of this number literal.");
                }
                return new Expr.Literal(value, span(s[k], e[k]));
            }
            case IDENT -> {
                next();
                int after = peekIdx();
                if (t[after] == LPAREN || t[after] == DCOLON) {
                    return parseCall(k);
                }
                String name = name(k);
                Span sp = span(s[k], e[k]);
                switch (name) {
                    case "true" -> {
                        return new Expr.Literal(Boolean.TRUE, sp);
                    }
                    case "false" -> {
                        return new Expr.Literal(Boolean.FALSE, sp);
                    }
                    case "null" -> {
                        return new Expr.Literal(null, sp);
                    }
                    default -> {
                        return new Expr.ScopeTraversal(
                                new Traversal(name, List.of(), sp.range()), sp);
                    }
                }
            }
            case OQUOTE -> {
                return parseQuoted();
            }
            case OHEREDOC -> {
                return parseHeredoc();
            }
            case LBRACK -> {
                return parseTuple();
            }
            case LBRACE -> {
                return parseObject();
            }
            default -> {
                error(
                        s[k],
                        "Invalid expression",
                        "Expected the start of an expression, but found an invalid "
                                + "expression token.");
                return new Expr.Invalid(span(s[k], s[k]));
            }
        }
    }

    /** The value of a number literal, or null when it is not one (such as {@code 10.1.2.3}). */
    static BigDecimal number(String text) {
        int i = 0;
        int n = text.length();
        int digits = 0;
        while (i < n && Character.isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return null;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            int frac = 0;
            while (i < n && Character.isDigit(text.charAt(i))) {
                i++;
                frac++;
            }
            if (frac == 0) {
                return null;
            }
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && Character.isDigit(text.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0 || exp > 9) {
                return null;
            }
        }
        if (i != n) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /**
     * A call {@code name(args)}; {@code ns::name} spellings (provider functions) make up one name.
     */
    private Expr parseCall(int nameTok) {
        StringBuilder name = new StringBuilder(text(nameTok));
        int nameEnd = e[nameTok];
        while (peek() == DCOLON) {
            next();
            int id = peekIdx();
            if (t[id] != IDENT) {
                error(s[id], "Missing function name", "A function name is required after \"::\".");
                return new Expr.Invalid(span(s[nameTok], s[id]));
            }
            next();
            name.append("::").append(text(id));
            nameEnd = e[id];
        }
        int open = peekIdx();
        if (t[open] != LPAREN) {
            error(
                    s[open],
                    "Missing open parenthesis",
                    "A function call must be followed by an argument list in " + "parentheses.");
            return new Expr.Invalid(span(s[nameTok], s[open]));
        }
        next();
        pushNl(false);
        List<Expr> args = new ArrayList<>();
        boolean expand = false;
        int close;
        while (true) {
            int k = peekIdx();
            if (t[k] == RPAREN) {
                close = next();
                break;
            }
            Expr arg = parseExpression();
            args.add(arg);
            k = peekIdx();
            if (t[k] == ELLIPSIS) {
                next();
                expand = true;
                k = peekIdx();
                if (t[k] != RPAREN) {
                    error(
                            s[k],
                            "Missing closing parenthesis",
                            "An expanded function argument (with ...) must be "
                                    + "immediately followed by closing parentheses.");
                    close = recoverTo(RPAREN);
                } else {
                    close = next();
                }
                break;
            }
            if (t[k] == COMMA) {
                next();
                continue;
            }
            if (t[k] == RPAREN) {
                close = next();
                break;
            }
            error(
                    s[k],
                    "Missing argument separator",
                    "A comma is required to separate each function argument from " + "the next.");
            close = recoverTo(RPAREN);
            break;
        }
        popNl();
        int end = t[close] == RPAREN ? e[close] : s[close];
        return new Expr.FunctionCall(
                name.toString(), args, expand, range(s[nameTok], nameEnd), span(s[nameTok], end));
    }

    /**
     * Attribute access, indexing and splats after a term. Literal steps are gathered into one
     * traversal (a {@link Expr.ScopeTraversal} when the term is a plain name), so a long chain
     * costs linear time.
     */
    private Expr parseTraversals(Expr term) {
        Expr cur = term;
        String root = term instanceof Expr.ScopeTraversal st ? st.traversal().root() : null;
        List<Traversal.Step> steps = new ArrayList<>();
        int from = startOf(term);
        int last = endOf(term);
        while (true) {
            int k = peekIdx();
            if (t[k] == DOT) {
                next();
                int n = peekIdx();
                if (t[n] == IDENT) {
                    next();
                    steps.add(new Traversal.Attr(name(n), range(s[n], e[n])));
                    last = e[n];
                } else if (t[n] == NUMBER) {
                    next();
                    steps.add(legacyIndex(n));
                    last = e[n];
                } else if (t[n] == STAR) {
                    next();
                    Expr source = flush(cur, root, steps, from, last);
                    cur = attributeSplat(source, k, n);
                    root = null;
                    steps = new ArrayList<>();
                    last = endOf(cur);
                } else {
                    error(
                            s[n],
                            "Invalid attribute name",
                            "An attribute name is required after a dot.");
                    return flush(cur, root, steps, from, last);
                }
            } else if (t[k] == LBRACK) {
                next();
                pushNl(false);
                int star = peekIdx();
                if (t[star] == STAR) {
                    next();
                    int c = peekIdx();
                    int markEnd;
                    if (t[c] != RBRACK) {
                        error(
                                s[c],
                                "Missing close bracket on splat index",
                                "The star for a full splat operator must "
                                        + "be immediately followed by a closing bracket (\"]\").");
                        int r = recoverTo(RBRACK);
                        markEnd = t[r] == RBRACK ? e[r] : s[r];
                    } else {
                        next();
                        markEnd = e[c];
                    }
                    popNl();
                    Expr source = flush(cur, root, steps, from, last);
                    Expr item = new Expr.SplatItem(span(s[k], markEnd));
                    enter();
                    Expr each = parseTraversals(item);
                    depth--;
                    int end = Math.max(markEnd, endOf(each));
                    return new Expr.Splat(source, each, false, span(from, end));
                }
                Expr key = parseExpression();
                int c = peekIdx();
                int end;
                if (t[c] != RBRACK) {
                    error(
                            s[c],
                            "Missing close bracket on index",
                            "The index operator must end with a closing " + "bracket (\"]\").");
                    int r = recoverTo(RBRACK);
                    end = t[r] == RBRACK ? e[r] : s[r];
                } else {
                    next();
                    end = e[c];
                }
                popNl();
                Range brackets = range(s[k], end);
                if (key instanceof Expr.Literal lit) {
                    steps.add(new Traversal.Index(lit.value(), brackets));
                    last = end;
                } else if (key instanceof Expr.Template tpl && tpl.isStringLiteral()) {
                    steps.add(new Traversal.Index(tpl.literalValue(), brackets));
                    last = end;
                } else {
                    Expr source = flush(cur, root, steps, from, last);
                    cur = new Expr.Index(source, key, span(from, end));
                    root = null;
                    steps = new ArrayList<>();
                    last = end;
                }
            } else {
                return flush(cur, root, steps, from, last);
            }
        }
    }

    /**
     * The legacy index {@code a.0}: an index step. The lexer reads {@code a.0.1} as the number
     * {@code 0.1}, which the reference rejects rather than guess.
     */
    private Traversal.Index legacyIndex(int n) {
        String digits = text(n);
        int dot = digits.indexOf('.');
        if (dot >= 0) {
            error(
                    s[n],
                    "Invalid legacy index syntax",
                    "When using the legacy index syntax, chaining two indexes "
                            + "together is not permitted. Use the proper index syntax instead, like ["
                            + digits.substring(0, dot)
                            + "]["
                            + digits.substring(dot + 1)
                            + "].");
            digits = digits.substring(0, dot);
        }
        BigDecimal key = number(digits);
        if (key == null) {
            error(
                    s[n],
                    "Invalid number literal",
                    "Failed to recognize the value of this number literal.");
        }
        return new Traversal.Index(key, range(s[n], e[n]));
    }

    /**
     * Closes the run of literal steps gathered on {@code cur}: a longer scope traversal or a
     * relative one.
     */
    private Expr flush(Expr cur, String root, List<Traversal.Step> steps, int from, int last) {
        if (steps.isEmpty()) {
            return cur;
        }
        Span sp = span(from, last);
        if (root != null) {
            return new Expr.ScopeTraversal(new Traversal(root, steps, sp.range()), sp);
        }
        return new Expr.RelativeTraversal(cur, steps, sp);
    }

    /**
     * {@code source.*.a.b}: only attribute (and legacy index) steps follow an attribute-only splat.
     */
    private Expr attributeSplat(Expr source, int dotTok, int starTok) {
        List<Traversal.Step> each = new ArrayList<>();
        int last = e[starTok];
        int eachFrom = -1;
        while (peek() == DOT) {
            next();
            int n = peekIdx();
            if (t[n] == IDENT) {
                next();
                each.add(new Traversal.Attr(name(n), range(s[n], e[n])));
            } else if (t[n] == NUMBER) {
                next();
                each.add(legacyIndex(n));
            } else {
                if (t[n] == STAR) {
                    error(
                            s[n],
                            "Nested splat expression not allowed",
                            "A splat expression (*) cannot be used inside "
                                    + "another attribute-only splat expression.");
                } else {
                    error(
                            s[n],
                            "Invalid attribute name",
                            "An attribute name is required after a dot.");
                }
                break;
            }
            if (eachFrom < 0) {
                eachFrom = s[n];
            }
            last = e[n];
        }
        Expr item = new Expr.SplatItem(span(s[dotTok], e[starTok]));
        Expr eachExpr =
                each.isEmpty()
                        ? item
                        : new Expr.RelativeTraversal(item, each, span(eachFrom, last));
        return new Expr.Splat(source, eachExpr, true, span(startOf(source), last));
    }

    /** {@code [a, b]} (a trailing comma is allowed) or a list {@code for}. */
    private Expr parseTuple() {
        int open = next();
        pushNl(false);
        try {
            if (isKeyword(peekIdx(), "for")) {
                return parseFor(open, false);
            }
            List<Expr> elements = new ArrayList<>();
            int close;
            while (true) {
                int k = peekIdx();
                if (t[k] == RBRACK) {
                    close = next();
                    break;
                }
                if (t[k] == EOF) {
                    error(
                            s[open],
                            "Unterminated tuple",
                            "There is no closing bracket for this tuple before the end "
                                    + "of the file.");
                    close = k;
                    break;
                }
                Expr el = parseExpression();
                elements.add(el);
                k = peekIdx();
                if (t[k] == COMMA) {
                    next();
                    continue;
                }
                if (t[k] == RBRACK) {
                    close = next();
                    break;
                }
                error(
                        s[k],
                        "Missing item separator",
                        "Expected a comma to mark the beginning of the next item.");
                close = recoverTo(RBRACK);
                break;
            }
            int end = t[close] == RBRACK ? e[close] : s[close];
            return new Expr.Tuple(elements, span(s[open], end));
        } finally {
            popNl();
        }
    }

    /**
     * {@code { k = v, ... }} or an object {@code for}. Items are separated by commas or line
     * breaks; a key is parsed as an expression so that {@code (var.k)}, {@code "${x}"} and {@code
     * var.k} keys all work.
     */
    private Expr parseObject() {
        int open = next();
        pushNl(false);
        boolean isFor = isKeyword(peekIdx(), "for");
        if (isFor) {
            try {
                return parseFor(open, true);
            } finally {
                popNl();
            }
        }
        popNl();
        pushNl(true);
        try {
            List<Expr.ObjectItem> items = new ArrayList<>();
            int close;
            while (true) {
                int k = p;
                if (t[k] == NEWLINE) {
                    p++;
                    continue;
                }
                if (t[k] == RBRACE) {
                    close = p++;
                    break;
                }
                if (t[k] == EOF) {
                    error(
                            s[open],
                            "Unterminated object",
                            "There is no closing brace for this object before the end "
                                    + "of the file.");
                    close = k;
                    break;
                }
                boolean parenthesised = t[k] == LPAREN;
                Expr key = parseExpression();
                if (!parenthesised
                        && key instanceof Expr.ScopeTraversal st
                        && st.traversal().steps().isEmpty()) {
                    // A bare word key is the word itself, not a reference to a variable of that
                    // name.
                    key = new Expr.Literal(st.traversal().root(), st.span());
                }
                k = p;
                if (t[k] != ASSIGN && t[k] != COLON) {
                    error(
                            s[k],
                            "Missing key/value separator",
                            "Expected an equals sign (\"=\") to mark the beginning "
                                    + "of the attribute value.");
                    close = recoverTo(RBRACE);
                    break;
                }
                p++;
                Expr value = parseExpression();
                items.add(new Expr.ObjectItem(key, value));
                k = p;
                if (t[k] == COMMA || t[k] == NEWLINE) {
                    p++;
                    continue;
                }
                if (t[k] == RBRACE) {
                    close = p++;
                    break;
                }
                error(
                        s[k],
                        "Missing attribute separator",
                        "Expected a newline or comma to mark the beginning of the "
                                + "next attribute.");
                close = recoverTo(RBRACE);
                break;
            }
            int end = t[close] == RBRACE ? e[close] : s[close];
            return new Expr.ObjectCons(items, span(s[open], end));
        } finally {
            popNl();
        }
    }

    /**
     * The rest of a {@code for} expression after its opening bracket; newlines are already
     * insignificant.
     */
    private Expr parseFor(int open, boolean object) {
        int closeType = object ? RBRACE : RBRACK;
        next(); // for
        int v1 = peekIdx();
        if (t[v1] != IDENT) {
            return forError(
                    open, v1, closeType, "For expression requires variable name after 'for'.");
        }
        next();
        String keyVar = null;
        String valueVar = text(v1);
        if (peek() == COMMA) {
            next();
            int v2 = peekIdx();
            if (t[v2] != IDENT) {
                return forError(
                        open,
                        v2,
                        closeType,
                        "For expression requires value variable name after comma.");
            }
            next();
            keyVar = valueVar;
            valueVar = text(v2);
        }
        int in = peekIdx();
        if (!isKeyword(in, "in")) {
            return forError(
                    open,
                    in,
                    closeType,
                    "For expression requires the 'in' keyword after its name declarations.");
        }
        next();
        Expr collection = parseExpression();
        int colon = peekIdx();
        if (t[colon] != COLON) {
            return forError(
                    open,
                    colon,
                    closeType,
                    "For expression requires a colon after the collection " + "expression.");
        }
        next();
        Expr keyExpr = null;
        boolean grouping = false;
        if (object) {
            keyExpr = parseExpression();
            int arrow = peekIdx();
            if (t[arrow] != ARROW) {
                return forError(
                        open,
                        arrow,
                        closeType,
                        "For expression requires the key and value to be separated "
                                + "by the '=>' operator.");
            }
            next();
        }
        Expr valueExpr = parseExpression();
        if (object && peek() == ELLIPSIS) {
            next();
            grouping = true;
        }
        Expr cond = null;
        if (isKeyword(peekIdx(), "if")) {
            next();
            cond = parseExpression();
        }
        int c = peekIdx();
        int end;
        if (t[c] != closeType) {
            error(
                    s[c],
                    "Invalid 'for' expression",
                    "Extra characters after the end of the 'for' expression.");
            int r = recoverTo(closeType);
            end = t[r] == closeType ? e[r] : s[r];
        } else {
            next();
            end = e[c];
        }
        return new Expr.For(
                keyVar,
                valueVar,
                collection,
                keyExpr,
                valueExpr,
                cond,
                grouping,
                span(s[open], end));
    }

    /** Reports a malformed {@code for} and skips to its closing bracket. */
    private Expr forError(int open, int at, int closeType, String detail) {
        error(s[at], "Invalid 'for' expression", detail);
        int r = recoverTo(closeType);
        return new Expr.Invalid(span(s[open], t[r] == closeType ? e[r] : s[r]));
    }

    // ---- templates

    /** A quoted template {@code "..."}. */
    private Expr parseQuoted() {
        int open = next();
        List<Expr> parts = templateParts(CQUOTE, true, -1);
        int end;
        if (t[p] == CQUOTE) {
            end = e[p];
            p++;
        } else {
            if (t[p] == EOF) {
                error(
                        s[p],
                        "Unterminated template string",
                        "No closing marker was found for the string.");
            }
            end = s[p];
        }
        return new Expr.Template(parts, false, span(s[open], end));
    }

    /** A heredoc {@code <<EOT} or {@code <<-EOT}; its range ends after the end marker. */
    private Expr parseHeredoc() {
        int open = next();
        int indent = -1;
        if (src[s[open] + 2] == '-') {
            indent = heredocIndent(p);
        }
        List<Expr> parts = templateParts(CHEREDOC, false, indent);
        int end;
        if (t[p] == CHEREDOC) {
            end = e[p];
            p++;
        } else {
            error(
                    s[p],
                    "Unterminated template string",
                    "No closing marker was found for the string.");
            end = s[p];
        }
        return new Expr.Template(parts, true, span(s[open], end));
    }

    /**
     * The indentation a {@code <<-} heredoc removes: the fewest leading spaces and tabs on any line
     * that starts with literal text (a line starting with an interpolation counts as unindented).
     */
    private int heredocIndent(int k) {
        int min = Integer.MAX_VALUE;
        int nest = 0;
        for (; t[k] != EOF; k++) {
            int ty = t[k];
            if (nest == 0 && ty == CHEREDOC) {
                break;
            }
            if (ty == OHEREDOC) {
                nest++;
            } else if (ty == CHEREDOC) {
                nest--;
            }
            if (nest != 0 || !atLineStart(s[k])) {
                continue;
            }
            if (ty == SLIT) {
                int i = s[k];
                while (i < e[k] && (src[i] == ' ' || src[i] == '\t')) {
                    i++;
                }
                if (i < e[k] && src[i] != '\n' && src[i] != '\r') {
                    min = Math.min(min, i - s[k]);
                } else if (i == e[k] && i < src.length && src[i] != '\n') {
                    min = Math.min(min, i - s[k]);
                }
            } else if (ty == INTERP || ty == CONTROL) {
                min = 0;
            }
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    /** True when {@code offset} is the first byte of a line. */
    private boolean atLineStart(int offset) {
        return offset > 0 && src[offset - 1] == '\n';
    }

    /** One open {@code %{if}} or {@code %{for}} while reading a template. */
    private static final class Directive {
        final boolean isIf;
        final int start;
        final Expr head;
        final String keyVar;
        final String valueVar;
        List<Expr> parts = new ArrayList<>();
        List<Expr> thenParts;
        int thenFrom;
        int thenTo;
        int elseFrom;

        Directive(boolean isIf, int start, Expr head, String keyVar, String valueVar) {
            this.isIf = isIf;
            this.start = start;
            this.head = head;
            this.keyVar = keyVar;
            this.valueVar = valueVar;
        }
    }

    /**
     * The parts of a template up to (not including) {@code close} or anything that cannot continue
     * it. Directives nest on an explicit stack, so deep directive nesting costs no Java stack.
     */
    private List<Expr> templateParts(int close, boolean quoted, int indent) {
        List<Directive> stack = new ArrayList<>();
        List<Expr> root = new ArrayList<>();
        List<Expr> parts = root;
        boolean stripNext = false;
        // Literal text is gathered here until something else comes, so that a heredoc of many lines
        // costs linear
        // time rather than one string copy per line.
        Pending lit = new Pending();
        while (true) {
            int k = p;
            int ty = t[k];
            if (ty == QLIT || ty == SLIT) {
                p++;
                if (lit.from < 0) {
                    lit.from = s[k];
                    lit.stripLeading = stripNext;
                    stripNext = false;
                }
                lit.to = e[k];
                StringBuilder sb = lit.text;
                int from = s[k];
                if (indent > 0 && atLineStart(from)) {
                    int skip = 0;
                    while (skip < indent
                            && from < e[k]
                            && (src[from] == ' ' || src[from] == '\t')) {
                        from++;
                        skip++;
                    }
                }
                if (ty == QLIT) {
                    unescapeQuoted(k, sb);
                } else {
                    unescapeTemplate(from, e[k], sb);
                }
            } else if (ty == INTERP) {
                p++;
                lit.flush(parts, e[k] - s[k] == 3);
                stripNext = false;
                pushNl(false);
                Expr inner = parseExpression();
                stripNext = closeSequence(k, "interpolation");
                popNl();
                parts.add(inner);
            } else if (ty == CONTROL) {
                p++;
                lit.flush(parts, e[k] - s[k] == 3);
                stripNext = false;
                pushNl(false);
                int kw = peekIdx();
                if (isKeyword(kw, "if")) {
                    next();
                    Expr cond = parseExpression();
                    stripNext = closeSequence(k, "directive");
                    Directive d = new Directive(true, s[k], cond, null, null);
                    d.thenFrom = p < t.length ? s[p] : src.length;
                    // Directives nest without recursion here, but the tree they build is as deep:
                    // count them.
                    enter();
                    stack.add(d);
                    parts = d.parts;
                } else if (isKeyword(kw, "for")) {
                    next();
                    String keyVar = null;
                    String valueVar = null;
                    Expr coll = null;
                    int v1 = peekIdx();
                    if (t[v1] == IDENT) {
                        next();
                        valueVar = text(v1);
                        if (peek() == COMMA) {
                            next();
                            int v2 = peekIdx();
                            if (t[v2] == IDENT) {
                                next();
                                keyVar = valueVar;
                                valueVar = text(v2);
                            }
                        }
                        if (isKeyword(peekIdx(), "in")) {
                            next();
                            coll = parseExpression();
                        }
                    }
                    if (coll == null) {
                        error(
                                s[peekIdx()],
                                "Invalid template directive",
                                "A 'for' directive needs a variable name, "
                                        + "the 'in' keyword and a collection, as in %{ for x in list }.");
                        coll = new Expr.Invalid(span(s[k], s[peekIdx()]));
                    }
                    stripNext = closeSequence(k, "directive");
                    Directive d = new Directive(false, s[k], coll, keyVar, valueVar);
                    d.thenFrom = p < t.length ? s[p] : src.length;
                    // Directives nest without recursion here, but the tree they build is as deep:
                    // count them.
                    enter();
                    stack.add(d);
                    parts = d.parts;
                } else if (isKeyword(kw, "else")) {
                    next();
                    Directive d = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                    if (d == null || !d.isIf || d.thenParts != null) {
                        error(
                                s[k],
                                "Unexpected else clause",
                                "An %{ else } is allowed only inside an %{ if }.");
                    } else {
                        d.thenParts = d.parts;
                        d.thenTo = s[k];
                        d.parts = new ArrayList<>();
                        parts = d.parts;
                    }
                    stripNext = closeSequence(k, "directive");
                    if (d != null) {
                        d.elseFrom = p < t.length ? s[p] : src.length;
                    }
                } else if (isKeyword(kw, "endif") || isKeyword(kw, "endfor")) {
                    boolean endIf = isKeyword(kw, "endif");
                    next();
                    Directive d = stack.isEmpty() ? null : stack.get(stack.size() - 1);
                    stripNext = closeSequence(k, "directive");
                    if (d == null || d.isIf != endIf) {
                        error(
                                s[k],
                                "Unexpected end of directive",
                                "This %{ "
                                        + (endIf ? "endif" : "endfor")
                                        + " } has no matching %{ "
                                        + (endIf ? "if" : "for")
                                        + " }.");
                    } else {
                        stack.remove(stack.size() - 1);
                        depth--;
                        parts = stack.isEmpty() ? root : stack.get(stack.size() - 1).parts;
                        parts.add(finishDirective(d, s[k], e[p - 1]));
                    }
                } else {
                    error(
                            s[kw],
                            "Invalid template directive",
                            "A template directive keyword (\"if\", \"for\", etc) "
                                    + "is expected at the beginning of a %{ sequence.");
                    stripNext = closeSequence(k, "directive");
                }
                popNl();
            } else {
                break;
            }
        }
        lit.flush(parts, false);
        while (!stack.isEmpty()) {
            Directive d = stack.remove(stack.size() - 1);
            depth--;
            error(
                    d.start,
                    "Unterminated template directive",
                    "There is no %{ "
                            + (d.isIf ? "endif" : "endfor")
                            + " } for the directive that starts here.");
            parts = stack.isEmpty() ? root : stack.get(stack.size() - 1).parts;
            parts.add(finishDirective(d, s[p], s[p]));
        }
        return root;
    }

    /** Builds the node of a closed (or, at the end of input, abandoned) directive. */
    private Expr finishDirective(Directive d, int endFrom, int endTo) {
        if (d.isIf) {
            Expr.Template then;
            Expr.Template otherwise = null;
            if (d.thenParts != null) {
                then = new Expr.Template(d.thenParts, false, span(d.thenFrom, d.thenTo));
                otherwise = new Expr.Template(d.parts, false, span(d.elseFrom, endFrom));
            } else {
                then = new Expr.Template(d.parts, false, span(d.thenFrom, endFrom));
            }
            return new Expr.TemplateIf(d.head, then, otherwise, span(d.start, endTo));
        }
        Expr.Template body = new Expr.Template(d.parts, false, span(d.thenFrom, endFrom));
        return new Expr.TemplateFor(d.keyVar, d.valueVar, d.head, body, span(d.start, endTo));
    }

    /**
     * Reads the {@code }} closing a sequence opened at {@code openTok}; true when it is {@code ~}}.
     */
    private boolean closeSequence(int openTok, String what) {
        int k = peekIdx();
        if (t[k] == SEQ_END) {
            next();
            return e[k] - s[k] == 2;
        }
        if (t[k] == EOF || t[k] == CQUOTE || t[k] == CHEREDOC) {
            error(
                    s[openTok],
                    "Unclosed template " + what + " sequence",
                    "There is no "
                            + "closing brace for this "
                            + what
                            + " sequence before the end of the quoted template. This might "
                            + "be caused by incorrect nesting inside the given expression.");
        } else {
            error(
                    s[k],
                    "Extra characters after " + what + " expression",
                    "Expected a closing brace to end the "
                            + what
                            + " expression, but found extra characters.");
        }
        // skip to the end of the sequence, if there is one
        int nest = 0;
        while (t[p] != EOF) {
            int ty = t[p];
            if (ty == INTERP || ty == CONTROL) {
                nest++;
            } else if (ty == SEQ_END) {
                if (nest == 0) {
                    p++;
                    return false;
                }
                nest--;
            } else if (nest == 0 && (ty == CQUOTE || ty == CHEREDOC)) {
                return false;
            }
            p++;
        }
        return false;
    }

    /**
     * Literal template text not yet added as a part: decoded text, source range, and a pending
     * strip marker.
     */
    private final class Pending {
        final StringBuilder text = new StringBuilder();
        int from = -1;
        int to;
        boolean stripLeading;

        /**
         * Adds the gathered text to {@code parts}, trimming its end when a {@code ~} sequence
         * follows.
         */
        void flush(List<Expr> parts, boolean stripTrailing) {
            if (from < 0) {
                return;
            }
            String value = text.toString();
            if (stripLeading) {
                value = value.stripLeading();
            }
            if (stripTrailing) {
                value = value.stripTrailing();
            }
            parts.add(new Expr.Literal(value, span(from, to)));
            text.setLength(0);
            from = -1;
            stripLeading = false;
        }
    }

    /** Decodes a quoted-string chunk: backslash escapes, {@code $${} and {@code %%{}. */
    private void unescapeQuoted(int k, StringBuilder sb) {
        int i = s[k];
        int end = e[k];
        while (i < end) {
            int c = src[i];
            if (c == '\\' && i + 1 < end) {
                int d = src[i + 1];
                switch (d) {
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case 'u', 'U' -> {
                        int len = d == 'u' ? 4 : 8;
                        int cp = hex(i + 2, Math.min(end, i + 2 + len));
                        if (cp < 0 || i + 2 + len > end || !Character.isValidCodePoint(cp)) {
                            error(
                                    i,
                                    "Invalid escape sequence",
                                    "The \\"
                                            + (char) d
                                            + " escape sequence must be "
                                            + "followed by "
                                            + (len == 4 ? "four" : "eight")
                                            + " hexadecimal digits.");
                            i += 2;
                            continue;
                        }
                        sb.appendCodePoint(cp);
                        i += 2 + len;
                        continue;
                    }
                    default -> {
                        String symbol =
                                d >= 0
                                        ? String.valueOf((char) d)
                                        : new String(
                                                src,
                                                i + 1,
                                                Utf8.length(
                                                        Math.max(0, Utf8.decode(src, i + 1, end))),
                                                StandardCharsets.UTF_8);
                        error(
                                i,
                                "Invalid escape sequence",
                                "The symbol \""
                                        + symbol
                                        + "\" is not a valid escape "
                                        + "sequence selector.");
                        i += 1;
                        continue;
                    }
                }
                i += 2;
                continue;
            }
            int next = copyChar(i, end, sb);
            i = next;
        }
    }

    /** The value of the hexadecimal digits in {@code src[from, to)}, or -1. */
    private int hex(int from, int to) {
        int v = 0;
        if (from >= to) {
            return -1;
        }
        for (int i = from; i < to; i++) {
            int d = Character.digit(src[i], 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    /** Decodes a heredoc or bare-template chunk: only {@code $${} and {@code %%{} are escapes there. */
    private void unescapeTemplate(int from, int to, StringBuilder sb) {
        int i = from;
        while (i < to) {
            i = copyChar(i, to, sb);
        }
    }

    /** Appends the character at {@code i} (turning {@code $${} into {@code ${}); returns the next offset. */
    private int copyChar(int i, int end, StringBuilder sb) {
        int c = src[i];
        if ((c == '$' || c == '%') && i + 2 < end && src[i + 1] == c && src[i + 2] == '{') {
            sb.append((char) c).append('{');
            return i + 3;
        }
        if (c >= 0) {
            sb.append((char) c);
            return i + 1;
        }
        int cp = Utf8.decode(src, i, end);
        if (cp < 0) {
            sb.append('\uFFFD');
            return i + 1;
        }
        sb.appendCodePoint(cp);
        return i + Utf8.length(cp);
    }
}
