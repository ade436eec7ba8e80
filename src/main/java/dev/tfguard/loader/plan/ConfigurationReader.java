package dev.tfguard.loader.plan;

import static dev.tfguard.loader.plan.PlanJson.nextElement;
import static dev.tfguard.loader.plan.PlanJson.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tfguard.loader.LoadOptions;
import java.io.IOException;
import java.util.Objects;

/**
 * Reads {@code configuration} into a {@link ConfigIndex}: the expressions of resources of relevant
 * types, module call inputs, and module variables and outputs.
 */
final class ConfigurationReader {

    private final LoadOptions options;
    private final ConfigIndex config;

    ConfigurationReader(LoadOptions options, ConfigIndex config) {
        this.options = options;
        this.config = config;
    }

    void read(JsonParser p, JsonToken value) throws IOException, PlanFormatException {
        if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        config.markPresent();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (p.nextToken() == JsonToken.START_OBJECT && field.equals("root_module")) {
                readConfigModule(p, "");
            } else {
                p.skipChildren();
            }
        }
    }

    private void readConfigModule(JsonParser p, String path)
            throws IOException, PlanFormatException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("resources") && t == JsonToken.START_ARRAY) {
                while (nextElement(p)) {
                    readConfigResource(p, path);
                }
            } else if (field.equals("variables")
                    && t == JsonToken.START_OBJECT
                    && !path.isEmpty()) {
                config.addVariables(path, p.readValueAsTree());
            } else if (field.equals("outputs") && t == JsonToken.START_OBJECT && !path.isEmpty()) {
                config.addOutputs(path, p.readValueAsTree());
            } else if (field.equals("module_calls") && t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String call = p.currentName();
                    if (p.nextToken() == JsonToken.START_OBJECT) {
                        readModuleCall(p, Addresses.join(path, "module." + call));
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private void readModuleCall(JsonParser p, String child)
            throws IOException, PlanFormatException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("expressions") && t == JsonToken.START_OBJECT) {
                config.addCallInputs(child, p.readValueAsTree());
            } else if (field.equals("module") && t == JsonToken.START_OBJECT) {
                readConfigModule(p, child);
            } else {
                p.skipChildren();
            }
        }
    }

    private void readConfigResource(JsonParser p, String path)
            throws IOException, PlanFormatException {
        String mode = "managed";
        String type = null;
        String name = null;
        JsonNode expressions = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "mode" -> mode = Objects.requireNonNullElse(text(p, t, field), "managed");
                case "type" -> type = text(p, t, field);
                case "name" -> name = text(p, t, field);
                case "expressions" -> {
                    if (t == JsonToken.START_OBJECT && (type == null || options.relevant(type))) {
                        expressions = p.readValueAsTree();
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (type != null && name != null && options.relevant(type)) {
            config.addResource(path, mode.equals("data"), type, name, expressions);
        }
    }
}
