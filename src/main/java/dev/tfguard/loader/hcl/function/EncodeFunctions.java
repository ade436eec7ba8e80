package dev.tfguard.loader.hcl.function;

import static dev.tfguard.loader.hcl.function.Functions.str;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Encoding functions as Terraform defines them: base64 (also of gzip and of other character sets),
 * CSV, JSON and YAML decoding, YAML encoding in the style Terraform writes, and URL query encoding.
 */
final class EncodeFunctions {
    private static final JsonFactory JSON = new JsonFactory();

    private EncodeFunctions() {}

    static List<FunctionSpec> all() {
        Param s = Param.of("str", Type.STRING);
        return List.of(
                FunctionSpec.of(
                        "base64encode",
                        List.of(s),
                        Type.STRING,
                        (a, c) ->
                                Value.string(
                                        Base64.getEncoder()
                                                .encodeToString(
                                                        str(a.get(0))
                                                                .getBytes(
                                                                        StandardCharsets.UTF_8)))),
                FunctionSpec.of(
                        "base64decode",
                        List.of(s),
                        Type.STRING,
                        (a, c) -> Value.string(utf8(decode64(str(a.get(0)))))),
                FunctionSpec.of(
                        "base64gzip",
                        List.of(s),
                        Type.STRING,
                        (a, c) ->
                                Value.string(
                                        Base64.getEncoder()
                                                .encodeToString(
                                                        gzip(
                                                                str(a.get(0))
                                                                        .getBytes(
                                                                                StandardCharsets
                                                                                        .UTF_8))))),
                FunctionSpec.of(
                        "textencodebase64",
                        List.of(Param.of("string", Type.STRING), Param.of("encoding", Type.STRING)),
                        Type.STRING,
                        (a, c) ->
                                Value.string(
                                        Base64.getEncoder()
                                                .encodeToString(
                                                        str(a.get(0))
                                                                .getBytes(
                                                                        charset(str(a.get(1))))))),
                FunctionSpec.of(
                        "textdecodebase64",
                        List.of(Param.of("source", Type.STRING), Param.of("encoding", Type.STRING)),
                        Type.STRING,
                        (a, c) ->
                                Value.string(
                                        new String(
                                                decode64(str(a.get(0))), charset(str(a.get(1)))))),
                FunctionSpec.of(
                        "urlencode",
                        List.of(s),
                        Type.STRING,
                        (a, c) -> Value.string(urlencode(str(a.get(0))))),
                FunctionSpec.of(
                        "csvdecode",
                        List.of(s),
                        Type.list(Type.DYNAMIC),
                        (a, c) -> csvdecode(str(a.get(0)))),
                // the result is null only for the text "null": an unknown document is judged set
                FunctionSpec.of(
                        "jsondecode",
                        List.of(s),
                        Type.DYNAMIC,
                        (a, c) -> jsondecode(str(a.get(0)))),
                FunctionSpec.of(
                                "yamldecode",
                                List.of(Param.of("src", Type.STRING)),
                                Type.DYNAMIC,
                                (a, c) -> yamldecode(str(a.get(0))))
                        .nullableResult(),
                FunctionSpec.of(
                        "jsonencode",
                        List.of(Param.of("val", Type.DYNAMIC).nullable().unknowns()),
                        Type.STRING,
                        EncodeFunctions::jsonencode),
                FunctionSpec.of(
                        "yamlencode",
                        List.of(Param.of("value", Type.DYNAMIC).nullable()),
                        Type.STRING,
                        (a, c) -> Value.string(Yamls.encode(a.get(0)))));
    }

