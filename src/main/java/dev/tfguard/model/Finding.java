package dev.tfguard.model;

import java.util.Comparator;
import java.util.List;

/**
 * A rule's verdict on one resource: a failure, or a check that could not be verified statically.
 *
 * @param rule rule id, e.g. {@code TFG-EC-001}
 * @param title the rule's title
 * @param severity the rule's severity
 * @param resource Terraform address of the resource
 * @param attribute the attribute the verdict is about, or {@code null}
 * @param source where to fix it, or {@code null} (plan input without sources)
 * @param message what is wrong, naming the address and attribute
 * @param remediation the exact Terraform fix
 * @param aliases equivalent ids of other scanners
 * @param reason for an unverified check, why the value cannot be known; {@code null} for a failure
 * @param root the root module the resource belongs to, as a path relative to the repository root
 *     ({@code .} for the repository root itself), or {@code null} when not known
 * @param usedAt when {@code source} is where the value at fault is written in a {@code .tfvars}
 *     file: the attribute of the resource that uses it (the line in a {@code .tf} file); else
 *     {@code null}
 */
public record Finding(
        String rule,
        String title,
        Severity severity,
        String resource,
        String attribute,
        SourceRef source,
        String message,
        String remediation,
        List<String> aliases,
        String reason,
        String root,
        SourceRef usedAt) {

    /**
     * Deterministic report order: file, line, rule, resource (findings without a file last).
     * Written out rather than composed with {@code Comparator.comparing}, whose lambdas are
     * generated at every start (the class-data archive cannot keep them) and cost a one-file scan
     * several milliseconds.
     */
    public static final Comparator<Finding> ORDER =
            new Comparator<>() {
                @Override
                public int compare(Finding a, Finding b) {
                    int c =
                            (a.source() == null ? "\uffff" : a.source().file())
                                    .compareTo(b.source() == null ? "\uffff" : b.source().file());
                    if (c == 0) {
                        c =
                                Integer.compare(
                                        a.source() == null ? 0 : a.source().line(),
                                        b.source() == null ? 0 : b.source().line());
                    }
                    if (c == 0) {
                        c = a.rule().compareTo(b.rule());
                    }
                    if (c == 0) {
                        c = a.resource().compareTo(b.resource());
                    }
                    // the same module file seen from two roots: two findings, in root order
                    return c != 0
                            ? c
                            : (a.root() == null ? "" : a.root())
                                    .compareTo(b.root() == null ? "" : b.root());
                }
            };

    public Finding {
        aliases = List.copyOf(aliases);
    }

    /** A finding located where the resource's attribute is written. */
    public Finding(
            String rule,
            String title,
            Severity severity,
            String resource,
            String attribute,
            SourceRef source,
            String message,
            String remediation,
            List<String> aliases,
            String reason,
            String root) {
        this(
                rule,
                title,
                severity,
                resource,
                attribute,
                source,
                message,
                remediation,
                aliases,
                reason,
                root,
                null);
    }

    /** A finding whose root module is not known yet ({@link #withRoot} gives it one). */
    public Finding(
            String rule,
            String title,
            Severity severity,
            String resource,
            String attribute,
            SourceRef source,
            String message,
            String remediation,
            List<String> aliases,
            String reason) {
        this(
                rule,
                title,
                severity,
                resource,
                attribute,
                source,
                message,
                remediation,
                aliases,
                reason,
                null);
    }

    /** The same finding, belonging to the root module {@code root}. */
    public Finding withRoot(String root) {
        return new Finding(
                rule,
                title,
                severity,
                resource,
                attribute,
                source,
                message,
                remediation,
                aliases,
                reason,
                root,
                usedAt);
    }

    public boolean unverified() {
        return reason != null;
    }

    /**
     * An identity that survives edits: the rule, the root module, the file (relative to the
     * repository root), the resource address and the attribute, hashed. Lines are left out so that
     * inserting lines above a finding, or reformatting, keeps it; the root and the file keep the
     * same resource written in two root modules (a copy of {@code envs/dev} in {@code envs/prod})
     * two findings. The file is the one the resource's attribute is written in, also for a finding
     * located in the {@code .tfvars} file that gives the value, so that scanning with another var
     * file keeps the identity. SARIF and baselines use it.
     */
    public String fingerprint() {
        return hash(
                rule
                        + "\u0000"
                        + (root == null ? "" : root)
                        + "\u0000"
                        + (configurationFile() == null ? "" : configurationFile())
                        + "\u0000"
                        + resource
                        + "\u0000"
                        + (attribute == null ? "" : attribute));
    }

    /**
     * The fingerprint that baselines of format 1 recorded: rule, resource address and attribute
     * only, the same for a resource in every root module. Read only to match such a baseline's
     * entries.
     */
    public String legacyFingerprint() {
        return hash(rule + "\u0000" + resource + "\u0000" + (attribute == null ? "" : attribute));
    }

    private static String hash(String key) {
        try {
            byte[] hash =
                    java.security.MessageDigest.getInstance("SHA-256")
                            .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    public String file() {
        return source == null ? null : source.file();
    }

    /**
     * The file of the configuration that the resource's attribute is written in: {@link #usedAt}'s
     * for a finding located in a {@code .tfvars} file, else the finding's own; null when unknown.
     */
    public String configurationFile() {
        return usedAt != null ? usedAt.file() : file();
    }

    public Integer line() {
        return source == null ? null : source.line();
    }
}
