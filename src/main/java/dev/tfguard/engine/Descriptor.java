package dev.tfguard.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A rule file as written in {@code rules/}: the single source of a rule's metadata, logic
 * (declarative {@code match} or Java {@code impl}), messages and examples. Unknown keys are errors.
 */
record Descriptor(
        String id,
        String slug,
        String title,
        String severity,
        String description,
        String remediation,
        List<String> links,
        Map<String, Object> references,
        Match match,
        String impl,
        String resource,
        List<String> reads,
        Map<String, String> messages,
        Examples examples,
        Fix fix,
        @JsonProperty("deprecated_ids") List<String> deprecatedIds,
        Boolean deprecated) {

    /**
     * A declarative condition set over one resource type. With {@code global_secondary_inherits}, a
     * resource that takes these settings from another (a replication group that is a global
     * datastore secondary) is judged through that source, as its provider knowledge finds it
     * ({@link ProviderKnowledge#inheritance}).
     */
    record Match(
            String resource,
            List<Condition.Spec> when,
            List<Condition.Spec> require,
            @JsonProperty("require_any") List<Condition.Spec> requireAny,
            @JsonProperty("global_secondary_inherits") Boolean globalSecondaryInherits) {}

    /**
     * Terraform snippets: bad ones carry {@code # expect <ID>} on each offending line. {@code
     * plans} are plan fixtures for what only a plan can show (a replacement, a changed value).
     */
    record Examples(List<String> bad, List<String> good, List<PlanExample> plans) {}

    /**
     * A plan fixture (path relative to the project root) and the addresses the rule reports on it.
     */
    record PlanExample(String plan, String title, List<String> expect) {}

    /**
     * How {@code tfguard fix} repairs a finding: a strategy by name, its parameters, and examples
     * before and after.
     */
    record Fix(String strategy, Map<String, String> with, List<FixExample> examples) {}

    /** Terraform with a finding ({@code bad}) and after the fix ({@code fixed}). */
    record FixExample(List<String> options, String bad, String fixed) {}
}
