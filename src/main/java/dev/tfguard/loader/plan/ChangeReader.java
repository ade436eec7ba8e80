package dev.tfguard.loader.plan;

import static dev.tfguard.loader.plan.Pending.TOP_UNKNOWN;
import static dev.tfguard.loader.plan.PlanJson.PLAN_HINT;
import static dev.tfguard.loader.plan.PlanJson.index;
import static dev.tfguard.loader.plan.PlanJson.line;
import static dev.tfguard.loader.plan.PlanJson.replacePaths;
import static dev.tfguard.loader.plan.PlanJson.strings;
import static dev.tfguard.loader.plan.PlanJson.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.model.Attr;
import dev.tfguard.model.Change;
import dev.tfguard.model.Mode;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads {@code resource_changes}: a tree is built only for the change of a resource of a relevant
 * type; the change of any other resource is streamed past with its actions and replace paths.
 */
final class ChangeReader {

    /**
     * Attributes treated as secrets even when the plan does not mark them: plans written by
     * Terraform 0.12 to 0.14 have no {@code after_sensitive} and carry provider-sensitive values
     * such as {@code auth_token} in clear. The model's list of secret argument names, at the top
     * level and inside nested blocks (a MemoryDB user's {@code authentication_mode.passwords}).
     */
    static final Set<String> ALWAYS_SENSITIVE = Attr.SECRET_NAMES;

    private final LoadOptions options;
    private final PlanJson.Interner interner;

    /** {@link Resource}s and {@link Pending}s in file order. */
    private final List<Object> entries;

    private boolean sawResourceChanges;
    private int resourceChanges;

    ChangeReader(LoadOptions options, PlanJson.Interner interner, List<Object> entries) {
        this.options = options;
        this.interner = interner;
        this.entries = entries;
    }

    /** True once the document had a {@code resource_changes} field, even an empty one. */
    boolean seen() {
        return sawResourceChanges;
    }

    /** How many entries {@code resource_changes} had. */
    int count() {
        return resourceChanges;
    }

