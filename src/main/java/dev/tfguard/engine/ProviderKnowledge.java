package dev.tfguard.engine;

import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Relation;
import dev.tfguard.model.Resource;
import java.util.List;
import java.util.Set;

/**
 * What a provider's resources mean beyond what each rule reads: the engine asks it, and never names
 * a provider's resource types itself. The knowledge of the provider whose resource types start with
 * {@code p_} is the class {@code dev.tfguard.rules.p.knowledge.PKnowledge} (the provider's local
 * name capitalised), found by that name as {@code impl:} rules are; a provider without one has no
 * links, relations or inheritance.
 */
public interface ProviderKnowledge {

    /**
     * Resource types that links between resources pass through (a key, its alias), which loaders
     * keep whole whichever rules run.
     */
    Set<String> linkTypes();

    /** The edges of {@code graph} that a report draws, such as a cache to the key it uses. */
    List<Relation> relations(ResourceGraph graph);

    /**
     * Where {@code resource} takes settings from that it cannot set itself, for {@code
     * global_secondary_inherits} in a rule's {@code match}; {@link Inheritance#NONE} when it sets
     * its own.
     */
    Inheritance inheritance(ResourceGraph graph, Resource resource);

    /**
     * A resource whose settings come from another.
     *
     * @param inherits true when the resource takes its settings from another
     * @param attribute the resource's attribute that names its source
     * @param source the resource that decides them when it is in the scan, else null
     * @param named what the resource names as its source (an address or a literal id), for messages
     *     ({@code {datastore}} in a rule's {@code secondary} message)
     * @param from the source described for the default message, e.g. {@code the primary of the
     *     global datastore X}
     * @param reason why the check is unverified when the source is not in the scan
     */
    record Inheritance(
            boolean inherits,
            String attribute,
            Resource source,
            String named,
            String from,
            String reason) {
        /** A resource that sets its own settings. */
        public static final Inheritance NONE = new Inheritance(false, null, null, null, null, null);
    }
}
