package dev.tfguard.loader.plan;

import static dev.tfguard.loader.plan.PlanJson.PLAN_HINT;
import static dev.tfguard.loader.plan.PlanJson.line;
import static dev.tfguard.loader.plan.PlanJson.nextElement;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.model.Mode;
import dev.tfguard.model.Resource;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads resources from state-shaped values: {@code planned_values} (for plans without resource
 * changes) and the data sources of {@code prior_state}, which rules follow references to but which
 * are not in {@code resource_changes}.
 */
final class StateValuesReader {

    private final LoadOptions options;
    private final PlanJson.Interner interner;
    private final List<Object> entries;

    /**
     * Data sources of relevant types that Terraform read while planning ({@code data
     * "aws_kms_key"}).
     */
    private final List<Object> priorData;

    StateValuesReader(
            LoadOptions options,
            PlanJson.Interner interner,
            List<Object> entries,
            List<Object> priorData) {
        this.options = options;
        this.interner = interner;
        this.entries = entries;
        this.priorData = priorData;
    }

    void readValuesModule(JsonParser p) throws IOException, PlanFormatException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("resources") && t == JsonToken.START_ARRAY) {
                while (nextElement(p)) {
                    int startLine = line(p);
                    fromValues(p.readValueAsTree(), startLine);
                }
            } else if (field.equals("child_modules") && t == JsonToken.START_ARRAY) {
                while (nextElement(p)) {
                    readValuesModule(p);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private void fromValues(JsonNode node, int startLine) throws PlanFormatException {
        fromValues(node, startLine, entries);
    }

    private void fromValues(JsonNode node, int startLine, List<Object> target)
            throws PlanFormatException {
        String address = node.path("address").textValue();
        String type = node.path("type").textValue();
        String name = node.path("name").textValue();
        if (address == null || type == null || name == null) {
            throw new PlanFormatException(
                    startLine,
                    "a \"planned_values\" resource has no address, type or name" + PLAN_HINT);
        }
        Mode mode = "data".equals(node.path("mode").textValue()) ? Mode.DATA : Mode.MANAGED;
        JsonNode idx = node.get("index");
        Object index =
                idx == null
                        ? null
                        : idx.isIntegralNumber()
                                ? (Object) idx.intValue()
                                : idx.isTextual() ? idx.textValue() : null;
        String modulePath = interner.intern(Addresses.modulePathOf(address));
        type = interner.intern(type);
        if (!options.relevant(type)) {
            target.add(
                    new Resource(
                            address, modulePath, mode, type, name, index, Map.of(), null, null));
            return;
        }
        Map<String, Object> attrs = new TreeMap<>();
        Set<String> sensitive = new HashSet<>();
        JsonNode values = node.get("values");
        JsonNode sensitiveValues = node.get("sensitive_values");
        if (values != null && values.isObject()) {
            for (Map.Entry<String, JsonNode> e : values.properties()) {
                JsonNode sens =
                        ChangeReader.sensitivity(
                                e.getKey(),
                                PlanValues.member(sensitiveValues, e.getKey()),
                                e.getValue());
                attrs.put(e.getKey(), PlanValues.convert(e.getValue(), null, sens));
                if (PlanValues.anyTrue(sens)) {
                    sensitive.add(e.getKey());
                }
            }
        }
        target.add(
                new Pending(
                        address,
                        modulePath,
                        mode,
                        type,
                        name,
                        index,
                        attrs,
                        sensitive,
                        null,
                        true));
    }

    /**
     * Reads the data sources of relevant types from {@code prior_state.values}; the rest is
     * skipped.
     */
    void readPriorState(JsonParser p, JsonToken value) throws IOException, PlanFormatException {
        if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (p.nextToken() == JsonToken.START_OBJECT && field.equals("values")) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    if (p.nextToken() == JsonToken.START_OBJECT && f.equals("root_module")) {
                        readPriorModule(p);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private void readPriorModule(JsonParser p) throws IOException, PlanFormatException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("resources") && t == JsonToken.START_ARRAY) {
                while (nextElement(p)) {
                    int startLine = line(p);
                    JsonNode node = relevantDataSource(p);
                    if (node != null) {
                        fromValues(node, startLine, priorData);
                    }
                }
            } else if (field.equals("child_modules") && t == JsonToken.START_ARRAY) {
                while (nextElement(p)) {
                    readPriorModule(p);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    /**
     * Reads one {@code prior_state} resource object and returns it whole when it is a data source
     * of a relevant type, else null. Terraform writes {@code mode} and {@code type} before {@code
     * values}, so the values of every other resource (most of the state) are skipped token by token
     * instead of being built into a tree.
     */
    private JsonNode relevantDataSource(JsonParser p) throws IOException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        boolean skip = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (skip) {
                p.skipChildren();
                continue;
            }
            node.set(field, p.readValueAsTree());
            JsonNode mode = node.get("mode");
            JsonNode type = node.get("type");
            if (mode != null
                    && type != null
                    && !("data".equals(mode.textValue())
                            && type.textValue() != null
                            && options.relevant(type.textValue()))) {
                skip = true;
            }
        }
        return skip ? null : relevant(node) ? node : null;
    }

    private boolean relevant(JsonNode node) {
        String type = node.path("type").textValue();
        return "data".equals(node.path("mode").textValue())
                && type != null
                && options.relevant(type);
    }
}
