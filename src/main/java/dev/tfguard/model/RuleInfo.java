package dev.tfguard.model;

import java.util.List;
import java.util.Map;

/**
 * A rule's metadata, as reporters and docs need it. Loaded from the rule's YAML descriptor.
 *
 * @param id permanent id, e.g. {@code TFG-EC-001}
 * @param slug file name stem, e.g. {@code elasticache-at-rest-encryption}
 * @param title one line
 * @param severity default severity
 * @param resourceType the resource type the rule inspects
 * @param description why it matters (Markdown)
 * @param remediation what to change, with the exact Terraform fix (Markdown)
 * @param links documentation links
 * @param references other catalogues' ids by catalogue: {@code security_hub}, {@code checkov},
 *     {@code trivy}, {@code tfsec}, {@code kics}; a value may hold several ids separated by commas
 * @param examplesBad HCL examples that fail, with {@code # expect <ID>} markers
 * @param examplesGood HCL examples that pass
 * @param examplesPlan plan fixtures and what the rule reports on each, for checks that only a plan
 *     can show
 * @param fix how {@code tfguard fix} repairs a finding, or {@code null} when it does not
 */
public record RuleInfo(
        String id,
        String slug,
        String title,
        Severity severity,
        String resourceType,
        String description,
        String remediation,
        List<String> links,
        Map<String, List<String>> references,
        List<String> examplesBad,
        List<String> examplesGood,
        List<PlanExample> examplesPlan,
        RuleFix fix) {

    public RuleInfo {
        links = List.copyOf(links);
        // keep the rule file's order: pages, help and reports render it, and must be the same on
        // every run
        references =
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(references));
        examplesBad = List.copyOf(examplesBad);
        examplesGood = List.copyOf(examplesGood);
        examplesPlan = List.copyOf(examplesPlan);
    }

    /** A rule without a fix. */
    public RuleInfo(
            String id,
            String slug,
            String title,
            Severity severity,
            String resourceType,
            String description,
            String remediation,
            List<String> links,
            Map<String, List<String>> references,
            List<String> examplesBad,
            List<String> examplesGood,
            List<PlanExample> examplesPlan) {
        this(
                id,
                slug,
                title,
                severity,
                resourceType,
                description,
                remediation,
                links,
                references,
                examplesBad,
                examplesGood,
                examplesPlan,
                null);
    }

    /** The same rule with another severity (the user's choice). */
    public RuleInfo withSeverity(Severity other) {
        return new RuleInfo(
                id,
                slug,
                title,
                other,
                resourceType,
                description,
                remediation,
                links,
                references,
                examplesBad,
                examplesGood,
                examplesPlan,
                fix);
    }

    /** A rule without plan examples. */
    public RuleInfo(
            String id,
            String slug,
            String title,
            Severity severity,
            String resourceType,
            String description,
            String remediation,
            List<String> links,
            Map<String, List<String>> references,
            List<String> examplesBad,
            List<String> examplesGood) {
        this(
                id,
                slug,
                title,
                severity,
                resourceType,
                description,
                remediation,
                links,
                references,
                examplesBad,
                examplesGood,
                List.of());
    }

    /**
     * A plan fixture of a rule's documentation and tests.
     *
     * @param plan the plan JSON file, relative to the project root
     * @param title what the plan does, one line
     * @param expect the addresses the rule reports on it (empty for a plan that passes)
     */
    public record PlanExample(String plan, String title, List<String> expect) {
        public PlanExample {
            expect = List.copyOf(expect);
        }
    }

    /**
     * Other scanners' ids for this rule (every reference except the Security Hub control), sorted.
     */
    public List<String> aliases() {
        return references.entrySet().stream()
                .filter(e -> !e.getKey().equals("security_hub"))
                .flatMap(e -> e.getValue().stream())
                .sorted()
                .toList();
    }

    /** The AWS Security Hub control ids, e.g. {@code ElastiCache.4}; empty when none. */
    public List<String> securityHub() {
        return references.getOrDefault("security_hub", List.of());
    }
}
