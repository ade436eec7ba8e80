package dev.tfguard.model;

import java.util.List;
import java.util.Set;

/**
 * One attribute of a resource: its value, the references written in its expression, where it is
 * written, and whether its value is a secret.
 *
 * @param name attribute name, e.g. {@code kms_key_id}
 * @param value tri-state value
 * @param references absolute traversals the expression refers to, already followed through module
 *     inputs and variables by the loader, e.g. {@code module.cache.aws_kms_key.this.arn}; empty
 *     when none
 * @param source where the attribute is written, or {@code null} (plan input without sources)
 * @param sensitive true when the value must never be printed
 * @param inFiles true when the known value is held in the configuration's files (a literal, a
 *     variable default, a {@code .tfvars} value), false when it comes from elsewhere (the
 *     environment, a plan)
 * @param defaultOf the variable whose {@code default} the value is, when the attribute is written
 *     as that variable and nothing sets it ({@code var.encrypt}, {@code var.encrypt of
 *     module.cache}), else {@code null}
 */
public record Attr(
        String name,
        Value value,
        List<String> references,
        SourceRef source,
        boolean sensitive,
        boolean inFiles,
        String defaultOf) {

    /**
     * Resource arguments whose values are secrets whatever the input says (an RBAC user's {@code
     * passwords}).
     */
    public static final Set<String> SECRET_NAMES =
            Set.of("auth_token", "password", "passwords", "master_password", "secret");

    public Attr {
        references = List.copyOf(references);
    }

    /**
     * An attribute whose value does not come from a variable's default that the loader could name.
     */
    public Attr(
            String name,
            Value value,
            List<String> references,
            SourceRef source,
            boolean sensitive,
            boolean inFiles) {
        this(name, value, references, source, sensitive, inFiles, null);
    }

    /** An attribute whose value is not known to be held in the configuration's files. */
    public Attr(
            String name,
            Value value,
            List<String> references,
            SourceRef source,
            boolean sensitive) {
        this(name, value, references, source, sensitive, false);
    }

    /**
     * Where the value of this attribute is written when that is a {@code .tfvars} file: the one
     * place in such a file that the known (or null) value comes from, passed through variables,
     * module inputs and expressions; null when no such value or several flow into it, or when the
     * value is unknown.
     */
    public SourceRef origin() {
        if (value.isUnknown()) {
            return null;
        }
        Set<SourceRef> origins = value.marks().origins();
        return origins.size() == 1 ? origins.iterator().next() : null;
    }

    public static Attr of(String name, Value value) {
        return new Attr(name, value, List.of(), null, false);
    }
}
