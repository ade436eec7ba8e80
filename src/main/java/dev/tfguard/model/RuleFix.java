package dev.tfguard.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@code tfguard fix} repairs a rule's findings, as the rule file declares it: a strategy by
 * name, its parameters, and examples of Terraform before and after the fix.
 *
 * @param strategy the name of the fix strategy, e.g. {@code set} or {@code explain}
 * @param with the strategy's parameters (attribute, value, what the change does), in file order
 * @param examples Terraform with a finding and the same Terraform fixed
 */
public record RuleFix(String strategy, Map<String, String> with, List<Example> examples) {

    public RuleFix {
        with = Collections.unmodifiableMap(new LinkedHashMap<>(with));
        examples = List.copyOf(examples);
    }

    /** A parameter, or {@code null} when the rule file does not give it. */
    public String param(String name) {
        return with.get(name);
    }

    /**
     * One example of the fix.
     *
     * @param options {@code tfguard fix} options it is run with, e.g. {@code --create-kms-key}
     * @param bad Terraform with a finding of the rule
     * @param fixed the same Terraform after {@code tfguard fix}
     */
    public record Example(List<String> options, String bad, String fixed) {
        public Example {
            options = List.copyOf(options);
        }
    }
}
