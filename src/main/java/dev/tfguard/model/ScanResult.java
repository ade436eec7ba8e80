package dev.tfguard.model;

import java.util.List;

/**
 * The outcome of one scan, as every reporter receives it.
 *
 * @param version tfguard's version
 * @param rules every rule that ran
 * @param findings failures, in {@link Finding#ORDER}
 * @param unverified checks whose value cannot be known statically, in {@link Finding#ORDER}
 * @param suppressed findings that a suppression covers, each with that suppression, in {@link
 *     Finding#ORDER}
 * @param errors inputs that could not be read or parsed
 * @param warnings notices that do not change the exit status (a remote module not fetched, ...)
 * @param relations graph edges between the resources that rules inspected (a cache and the KMS key
 *     it uses)
 * @param baseline the comparison with {@code --baseline}, or {@code null} without one
 */
public record ScanResult(
        String version,
        List<RuleInfo> rules,
        List<Finding> findings,
        List<Finding> unverified,
        List<Suppressed> suppressed,
        List<InputError> errors,
        List<Warning> warnings,
        List<Relation> relations,
        Baseline baseline) {

    public ScanResult {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        unverified = List.copyOf(unverified);
        suppressed = List.copyOf(suppressed);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        relations = List.copyOf(relations);
    }

    /** A result without a baseline comparison. */
    public ScanResult(
            String version,
            List<RuleInfo> rules,
            List<Finding> findings,
            List<Finding> unverified,
            List<Suppressed> suppressed,
            List<InputError> errors,
            List<Warning> warnings,
            List<Relation> relations) {
        this(version, rules, findings, unverified, suppressed, errors, warnings, relations, null);
    }
}
