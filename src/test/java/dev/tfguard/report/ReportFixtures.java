package dev.tfguard.report;

import dev.tfguard.model.Finding;
import dev.tfguard.model.InputError;
import dev.tfguard.model.Relation;
import dev.tfguard.model.RuleInfo;
import dev.tfguard.model.ScanResult;
import dev.tfguard.model.Severity;
import dev.tfguard.model.SourceRef;
import dev.tfguard.model.Suppressed;
import dev.tfguard.model.Suppression;
import dev.tfguard.model.Warning;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scan results that every reporter test renders: one with each kind of entry a report must handle,
 * and a clean one. Built by hand so that reporters are tested without loaders or rules.
 */
public final class ReportFixtures {

    /**
     * A resource address from a plan with a {@code for_each} key that needs escaping in every
     * format.
     */
    public static final String ODD_ADDRESS =
            "module.cache.aws_elasticache_replication_group.this[\"a,b:c|d\"]";

    /**
     * A message holding every character some format must escape: % : , CR LF < & quotes and a pipe.
     */
    public static final String ODD_MESSAGE =
            ODD_ADDRESS
                    + ": auth_token is not set; 100% of clients <connect> & \"read\",\r\nunauthenticated | 'always'";

    private ReportFixtures() {}

    public static List<RuleInfo> rules() {
        return List.of(
                rule(
                        "TFG-EC-001",
                        "elasticache-at-rest-encryption",
                        "ElastiCache replication group is encrypted at rest",
                        Severity.HIGH,
                        "aws_elasticache_replication_group",
                        "Data in the cache and in its snapshots is readable from the underlying storage.",
                        "Set `at_rest_encryption_enabled = true`.\n\n```hcl\nat_rest_encryption_enabled = true\n```",
                        Map.of(
                                "security_hub",
                                List.of("ElastiCache.4"),
                                "checkov",
                                List.of("CKV_AWS_29"))),
                rule(
                        "TFG-EC-002",
                        "elasticache-customer-managed-key",
                        "ElastiCache replication group uses a customer-managed KMS key",
                        Severity.MEDIUM,
                        "aws_elasticache_replication_group",
                        "An AWS-managed key cannot be rotated, audited or revoked by you.",
                        "Set `kms_key_id` to the ARN of an `aws_kms_key`.",
                        Map.of()),
                rule(
                        "TFG-EC-003",
                        "elasticache-in-transit-encryption",
                        "ElastiCache replication group is encrypted in transit",
                        Severity.HIGH,
                        "aws_elasticache_replication_group",
                        "Clients and replicas exchange data in clear text.",
                        "Set `transit_encryption_enabled = true`.",
                        Map.of("trivy", List.of("AVD-AWS-0051"))),
                rule(
                        "TFG-EC-004",
                        "elasticache-authentication",
                        "ElastiCache replication group requires authentication",
                        Severity.CRITICAL,
                        "aws_elasticache_replication_group",
                        "Anyone who reaches the endpoint can read and write every key.",
                        "Set `auth_token` from a secret, or `user_group_ids` for RBAC.",
                        Map.of()),
                rule(
                        "TFG-KMS-001",
                        "kms-key-rotation",
                        "KMS key has automatic rotation enabled",
                        Severity.LOW,
                        "aws_kms_key",
                        "A key that never rotates keeps protecting data long after it may have leaked.",
                        "Set `enable_key_rotation = true`.",
                        Map.of()));
    }