    static byte[] decode64(String s) {
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new EvalException("failed to decode base64 data");
        }
    }

    static String utf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new EvalException(
                    "the result of decoding the provided string is not valid UTF-8");
        }
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new EvalException(
                    "\"" + name + "\" is not a supported IANA encoding name or alias");
        }
    }

    /**
     * gzip as Go's {@code compress/gzip} writes it: no time, OS unknown, a flushed deflate stream.
     */
    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(data);
        byte[] buf = new byte[8192];
        int n;
        do {
            n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
            out.write(buf, 0, n);
        } while (n == buf.length);
        d.end();
        out.writeBytes(new byte[] {1, 0, 0, (byte) 0xff, (byte) 0xff});
        CRC32 crc = new CRC32();
        crc.update(data);
        writeLe(out, crc.getValue());
        writeLe(out, data.length & 0xffffffffL);
        return out.toByteArray();
    }

    private static void writeLe(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >> (8 * i)) & 0xff);
        }
    }

    /** Go's {@code url.QueryEscape}. */
    private static String urlencode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '~') {
                sb.append((char) c);
            } else if (c == ' ') {
                sb.append('+');
            } else {
                sb.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    /**
     * The rows after the header line as objects keyed by the header's fields (Go's {@code
     * encoding/csv}).
     */
    private static Value csvdecode(String s) {
        List<List<String>> rows = csv(s);
        if (rows.isEmpty()) {
            throw new EvalException("missing header line");
        }
        List<String> header = rows.get(0);
        List<Value> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != header.size()) {
                throw new EvalException("record on line " + (r + 1) + ": wrong number of fields");
            }
            Map<String, Value> obj = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                obj.put(header.get(i), Value.string(row.get(i)));
            }
            out.add(Value.object(obj));
        }
        return Value.list(out, null);
    }

    private static List<List<String>> csv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean fieldStart = true;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (fieldStart && ch == '"') {
                i++;
                while (true) {
                    if (i >= s.length()) {
                        throw new EvalException("extraneous or missing \" in quoted-field");
                    }
                    char q = s.charAt(i);
                    if (q == '"') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                        continue;
                    }
                    field.append(q);
                    i++;
                }
                fieldStart = false;
                continue;
            }
            if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                i++;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                if (!(row.isEmpty() && field.length() == 0 && fieldStart)) {
                    row.add(field.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                fieldStart = true;
            } else {
                if (!fieldStart && field.length() == 0 && i > 0 && s.charAt(i - 1) == '"') {
                    throw new EvalException("extraneous or missing \" in quoted-field");
                }
                field.append(ch);
                fieldStart = false;
                i++;
            }
        }
        if (!row.isEmpty() || field.length() > 0 || !fieldStart) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static Value jsondecode(String s) {
        try (JsonParser p = JSON.createParser(s)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new EvalException("invalid JSON: unexpected end of input");
            }
            Value v = json(p, t);
            if (p.nextToken() != null) {
                throw new EvalException("invalid JSON: extra characters after the value");
            }
            return v;
        } catch (IOException e) {
            throw new EvalException("invalid JSON: " + e.getMessage());
        }
    }

    private static Value json(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                Map<String, Value> m = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    m.put(name, json(p, p.nextToken()));
                }
                return Value.object(m);
            }
            case START_ARRAY -> {
                List<Value> l = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    l.add(json(p, e));
                }
                return Value.tuple(l);
            }
            case VALUE_STRING -> {
                return Value.string(p.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return Value.number(new BigDecimal(p.getText()));
            }
            case VALUE_TRUE -> {
                return Value.TRUE;
            }
            case VALUE_FALSE -> {
                return Value.FALSE;
            }
            case VALUE_NULL -> {
                return Value.NULL;
            }
            default -> throw new EvalException("invalid JSON");
        }
    }

    private static Value yamldecode(String s) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(s));
        } catch (RuntimeException e) {
            throw new EvalException("on line 1, column 1: " + e.getMessage());
        }
        if (root == null) {
            throw new EvalException("the document is empty");
        }
        return yaml(root);
    }

    private static Value yaml(Node n) {
        if (n instanceof MappingNode m) {
            Map<String, Value> out = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                Value k = yaml(t.getKeyNode());
                String key = k.asString();
                if (key == null) {
                    throw new EvalException("mapping keys must be strings");
                }
                out.put(key, yaml(t.getValueNode()));
            }
            return Value.object(out);
        }
        if (n instanceof SequenceNode sq) {
            List<Value> out = new ArrayList<>();
            sq.getValue().forEach(x -> out.add(yaml(x)));
            return Value.tuple(out);
        }
        ScalarNode sc = (ScalarNode) n;
        String v = sc.getValue();
        Tag tag = sc.getTag();
        if (Tag.NULL.equals(tag)) {
            return Value.NULL;
        }
        if (Tag.BOOL.equals(tag)) {
            String l = v.toLowerCase(java.util.Locale.ROOT);
            return Value.bool(
                    l.equals("true") || l.equals("yes") || l.equals("on") || l.equals("y"));
        }
        if (Tag.INT.equals(tag)) {
            String d = v.replace("_", "");
            boolean neg = d.startsWith("-");
            String body = d.startsWith("-") || d.startsWith("+") ? d.substring(1) : d;
            BigInteger i;
            if (body.startsWith("0x")) {
                i = new BigInteger(body.substring(2), 16);
            } else if (body.startsWith("0b")) {
                i = new BigInteger(body.substring(2), 2);
            } else if (body.startsWith("0o")) {
                i = new BigInteger(body.substring(2), 8);
            } else if (body.contains(":")) {
                return Value.string(v);
            } else {
                i = new BigInteger(body);
            }
            return Value.number(new BigDecimal(neg ? i.negate() : i));
        }
        if (Tag.FLOAT.equals(tag)) {
            String d = v.replace("_", "");
            if (d.toLowerCase(java.util.Locale.ROOT).contains("inf")
                    || d.toLowerCase(java.util.Locale.ROOT).contains("nan")) {
                throw new EvalException("cannot represent " + v + " as a number");
            }
            return Value.number(new BigDecimal(d));
        }
        if (Tag.TIMESTAMP.equals(tag)) {
            return Value.string(Yamls.timestamp(v));
        }
        return Value.string(v);
    }

    /**
     * jsonencode: a value holding unknowns gives an unknown string that starts with its opening
     * bracket and keeps the structure it encodes ({@link Value.Unknown#json()}), so that rules can
     * read a policy's statements.
     */
    private static Value jsonencode(List<Value> a, CallContext c) {
        Value v = a.get(0);
        if (v instanceof Value.Unknown u) {
            return Functions.unknownOf(
                    Type.STRING,
                    u.reason() == null
                            ? "jsonencode() of a value known only at apply"
                            : u.reason());
        }
        if (!v.isWhollyKnown()) {
            return new Value.Unknown(
                    Type.STRING,
                    "jsonencode() of a value with parts known only at apply",
                    true,
                    v.isSequence() ? "[" : "{",
                    0,
                    -1,
                    dev.tfguard.model.Marks.NONE,
                    v);
        }
        return Value.string(EncodingJson.encode(v));
    }
}