    void read(JsonParser p, JsonToken value) throws IOException, PlanFormatException {
        sawResourceChanges = true;
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value != JsonToken.START_ARRAY) {
            throw new PlanFormatException(
                    line(p), "expected an array at \"resource_changes\"" + PLAN_HINT);
        }
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw new PlanFormatException(
                        line(p), "expected an object in \"resource_changes\"" + PLAN_HINT);
            }
            resourceChanges++;
            readResourceChange(p);
        }
    }

    private void readResourceChange(JsonParser p) throws IOException, PlanFormatException {
        int startLine = line(p);
        String address = null;
        String moduleAddress = "";
        String mode = "managed";
        String type = null;
        String name = null;
        Object index = null;
        String actionReason = null;
        boolean deposed = false;
        List<String> actions = null;
        List<String> replacePaths = List.of();
        JsonNode change = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "address" -> address = text(p, t, field);
                case "module_address" ->
                        moduleAddress = Objects.requireNonNullElse(text(p, t, field), "");
                case "mode" -> mode = Objects.requireNonNullElse(text(p, t, field), "managed");
                case "type" -> type = text(p, t, field);
                case "name" -> name = text(p, t, field);
                case "index" -> index = index(p, t);
                case "action_reason" -> actionReason = text(p, t, field);
                case "deposed" -> {
                    deposed = t != JsonToken.VALUE_NULL;
                    p.skipChildren();
                }
                case "change" -> {
                    if (t != JsonToken.START_OBJECT) {
                        throw new PlanFormatException(
                                line(p), "expected an object at \"change\"" + PLAN_HINT);
                    }
                    if (type != null && !options.relevant(type)) {
                        // Terraform writes type before change: irrelevant changes are streamed
                        // past, not built.
                        actions = new ArrayList<>();
                        replacePaths = readChangeHead(p, actions);
                    } else {
                        change = p.readValueAsTree();
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (address == null || type == null || name == null) {
            throw new PlanFormatException(
                    startLine,
                    "a \"resource_changes\" entry has no address, type or name" + PLAN_HINT);
        }
        if (change != null) {
            actions = strings(change.get("actions"));
            replacePaths = replacePaths(change.get("replace_paths"));
        }
        if (actions == null) {
            throw new PlanFormatException(
                    startLine, "resource change " + address + " has no change.actions" + PLAN_HINT);
        }
        // A deposed object is an old copy on its way out, and a delete-only (or forget-only)
        // instance is not in
        // the planned state: neither is a resource that rules should see.
        if (deposed || actions.equals(List.of("delete")) || actions.equals(List.of("forget"))) {
            return;
        }
        actions = interner.intern(actions);
        moduleAddress = interner.intern(moduleAddress);
        type = interner.intern(type);
        Mode m = mode.equals("data") ? Mode.DATA : Mode.MANAGED;
        if (change == null || !options.relevant(type)) {
            entries.add(
                    new Resource(
                            address,
                            moduleAddress,
                            m,
                            type,
                            name,
                            index,
                            Map.of(),
                            null,
                            new Change(actions, actionReason, replacePaths, Map.of())));
            return;
        }
        entries.add(
                fromChange(
                        address,
                        moduleAddress,
                        m,
                        type,
                        name,
                        index,
                        actions,
                        actionReason,
                        replacePaths,
                        change));
    }

    /**
     * Streams a change object of an irrelevant resource: keeps actions and replace paths, skips the
     * values.
     */
    private List<String> readChangeHead(JsonParser p, List<String> actions) throws IOException {
        List<String> replacePaths = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("actions") && t == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() == JsonToken.VALUE_STRING) {
                        actions.add(
                                interner.intern(p.getText())); // a few distinct words over millions
                        // of instances
                    } else {
                        p.skipChildren();
                    }
                }
            } else if (field.equals("replace_paths") && t == JsonToken.START_ARRAY) {
                replacePaths = replacePaths(p.readValueAsTree());
            } else {
                p.skipChildren();
            }
        }
        return replacePaths;
    }

    private Pending fromChange(
            String address,
            String modulePath,
            Mode mode,
            String type,
            String name,
            Object index,
            List<String> actions,
            String actionReason,
            List<String> replacePaths,
            JsonNode change) {
        JsonNode after = change.get("after");
        JsonNode afterUnknown = change.get("after_unknown");
        JsonNode afterSensitive = change.get("after_sensitive");
        Map<String, Object> attrs = new TreeMap<>();
        Set<String> sensitive = new HashSet<>();
        if (after != null && after.isObject()) {
            for (Map.Entry<String, JsonNode> e : after.properties()) {
                String k = e.getKey();
                JsonNode unknown = PlanValues.member(afterUnknown, k);
                JsonNode sens = sensitivity(k, PlanValues.member(afterSensitive, k), e.getValue());
                attrs.put(
                        k,
                        PlanValues.isTrue(unknown)
                                ? TOP_UNKNOWN
                                : PlanValues.convert(e.getValue(), unknown, sens));
                if (PlanValues.anyTrue(sens)) {
                    sensitive.add(k);
                }
            }
        }
        if (afterUnknown != null && afterUnknown.isObject()) {
            // Unknown attributes are left out of "after": the mask is where they appear.
            for (Map.Entry<String, JsonNode> e : afterUnknown.properties()) {
                if (PlanValues.isTrue(e.getValue())) {
                    attrs.put(e.getKey(), TOP_UNKNOWN);
                    if (PlanValues.anyTrue(
                            sensitivity(
                                    e.getKey(), PlanValues.member(afterSensitive, e.getKey())))) {
                        sensitive.add(e.getKey());
                    }
                }
            }
        }
        Map<String, Value> before = new LinkedHashMap<>();
        JsonNode prior = change.get("before");
        JsonNode priorSensitive = change.get("before_sensitive");
        if (prior != null && prior.isObject()) {
            for (Map.Entry<String, JsonNode> e : prior.properties()) {
                String k = e.getKey();
                JsonNode sens = sensitivity(k, PlanValues.member(priorSensitive, k), e.getValue());
                Object v = PlanValues.convert(e.getValue(), null, sens);
                Object planned = attrs.get(k);
                if (planned != TOP_UNKNOWN && planned != null && planned.equals(v)) {
                    v = planned; // share unchanged values instead of holding them twice
                }
                before.put(k, Value.of(v));
                if (PlanValues.anyTrue(sens)) {
                    sensitive.add(k);
                }
            }
        }
        return new Pending(
                address,
                modulePath,
                mode,
                type,
                name,
                index,
                attrs,
                sensitive,
                new Change(actions, actionReason, replacePaths, before),
                false);
    }

    static JsonNode sensitivity(String attribute, JsonNode mask) {
        return sensitivity(attribute, mask, null);
    }

    /**
     * The sensitivity mask of a top-level attribute: the plan's, with every secret-named argument
     * of its nested blocks ({@code value} as a list of objects) marked when the plan does not mark
     * it.
     */
    static JsonNode sensitivity(String attribute, JsonNode mask, JsonNode value) {
        if (ALWAYS_SENSITIVE.contains(attribute)) {
            return BooleanNode.TRUE;
        }
        if (value == null || !value.isArray() || PlanValues.isTrue(mask)) {
            return mask;
        }
        ArrayNode out = null;
        for (int i = 0; i < value.size(); i++) {
            JsonNode block = value.get(i);
            if (!block.isObject()) {
                continue;
            }
            for (String name : ALWAYS_SENSITIVE) {
                if (block.has(name)
                        && !PlanValues.isTrue(
                                PlanValues.member(PlanValues.element(mask, i), name))) {
                    if (out == null) {
                        out =
                                mask != null && mask.isArray()
                                        ? ((ArrayNode) mask).deepCopy()
                                        : JsonNodeFactory.instance.arrayNode();
                    }
                    while (out.size() <= i) {
                        out.addObject();
                    }
                    if (out.get(i).isObject()) {
                        ((ObjectNode) out.get(i)).put(name, true);
                    }
                }
            }
        }
        return out == null ? mask : out;
    }
}
