package dev.tfguard.loader.plan;

import static dev.tfguard.loader.plan.Pending.TOP_UNKNOWN;
import static dev.tfguard.loader.plan.PlanJson.PLAN_HINT;
import static dev.tfguard.loader.plan.PlanJson.line;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.model.Attr;
import dev.tfguard.model.Mode;
import dev.tfguard.model.Model;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams one plan document and collects its resources.
 *
 * <p>Only small trees are ever built: one per resource entry of a relevant type and one per
 * configuration resource of such a type. Everything else is skipped token by token, so memory grows
 * with the relevant resources, not with the size of the plan. Each section has its reader: {@link
 * ChangeReader} ({@code resource_changes}), {@link StateValuesReader} ({@code planned_values} and
 * the data sources of {@code prior_state}) and {@link ConfigurationReader} ({@code configuration}).
 * Values that depend on {@code configuration} (which Terraform writes after {@code
 * resource_changes}) are resolved in {@link #finish}, once the whole document has been read.
 */
final class PlanReader {

    private final ConfigIndex config = new ConfigIndex();

    /** {@link Resource}s and {@link Pending}s in file order. */
    private final List<Object> entries = new ArrayList<>();

    /**
     * Data sources of relevant types that Terraform read while planning: they are in {@code
     * prior_state} only, not in {@code resource_changes}, yet rules follow references to them
     * ({@code data "aws_kms_key"}).
     */
    private final List<Object> priorData = new ArrayList<>();

    private final ChangeReader changes;
    private final StateValuesReader values;
    private final ConfigurationReader configuration;
    private boolean sawPlannedValues;
    private boolean sawStateValues;

    PlanReader(LoadOptions options) {
        PlanJson.Interner interner = new PlanJson.Interner();
        this.changes = new ChangeReader(options, interner, entries);
        this.values = new StateValuesReader(options, interner, entries, priorData);
        this.configuration = new ConfigurationReader(options, config);
    }

    /**
     * True when the plan has no {@code resource_changes} entries, so that its resources must be
     * taken from {@code planned_values} (old plans, plans trimmed by other tools).
     */
    boolean needsPlannedValues() {
        return changes.count() == 0 && sawPlannedValues;
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
                case "resource_changes" -> changes.read(p, value);
                case "planned_values" -> {
                    sawPlannedValues = value == JsonToken.START_OBJECT;
                    p.skipChildren();
                }
                case "configuration" -> configuration.read(p, value);
                case "prior_state" -> values.readPriorState(p, value);
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
        if (!changes.seen() && !sawPlannedValues && sawStateValues) {
            throw new PlanFormatException(
                    1,
                    "terraform show -json output of a state, not of a plan: "
                            + "give the output of terraform show -json PLANFILE");
        }
        if (!changes.seen() && !sawPlannedValues) {
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
                        values.readValuesModule(p);
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
            boolean sensitive =
                    r.sensitive().contains(name) || ChangeReader.ALWAYS_SENSITIVE.contains(name);
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
}
