package dev.tfguard.loader.hcl.function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Encoding functions: {@code jsonencode}. */
final class EncodingFunctions {

    /** Jackson's streaming writer: cheap to make, unlike a mapper. */
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Terraform (Go's encoder) escapes {@code < > &} and the line and paragraph separators. */
    private static final CharacterEscapes ESCAPES = new CharacterEscapes() {
        private final int[] table = standardAsciiEscapesForJSON();

        {
            table['<'] = ESCAPE_CUSTOM;
            table['>'] = ESCAPE_CUSTOM;
            table['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<', '>', '&', 0x2028, 0x2029 -> new SerializedString(String.format("\\u%04x", ch));
                default -> null;
            };
        }
    };

    private EncodingFunctions() {
    }

    static List<FunctionSpec> all() {
        return List.of(FunctionSpec.of("jsonencode", List.of(Param.of("val", Type.DYNAMIC).nullable().unknowns()),
                Type.STRING, EncodingFunctions::jsonencode));
    }

    /**
     * The JSON text of a value, as Terraform writes it: numbers without exponent or trailing zeros, object keys in
     * order. A value holding unknowns gives an unknown string whose known prefix is what precedes the first
     * unknown part in Terraform's refinement: {@code {} or {@code [} for a collection.
     */
    private static Value jsonencode(List<Value> a, CallContext c) {
        Value v = a.get(0);
        if (v instanceof Value.Unknown u) {
            return Functions.unknownOf(Type.STRING, u.reason());
        }
        if (!v.isWhollyKnown()) {
            String open = v.isSequence() ? "[" : "{";
            return new Value.Unknown(Type.STRING, "jsonencode() of a value with parts known only at apply", true,
                    open, 0, -1, v.marks());
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setCharacterEscapes(ESCAPES);
            write(g, v);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return Value.string(out.toString());
    }

    private static void write(JsonGenerator g, Value v) throws IOException {
        Object o = v.known();
        if (v.isNull()) {
            g.writeNull();
        } else if (o instanceof String s) {
            g.writeString(s);
        } else if (o instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (o instanceof BigDecimal n) {
            g.writeNumber(Value.numberText(n));
        } else if (o instanceof List<?> list) {
            g.writeStartArray();
            for (Object x : list) {
                write(g, (Value) x);
            }
            g.writeEndArray();
        } else if (o instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(g, (Value) e.getValue());
            }
            g.writeEndObject();
        } else {
            throw new IllegalStateException("jsonencode of " + v);
        }
    }
}
