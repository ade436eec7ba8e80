package dev.tfguard.loader.plan;

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
import dev.tfguard.model.Model;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Streams one plan document and collects its resources.
 *
 * <p>Only small trees are ever built: one per resource entry of a relevant type and one per
 * configuration resource of such a type. Everything else is skipped token by token, so memory grows
 * with the relevant resources, not with the size of the plan. Values that depend on {@code
 * configuration} (which Terraform writes after {@code resource_changes}) are resolved in {@link
 * #finish}, once the whole document has been read.
 */
final class PlanReader {

    /**
     * Marks a top-level attribute that is unknown until apply, to be resolved against the
     * configuration.
     */
    private static final Object TOP_UNKNOWN = new Object();

    /**
     * Attributes treated as secrets even when the plan does not mark them: plans written by
     * Terraform 0.12 to 0.14 have no {@code after_sensitive} and carry provider-sensitive values
     * such as {@code auth_token} in clear. The model's list of secret argument names, at the top
     * level and inside nested blocks (a MemoryDB user's {@code authentication_mode.passwords}).
     */
    private static final Set<String> ALWAYS_SENSITIVE = Attr.SECRET_NAMES;

    private static final String PLAN_HINT = " (is this terraform show -json output?)";

    private final LoadOptions options;
    private final ConfigIndex config = new ConfigIndex();

    /** {@link Resource}s and {@link Pending}s in file order. */
    private final List<Object> entries = new ArrayList<>();

    /**
     * Data sources of relevant types that Terraform read while planning: they are in {@code
     * prior_state} only, not in {@code resource_changes}, yet rules follow references to them
     * ({@code data "aws_kms_key"}).
     */
    private final List<Object> priorData = new ArrayList<>();

    private final Map<String, String> interned = new HashMap<>();
    private final Map<List<String>, List<String>> actionLists = new HashMap<>();
    private boolean sawResourceChanges;
    private int resourceChanges;
    private boolean sawPlannedValues;
    private boolean sawStateValues;

    PlanReader(LoadOptions options) {
        this.options = options;
    }

    /** A relevant resource whose attributes wait for the configuration. */
    private record Pending(
            String address,
            String modulePath,
            Mode mode,
            String type,
            String name,
            Object index,
            Map<String, Object> attrs,
            Set<String> sensitive,
            Change change,
            boolean valuesOnly) {}

    /**
     * True when the plan has no {@code resource_changes} entries, so that its resources must be
     * taken from {@code planned_values} (old plans, plans trimmed by other tools).
     */
    boolean needsPlannedValues() {
        return resourceChanges == 0 && sawPlannedValues;
    }

    /**
     * Reads the top-level object: resource changes, configuration; checks there is nothing after
     * it.
     */
    void readDocument(JsonParser p) throws IOException, PlanFormatException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new PlanFormatException(0, "empty file (expected terraform show -json output)");
        }
        if (t != JsonToken.START_OBJECT) {
            throw new PlanFormatException(
                    line(p), "expected a JSON object at the top level" + PLAN_HINT);
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "format_version" -> checkFormatVersion(p, value);
                case "resource_changes" -> readResourceChanges(p, value);
                case "planned_values" -> {
                    sawPlannedValues = value == JsonToken.START_OBJECT;
                    p.skipChildren();
                }
                case "configuration" -> readConfiguration(p, value);
                case "prior_state" -> readPriorState(p, value);
                case "values" -> {
                    sawStateValues = true;
                    p.skipChildren();
                }
                default -> p.skipChildren();
            }
        }
        int end = line(p);
        JsonToken extra;
        try {
            extra = p.nextToken();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new PlanFormatException(
                    e.getLocation() == null ? end : e.getLocation().getLineNr(),
                    "unexpected data after the end of the plan JSON");
        }
        if (extra != null) {
            throw new PlanFormatException(
                    line(p), "unexpected data after the end of the plan JSON");
        }
        if (!sawResourceChanges && !sawPlannedValues && sawStateValues) {
            throw new PlanFormatException(
                    1,
                    "terraform show -json output of a state, not of a plan: "
                            + "give the output of terraform show -json PLANFILE");
        }
        if (!sawResourceChanges && !sawPlannedValues) {
            throw new PlanFormatException(
                    1, "no resource_changes or planned_values: not a Terraform plan" + PLAN_HINT);
        }
    }

    /** Second pass for plans without resource changes: reads only {@code planned_values}. */
    void readPlannedValuesOnly(JsonParser p) throws IOException, PlanFormatException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("planned_values") && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String f = p.currentName();
                    if (p.nextToken() == JsonToken.START_OBJECT && f.equals("root_module")) {
                        readValuesModule(p);
                    } else {
                        p.skipChildren();
                    }
                }
                return;
            }
            p.skipChildren();
        }
    }

    private static void checkFormatVersion(JsonParser p, JsonToken value)
            throws IOException, PlanFormatException {
        if (value != JsonToken.VALUE_STRING) {
            p.skipChildren();
            return;
        }
        String v = p.getText();
        int dot = v.indexOf('.');
        String major = dot < 0 ? v : v.substring(0, dot);
        // Terraform bumps the major format version only for incompatible changes; 0.x and 1.x read
        // alike.
        if (!major.equals("0") && !major.equals("1")) {
            String shown =
                    v.length() > 20
                            ? v.substring(0, 20) + "..."
                            : v; // a whole line of input is no help
            throw new PlanFormatException(
                    line(p),
                    "unsupported plan format_version \""
                            + shown
                            + "\" (tfguard reads format 0.x and 1.x)");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // resource_changes

    private void readResourceChanges(JsonParser p, JsonToken value)
            throws IOException, PlanFormatException {
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
        actions = actionLists.computeIfAbsent(actions, List::copyOf);
        moduleAddress = intern(moduleAddress);
        type = intern(type);
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
                        actions.add(intern(p.getText())); // a few distinct words over millions
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

    private static JsonNode sensitivity(String attribute, JsonNode mask) {
        return sensitivity(attribute, mask, null);
    }

    /**
     * The sensitivity mask of a top-level attribute: the plan's, with every secret-named argument
     * of its nested blocks ({@code value} as a list of objects) marked when the plan does not mark
     * it.
     */
    private static JsonNode sensitivity(String attribute, JsonNode mask, JsonNode value) {
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

    // ---------------------------------------------------------------------------------------------------------
    // planned_values (fallback)

    private void readValuesModule(JsonParser p) throws IOException, PlanFormatException {
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
        String modulePath = intern(Addresses.modulePathOf(address));
        type = intern(type);
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
                        sensitivity(
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
    private void readPriorState(JsonParser p, JsonToken value)
            throws IOException, PlanFormatException {
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

    // ---------------------------------------------------------------------------------------------------------
    // configuration

    private void readConfiguration(JsonParser p, JsonToken value)
            throws IOException, PlanFormatException {
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

    // ---------------------------------------------------------------------------------------------------------
    // resolution

    /**
     * Resolves what waited for the configuration and adds every resource read so far to the model.
     */
    void finish(Model model) {
        Set<String> seen = priorData.isEmpty() ? null : new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Object entry =
                    entries.set(
                            i, null); // each pending entry goes once resolved: a lower peak heap
            Resource r = entry instanceof Pending pending ? resolve(pending) : (Resource) entry;
            if (seen != null) {
                seen.add(r.address());
            }
            model.add(r);
        }
        for (Object entry : priorData) {
            // a data source that the plan reads again at apply is in resource_changes already
            Resource r = resolve((Pending) entry);
            if (seen.add(r.address())) {
                model.add(r);
            }
        }
        entries.clear();
        priorData.clear();
    }

    private Resource resolve(Pending r) {
        Map<String, ConfigIndex.Expr> exprs =
                config.resource(r.modulePath(), r.mode() == Mode.DATA, r.type(), r.name());
        Map<String, Object> attrs = r.attrs();
        if (r.valuesOnly() && exprs != null) {
            // planned_values leaves unknown attributes out: a configured attribute missing there is
            // unknown.
            for (String configured : exprs.keySet()) {
                attrs.putIfAbsent(configured, TOP_UNKNOWN);
            }
        }
        Map<String, Attr> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : attrs.entrySet()) {
            String name = e.getKey();
            boolean sensitive = r.sensitive().contains(name) || ALWAYS_SENSITIVE.contains(name);
            ConfigIndex.Expr expr = exprs == null ? null : exprs.get(name);
            ConfigIndex.Resolved resolved =
                    expr == null ? ConfigIndex.Resolved.NONE : config.resolve(expr, r.modulePath());
            Value value;
            if (e.getValue() != TOP_UNKNOWN) {
                value = Value.of(e.getValue());
            } else if (exprs == null) {
                value = Value.unknown("known after apply");
            } else if (expr == null) {
                // Not configured: the provider computes it (at_rest_encryption_enabled is listed
                // unknown even when
                // unset), so its default applies.
                value = Value.NULL;
            } else if (resolved.hasConstant()) {
                Object constant = resolved.constant();
                value = Value.of(sensitive ? PlanValues.mask(constant) : constant);
            } else if (!resolved.references().isEmpty()) {
                value = Value.unknown("known after apply: " + resolved.references().get(0));
            } else {
                value = Value.unknown("known after apply");
            }
            out.put(name, new Attr(name, value, resolved.references(), null, sensitive));
        }
        return new Resource(
                r.address(),
                r.modulePath(),
                r.mode(),
                r.type(),
                r.name(),
                r.index(),
                out,
                null,
                r.change());
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    /**
     * Moves to the next object of an array, skipping anything else; false at the end of the array.
     */
    private static boolean nextElement(JsonParser p) throws IOException {
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

    private String intern(String s) {
        return interned.computeIfAbsent(s, k -> k);
    }

    private static String text(JsonParser p, JsonToken t, String field)
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

    private static Object index(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getIntValue();
        }
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    private static List<String> strings(JsonNode array) {
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
    private static List<String> replacePaths(JsonNode paths) {
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
