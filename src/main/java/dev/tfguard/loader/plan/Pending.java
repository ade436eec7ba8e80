package dev.tfguard.loader.plan;

import dev.tfguard.model.Change;
import dev.tfguard.model.Mode;
import java.util.Map;
import java.util.Set;

/**
 * A relevant resource whose attributes wait for the configuration, which Terraform writes after
 * {@code resource_changes}: {@link PlanReader#finish} resolves it.
 */
record Pending(
        String address,
        String modulePath,
        Mode mode,
        String type,
        String name,
        Object index,
        Map<String, Object> attrs,
        Set<String> sensitive,
        Change change,
        boolean valuesOnly) {

    /**
     * Marks a top-level attribute that is unknown until apply, to be resolved against the
     * configuration.
     */
    static final Object TOP_UNKNOWN = new Object();
}
