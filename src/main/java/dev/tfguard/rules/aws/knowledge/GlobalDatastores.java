package dev.tfguard.rules.aws.knowledge;

import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Mode;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.List;

/**
 * ElastiCache global datastores. A replication group with {@code global_replication_group_id} is a
 * secondary of a global datastore: AWS gives it the engine, encryption settings and auth token of
 * the datastore's primary group, and the provider rejects those arguments on the secondary. The
 * primary is found by following {@code global_replication_group_id} to an {@code
 * aws_elasticache_global_replication_group} and its {@code primary_replication_group_id}.
 */
public final class GlobalDatastores {
    /** The global datastore resource. */
    public static final String DATASTORE = "aws_elasticache_global_replication_group";

    /** The argument of a replication group that makes it a secondary. */
    public static final String MEMBERSHIP = "global_replication_group_id";

    private GlobalDatastores() {}

    /**
     * A replication group's place in a global datastore.
     *
     * @param secondary true when the group joins a global datastore as a secondary
     * @param primary the datastore's primary group when it is in the scan, else {@code null}
     * @param datastore what {@code global_replication_group_id} names (an address or a literal id),
     *     for messages
     */
    public record Membership(boolean secondary, Resource primary, String datastore) {}

    /** Where a replication group's inherited settings come from. */
    public static Membership of(ResourceGraph graph, Resource group) {
        Value id = group.value(MEMBERSHIP);
        if (id.isNull() || id.isKnown() && id.isEmptyKnown()) {
            return new Membership(false, null, null);
        }
        String named =
                group.attr(MEMBERSHIP).references().stream()
                        .findFirst()
                        .orElse(
                                !id.isKnown()
                                        ? "a value known only at apply"
                                        // a list or an object where Terraform wants a string:
                                        // named, not a crash
                                        : id.asString() != null ? id.asString() : "(not a string)");
        for (Resource global : graph.targets(group, MEMBERSHIP)) {
            if (global.type().equals(DATASTORE) && global.mode() == Mode.MANAGED) {
                List<Resource> primaries =
                        graph.targets(global, "primary_replication_group_id").stream()
                                .filter(p -> p.type().equals(ReplicationGroups.GROUP))
                                .toList();
                if (!primaries.isEmpty()) {
                    return new Membership(true, primaries.get(0), global.address());
                }
                return new Membership(true, null, global.address());
            }
        }
        return new Membership(true, null, named);
    }
}
