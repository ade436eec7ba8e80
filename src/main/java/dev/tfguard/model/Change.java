package dev.tfguard.model;

import java.util.List;

/**
 * What a plan does to a resource instance. Only plan input has changes; resources from HCL have
 * none.
 *
 * @param actions Terraform's actions, e.g. {@code ["create"]}, {@code ["delete","create"]}
 * @param actionReason Terraform's {@code action_reason}, or {@code null}
 * @param replacePaths attribute paths that force replacement (first step of each {@code
 *     replace_paths} entry)
 * @param before the prior values of the attributes that rules read (empty on create)
 */
public record Change(
        List<String> actions,
        String actionReason,
        List<String> replacePaths,
        java.util.Map<String, Value> before) {

    public Change {
        actions = List.copyOf(actions);
        replacePaths = List.copyOf(replacePaths);
        before = java.util.Map.copyOf(before);
    }

    /** True when the instance is destroyed and created again, in either order. */
    public boolean isReplace() {
        return actions.contains("delete") && actions.contains("create");
    }

    /** True when the plan only destroys the instance. */
    public boolean isDeleteOnly() {
        return actions.equals(List.of("delete"));
    }
}