    /**
     * A result with findings with and without a file, an unverified and a suppressed entry, errors
     * and warnings.
     */
    public static ScanResult mixed() {
        List<RuleInfo> rules = rules();
        List<Finding> findings =
                new ArrayList<>(
                        List.of(
                                finding(
                                        rules.get(0),
                                        "aws_elasticache_replication_group.cache",
                                        "at_rest_encryption_enabled",
                                        SourceRef.of("main.tf", 12),
                                        "aws_elasticache_replication_group.cache: at_rest_encryption_enabled is false",
                                        null),
                                finding(
                                        rules.get(2),
                                        "aws_elasticache_replication_group.cache",
                                        "transit_encryption_enabled",
                                        SourceRef.of("main.tf", 13),
                                        "aws_elasticache_replication_group.cache: transit_encryption_enabled is not set",
                                        null),
                                finding(
                                        rules.get(4),
                                        "aws_kms_key.cache",
                                        "enable_key_rotation",
                                        SourceRef.of("modules/kms key/main.tf", 4),
                                        "aws_kms_key.cache: enable_key_rotation is not set",
                                        null),
                                finding(
                                        rules.get(3),
                                        ODD_ADDRESS,
                                        "auth_token",
                                        null,
                                        ODD_MESSAGE,
                                        null)));
        findings.sort(Finding.ORDER);
        List<Finding> unverified =
                List.of(
                        finding(
                                rules.get(0),
                                "aws_elasticache_replication_group.sessions",
                                "at_rest_encryption_enabled",
                                SourceRef.of("main.tf", 31),
                                "aws_elasticache_replication_group.sessions: at_rest_encryption_enabled is var.encrypt",
                                "var.encrypt has no default and no value in a tfvars file"));
        List<Suppressed> suppressed =
                List.of(
                        new Suppressed(
                                finding(
                                        rules.get(1),
                                        "aws_elasticache_replication_group.legacy",
                                        "kms_key_id",
                                        SourceRef.of("main.tf", 40),
                                        "aws_elasticache_replication_group.legacy: kms_key_id is not set",
                                        null),
                                new Suppression(
                                        "TFG-EC-002",
                                        "the default key is accepted until the Q1 migration",
                                        LocalDate.of(2027, 3, 31),
                                        "inline",
                                        SourceRef.of("main.tf", 38),
                                        new Suppression.Lines("main.tf", 38, 45))));
        List<InputError> errors =
                List.of(
                        new InputError(
                                "broken.tf",
                                3,
                                "expected \"}\" to close the block opened on line 1"),
                        new InputError("missing.tf", 0, "no such file"));
        List<Warning> warnings =
                List.of(
                        new Warning(
                                ".",
                                "main.tf:50: aws_kms_key.cache is declared twice; the second one is used"));
        List<Relation> relations =
                List.of(
                        new Relation(
                                "aws_elasticache_replication_group.cache",
                                "kms_key_id",
                                "aws_kms_key.cache"),
                        new Relation(
                                "aws_elasticache_replication_group.sessions",
                                "kms_key_id",
                                "aws_kms_key.sessions"),
                        new Relation(
                                "aws_elasticache_replication_group.legacy",
                                "kms_key_id",
                                "aws_kms_key.cache"),
                        new Relation(ODD_ADDRESS, "kms_key_id", "module.cache.aws_kms_key.this"),
                        new Relation(
                                "aws_elasticache_replication_group.clean",
                                "kms_key_id",
                                "aws_kms_key.clean"));
        return new ScanResult(
                "1.0.0", rules, findings, unverified, suppressed, errors, warnings, relations);
    }

    /** A scan where every rule passed. */
    public static ScanResult clean() {
        return new ScanResult(
                "1.0.0",
                rules(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        new Relation(
                                "aws_elasticache_replication_group.clean",
                                "kms_key_id",
                                "aws_kms_key.clean")));
    }

    /** A result with {@code n} failing replication groups, for size limits. */
    public static ScanResult manyFindings(int n) {
        RuleInfo rule = rules().get(0);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String address = String.format("aws_elasticache_replication_group.c%03d", i);
            findings.add(
                    finding(
                            rule,
                            address,
                            "at_rest_encryption_enabled",
                            SourceRef.of("main.tf", 10 * i + 1),
                            address + ": at_rest_encryption_enabled is false",
                            null));
        }
        return new ScanResult(
                "1.0.0", rules(), findings, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Renders {@code result} with {@code reporter} into a string. */
    public static String render(Reporter reporter, ScanResult result) {
        StringWriter out = new StringWriter();
        try {
            reporter.write(result, out);
        } catch (IOException e) {
            throw new AssertionError("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private static RuleInfo rule(
            String id,
            String slug,
            String title,
            Severity severity,
            String type,
            String description,
            String remediation,
            Map<String, List<String>> refs) {
        return new RuleInfo(
                id,
                slug,
                title,
                severity,
                type,
                description,
                remediation,
                List.of("https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/encryption.html"),
                refs,
                List.of(),
                List.of());
    }

    private static Finding finding(
            RuleInfo rule,
            String resource,
            String attribute,
            SourceRef source,
            String message,
            String reason) {
        return new Finding(
                rule.id(),
                rule.title(),
                rule.severity(),
                resource,
                attribute,
                source,
                message,
                rule.remediation(),
                rule.aliases(),
                reason);
    }
}
