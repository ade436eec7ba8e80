package dev.tfguard.loader.hcl.syntax;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses Terraform's JSON syntax ({@code .tf.json}, {@code .tfvars.json}) into the same tree as
 * {@link HclParser}.
 *
 * <p>JSON has no blocks of its own, so the top-level properties are read with Terraform's schema:
 * {@code resource} and {@code data} take two labels; {@code module}, {@code provider}, {@code
 * variable}, {@code output} and {@code check} one; {@code locals}, {@code terraform}, {@code
 * moved}, {@code import} and {@code removed} none. A block's body is read as attributes only (a
 * nested {@code lifecycle} is an attribute whose value is an object), and {@code "//"} comment
 * properties are skipped, as HCL's JSON reader does. Strings are templates, so that {@code
 * "${var.x}"} yields its references; inside a string that holds JSON escapes, positions of the
 * inner nodes are approximate (counted on the decoded text from the string's start).
 */
public final class JsonConfigParser {

    private static final Map<String, Integer> LABELS =
            Map.ofEntries(
                    Map.entry("resource", 2),
                    Map.entry("data", 2),
                    Map.entry("module", 1),
                    Map.entry("provider", 1),
                    Map.entry("variable", 1),
                    Map.entry("output", 1),
                    Map.entry("check", 1),
                    Map.entry("locals", 0),
                    Map.entry("terraform", 0),
                    Map.entry("moved", 0),
                    Map.entry("import", 0),
                    Map.entry("removed", 0));

    /** Parts of Jackson's messages that quote the input: a token, a character, a numeric value. */
    private static final Pattern QUOTED_CHAR =
            Pattern.compile("\\(?'.{1,3}?' \\(code (\\d+)\\)\\)?");

    private static final Pattern QUOTED_VALUE = Pattern.compile("value \\([^)]*\\)");

    private static final JsonFactory FACTORY =
            JsonFactory.builder()
                    .streamReadConstraints(
                            StreamReadConstraints.builder()
                                    .maxNestingDepth(HclParser.MAX_DEPTH)
                                    .build())
                    .build();

    private final String path;
    private final byte[] src;
    private final LineMap lines;

    /** Where the text starts: after a byte order mark, whose bytes are on no line. */
    private final int origin;

    private final List<Diagnostic> diags = new ArrayList<>();

    /** A JSON value with its byte range: an object (ordered members), an array, or a scalar. */
    private record Node(
            JsonToken kind,
            int start,
            int end,
            Object scalar,
            List<Member> members,
            List<Node> items) {}

    /** An object member: its name, the name's byte range (quotes included), and its value. */
    private record Member(String name, int nameStart, int nameEnd, Node value) {}

    private JsonConfigParser(String path, byte[] src) {
        this.path = path;
        this.src = src;
        this.origin =
                src.length >= 3
                                && (src[0] & 0xFF) == 0xEF
                                && (src[1] & 0xFF) == 0xBB
                                && (src[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        this.lines = new LineMap(src, origin);
    }

    /** Parses a {@code .tf.json} file: top-level properties are blocks by Terraform's schema. */
    public static ConfigFile parse(String path, byte[] bytes) {
        return new JsonConfigParser(path, bytes).run(true);
    }

    /** Parses a {@code .tfvars.json} file: every top-level property is an attribute. */
    public static ConfigFile parseAttributes(String path, byte[] bytes) {
        return new JsonConfigParser(path, bytes).run(false);
    }

    private ConfigFile run(boolean blocks) {
        Node root;
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(src);
            JsonToken first = parser.nextToken();
            if (first == null) {
                error(
                        src.length,
                        "Empty JSON file",
                        "A JSON configuration file must contain an object.");
                return result(List.of());
            }
            root = read(parser);
            if (parser.nextToken() != null) {
                error(
                        offset(parser.currentTokenLocation()),
                        "Extraneous data after value",
                        "Extra characters appear after the JSON value.");
            }
        } catch (IOException | RuntimeException ex) {
            // Syntax errors and Jackson's limits (nesting, number length) alike: where the reader
            // stopped.
            JsonLocation loc =
                    ex instanceof JsonProcessingException jpe && jpe.getLocation() != null
                            ? jpe.getLocation()
                            : parser != null ? parser.currentLocation() : null;
            error(loc == null ? 0 : offset(loc), "Invalid JSON", describe(ex));
            return result(List.of());
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // reading from a byte array: nothing to release
                }
            }
        }
        if (root.kind() != JsonToken.START_OBJECT) {
            error(
                    root.start(),
                    "Invalid JSON configuration",
                    "The root of a JSON configuration file must be an " + "object.");
            return result(List.of());
        }
        List<BodyItem> items = new ArrayList<>();
        for (Member m : root.members()) {
            if (m.name().equals("//")) {
                continue;
            }
            if (!blocks) {
                items.add(attribute(m));
                continue;
            }
            Integer labels = LABELS.get(m.name());
            if (labels == null) {
                continue;
            }
            expand(m, m.value(), labels, new ArrayList<>(), new ArrayList<>(), items, -1);
        }
        return result(items);
    }

    /**
     * What went wrong, without quoting the input: Jackson names the offending token, which may be a
     * secret written without quotes ({@code "auth_token": s3cr3t}), and the character it stopped
     * at.
     */
    static String describe(Exception ex) {
        if (ex instanceof StreamConstraintsException) {
            String m = String.valueOf(((StreamConstraintsException) ex).getOriginalMessage());
            return m.contains("nesting depth")
                    ? "The JSON is nested more than " + HclParser.MAX_DEPTH + " levels deep."
                    : "A JSON value is longer than the parser accepts.";
        }
        if (!(ex instanceof JsonProcessingException jpe)) {
            return "The file could not be read as JSON.";
        }
        if (ex instanceof JsonEOFException) {
            return "The JSON ends before its last value is complete.";
        }
        String m = jpe.getOriginalMessage() == null ? "" : jpe.getOriginalMessage();
        int nl = m.indexOf('\n');
        m = nl >= 0 ? m.substring(0, nl) : m;
        if (m.startsWith("Unrecognized token")) {
            return "Unrecognized token: was expecting a JSON value";
        }
        m = QUOTED_CHAR.matcher(m).replaceAll(r -> "(code " + r.group(1) + ")");
        m = QUOTED_VALUE.matcher(m).replaceAll("value");
        m =
                m.replace(
                        "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "a JSON value");
        return m.isBlank() ? "Invalid JSON." : m;
    }

    private ConfigFile result(List<BodyItem> items) {
        return new ConfigFile(path, new Body(items, range(0, src.length)), List.of(), diags);
    }

    private int offset(JsonLocation loc) {
        long b = loc.getByteOffset();
        return (int) Math.max(0, Math.min(src.length, b < 0 ? loc.getCharOffset() : b));
    }

    private void error(int offset, String summary, String detail) {
        Pos pos = lines.pos(Math.max(origin, Math.min(offset, src.length)));
        diags.add(new Diagnostic(path, pos.line(), pos.column(), summary, detail));
    }

    private Range range(int from, int to) {
        // an offset inside the byte order mark has no column: start ranges after it
        return new Range(lines, Math.max(origin, from), Math.max(origin, to));
    }

    private Span span(int from, int to) {
        return new Span(lines, Math.max(origin, from), Math.max(origin, to));
    }

    private Node read(JsonParser parser) throws IOException {
        JsonToken tok = parser.currentToken();
        int start = offset(parser.currentTokenLocation());
        switch (tok) {
            case START_OBJECT -> {
                List<Member> members = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    int nameStart = offset(parser.currentTokenLocation());
                    String name = parser.currentName();
                    int nameEnd = offset(parser.currentLocation());
                    parser.nextToken();
                    members.add(new Member(name, nameStart, nameEnd, read(parser)));
                }
                return new Node(tok, start, offset(parser.currentLocation()), null, members, null);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser));
                }
                return new Node(tok, start, offset(parser.currentLocation()), null, null, items);
            }
            case VALUE_STRING -> {
                String text = parser.getText();
                return new Node(tok, start, offset(parser.currentLocation()), text, null, null);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                BigDecimal n = parser.getDecimalValue();
                return new Node(tok, start, offset(parser.currentLocation()), n, null, null);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(
                        tok,
                        start,
                        offset(parser.currentLocation()),
                        tok == JsonToken.VALUE_TRUE,
                        null,
                        null);
            }
            default -> {
                return new Node(
                        JsonToken.VALUE_NULL,
                        start,
                        offset(parser.currentLocation()),
                        null,
                        null,
                        null);
            }
        }
    }

    /**
     * Turns a block-type member into blocks, taking one object level per label; arrays give several
     * blocks.
     */
    private void expand(
            Member type,
            Node value,
            int labelsLeft,
            List<String> labels,
            List<Range> labelRanges,
            List<BodyItem> out,
            int arrayStart) {
        if (value.kind() == JsonToken.START_ARRAY) {
            // Several blocks with the same labels; like the reference, each starts where the array
            // does.
            for (Node item : value.items()) {
                expand(type, item, labelsLeft, labels, labelRanges, out, value.start());
            }
            return;
        }
        if (value.kind() != JsonToken.START_OBJECT) {
            error(
                    value.start(),
                    "Incorrect JSON value type",
                    "A JSON object is required here, to define "
                            + (labelsLeft > 0 ? "the labels" : "the content")
                            + " of the \""
                            + type.name()
                            + "\" block.");
            return;
        }
        if (labelsLeft > 0) {
            for (Member m : value.members()) {
                List<String> l = new ArrayList<>(labels);
                l.add(m.name());
                List<Range> r = new ArrayList<>(labelRanges);
                r.add(range(m.nameStart(), m.nameEnd()));
                expand(type, m.value(), labelsLeft - 1, l, r, out, -1);
            }
            return;
        }
        List<BodyItem> attrs = new ArrayList<>();
        for (Member m : value.members()) {
            if (!m.name().equals("//")) {
                attrs.add(attribute(m));
            }
        }
        Range open = range(value.start(), value.start() + 1);
        Range close = range(value.end() - 1, value.end());
        Range whole = range(arrayStart >= 0 ? arrayStart : value.start(), value.end());
        out.add(
                new Block(
                        type.name(),
                        labels,
                        new Body(attrs, range(value.start(), value.end())),
                        whole,
                        range(type.nameStart(), type.nameEnd()),
                        labelRanges,
                        open,
                        close));
    }

    private Attribute attribute(Member m) {
        Expr value = expr(m.value());
        return new Attribute(
                m.name(),
                value,
                range(m.nameStart(), m.value().end()),
                range(m.nameStart(), m.nameEnd()));
    }

    private Expr expr(Node n) {
        Span span = span(n.start(), n.end());
        switch (n.kind()) {
            case START_OBJECT -> {
                List<Expr.ObjectItem> items = new ArrayList<>();
                for (Member m : n.members()) {
                    Span keySpan = span(m.nameStart(), m.nameEnd());
                    Expr key = template(m.name(), m.nameStart(), m.nameEnd(), keySpan);
                    items.add(new Expr.ObjectItem(key, expr(m.value())));
                }
                return new Expr.ObjectCons(items, span);
            }
            case START_ARRAY -> {
                List<Expr> items = new ArrayList<>();
                for (Node item : n.items()) {
                    items.add(expr(item));
                }
                return new Expr.Tuple(items, span);
            }
            case VALUE_STRING -> {
                return template((String) n.scalar(), n.start(), n.end(), span);
            }
            default -> {
                return new Expr.Literal(n.scalar(), span);
            }
        }
    }

    /** A JSON string as an HCL template: literal unless it holds {@code ${} or {@code %{}. */
    private Expr template(String value, int start, int end, Span span) {
        if (!value.contains("${") && !value.contains("%{")) {
            return new Expr.Template(List.of(new Expr.Literal(value, span)), false, span);
        }
        int from = start + 1;
        int to = Math.max(from, end - 1);
        boolean raw = true;
        for (int i = from; i < to; i++) {
            if (src[i] == '\\') {
                raw = false;
                break;
            }
        }
        Expr inner;
        if (raw) {
            inner = HclParser.parseTemplate(path, src, from, to, lines, diags);
        } else {
            byte[] decoded = value.getBytes(StandardCharsets.UTF_8);
            Pos at = lines.pos(from);
            LineMap sub = new LineMap(decoded, 0, decoded.length, at.line(), at.column());
            inner = HclParser.parseTemplate(path, decoded, 0, decoded.length, sub, diags);
        }
        if (inner instanceof Expr.Template tpl) {
            return new Expr.Template(tpl.parts(), false, span);
        }
        return inner;
    }
}
