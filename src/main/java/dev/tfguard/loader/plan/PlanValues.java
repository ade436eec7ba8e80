package dev.tfguard.loader.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the JSON value representation of a plan ({@code after} with its {@code after_unknown} and
 * {@code after_sensitive} masks) into the plain Java data that {@link Value} holds.
 *
 * <p>Terraform's masks mirror the value: {@code true} marks the whole subtree, an object or array
 * marks its members, and anything else means "not marked". Unknown object members are left out of
 * {@code after} and unknown list elements are written as {@code null}, so the mask is the only
 * place they show up.
 */
final class PlanValues {

    /** An unknown part of a planned value. */
    static final Value UNKNOWN = Value.unknown("known after apply");

    /** What a sensitive value that is a non-empty string (or any non-string) is replaced with. */
    static final String SENSITIVE = "(sensitive value)";

    private PlanValues() {}

    /** True when a mask node marks its whole subtree. */
    static boolean isTrue(JsonNode mask) {
        return mask != null && mask.isBoolean() && mask.booleanValue();
    }

    /** True when a mask node marks anything in its subtree. */
    static boolean anyTrue(JsonNode mask) {
        if (mask == null) {
            return false;
        }
        if (mask.isBoolean()) {
            return mask.booleanValue();
        }
        if (mask.isContainerNode()) {
            for (JsonNode child : mask) {
                if (anyTrue(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The part of a mask for member {@code name}: a whole-subtree {@code true} applies to every
     * member.
     */
    static JsonNode member(JsonNode mask, String name) {
        if (mask == null) {
            return null;
        }
        return mask.isObject() ? mask.get(name) : (isTrue(mask) ? mask : null);
    }

    static JsonNode element(JsonNode mask, int i) {
        if (mask == null) {
            return null;
        }
        return mask.isArray() ? mask.get(i) : (isTrue(mask) ? mask : null);
    }

    /**
     * The Java form of {@code value}: {@code null} for JSON null, {@link String}, {@link Boolean},
     * {@link BigDecimal}, unmodifiable {@link List}/{@link Map}; unknown parts become {@link
     * #UNKNOWN} (made a {@link Value} by {@link Value#of}) and sensitive parts are {@linkplain
     * #mask masked}.
     */
    static Object convert(JsonNode value, JsonNode unknown, JsonNode sensitive) {
        if (isTrue(sensitive)) {
            return mask(convert(value, unknown, null));
        }
        if (isTrue(unknown)) {
            return UNKNOWN;
        }
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isArray()) {
            List<Object> out = new ArrayList<>(value.size());
            for (int i = 0; i < value.size(); i++) {
                out.add(convert(value.get(i), element(unknown, i), element(sensitive, i)));
            }
            return Collections.unmodifiableList(out);
        }
        if (value.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                out.put(
                        e.getKey(),
                        convert(
                                e.getValue(),
                                member(unknown, e.getKey()),
                                member(sensitive, e.getKey())));
            }
            if (unknown != null && unknown.isObject()) {
                for (Map.Entry<String, JsonNode> e : unknown.properties()) {
                    if (isTrue(e.getValue()) && out.get(e.getKey()) == null) {
                        out.put(e.getKey(), UNKNOWN);
                    }
                }
            }
            return Collections.unmodifiableMap(out);
        }
        return value.asText();
    }

    /**
     * A secret with its content removed: {@code null} stays {@code null} (unset), an empty string
     * stays empty (set to nothing), collections keep their shape and keys, every other leaf becomes
     * {@link #SENSITIVE}. Rules can still tell whether a secret is set; no output can show it.
     */
    static Object mask(Object value) {
        if (value == null || value instanceof Value) {
            return value;
        }
        if (value instanceof String s && s.isEmpty()) {
            return s;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(mask(o));
            }
            return Collections.unmodifiableList(out);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(String.valueOf(e.getKey()), mask(e.getValue()));
            }
            return Collections.unmodifiableMap(out);
        }
        return SENSITIVE;
    }
}
