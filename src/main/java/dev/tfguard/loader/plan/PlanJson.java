package dev.tfguard.loader.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Token-level helpers shared by the readers of a plan document's sections. */
final class PlanJson {

    static final String PLAN_HINT = " (is this terraform show -json output?)";

    private PlanJson() {}

    /**
     * One copy of each repeated string (types, module paths, actions): a few distinct words over
     * millions of instances.
     */
    static final class Interner {
        private final Map<String, String> strings = new HashMap<>();
        private final Map<List<String>, List<String>> lists = new HashMap<>();

        String intern(String s) {
            return strings.computeIfAbsent(s, k -> k);
        }

        List<String> intern(List<String> list) {
            return lists.computeIfAbsent(list, List::copyOf);
        }
    }

    /**
     * Moves to the next object of an array, skipping anything else; false at the end of the array.
     */
    static boolean nextElement(JsonParser p) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
            if (t == JsonToken.START_OBJECT) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    static String text(JsonParser p, JsonToken t, String field)
            throws IOException, PlanFormatException {
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw new PlanFormatException(
                    line(p), "expected a string at \"" + field + "\"" + PLAN_HINT);
        }
        return p.getText();
    }

    static Object index(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getIntValue();
        }
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    static List<String> strings(JsonNode array) {
        if (array == null || !array.isArray()) {
            return null;
        }
        List<String> out = new ArrayList<>(array.size());
        for (JsonNode n : array) {
            if (n.isTextual()) {
                out.add(n.textValue());
            }
        }
        return out;
    }

    /**
     * The first step of each replace path: the top-level attribute whose change forces replacement.
     */
    static List<String> replacePaths(JsonNode paths) {
        if (paths == null || !paths.isArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode path : paths) {
            JsonNode first = path.isArray() ? path.get(0) : path;
            if (first != null && first.isValueNode() && !out.contains(first.asText())) {
                out.add(first.asText());
            }
        }
        return out;
    }
}
