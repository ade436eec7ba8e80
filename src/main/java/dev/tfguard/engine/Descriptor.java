package dev.tfguard.engine;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * A rule file as written in {@code rules/}: the single source of a rule's metadata, logic (declarative
 * {@code match} or Java {@code impl}), messages and examples. Unknown keys are errors.
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
        Map<String, String> messages,
        Examples examples,
        @JsonProperty("deprecated_ids") List<String> deprecatedIds,
        Boolean deprecated) {

    /** A declarative condition set over one resource type. */
    record Match(
            String resource,
            List<Condition.Spec> when,
            List<Condition.Spec> require,
            @JsonProperty("require_any") List<Condition.Spec> requireAny) {
    }

    /** Terraform snippets: bad ones carry {@code # expect <ID>} on each offending line. */
    record Examples(List<String> bad, List<String> good) {
    }
}
