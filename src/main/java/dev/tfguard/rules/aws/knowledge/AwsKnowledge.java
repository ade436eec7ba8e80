package dev.tfguard.rules.aws.knowledge;

import dev.tfguard.engine.ProviderKnowledge;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Relation;
import dev.tfguard.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the engine asks of AWS: the KMS keys and aliases that links pass through, the edge from each
 * resource to the key it uses, and global datastore secondaries that inherit their primary's
 * settings.
 */
public final class AwsKnowledge implements ProviderKnowledge {
    private final KeyUsers keyUsers;

    /** The built-in knowledge, which the engine loads by name. */
    public AwsKnowledge() {
        this(KeyUsers.BUILT_IN);
    }

    /** The same with another table of KMS key users. */
    public AwsKnowledge(KeyUsers keyUsers) {
        this.keyUsers = keyUsers;
    }

    @Override
    public Set<String> linkTypes() {
        Set<String> types = new TreeSet<>(Keys.KEY_TYPES);
        types.add(Keys.ALIAS);
        return types;
    }

    /**
     * Every edge from a resource's key argument ({@link KeyUsers}: {@code kms_key_id}, {@code
     * kms_key_arn}) to the KMS key it uses.
     */
    @Override
    public List<Relation> relations(ResourceGraph graph) {
        List<Relation> out = new ArrayList<>();
        for (Resource r : graph.resources()) {
            String attribute = keyUsers.attribute(r);
            if (attribute != null && r.attr(attribute) != null) {
                for (Resource k : Keys.of(graph, r, attribute).keys()) {
                    out.add(new Relation(r.address(), attribute, k.address()));
                }
            }
        }
        return out;
    }

    /** A replication group that is a global datastore secondary inherits from the primary. */
    @Override
    public Inheritance inheritance(ResourceGraph graph, Resource resource) {
        if (!resource.type().equals(ReplicationGroups.GROUP)) {
            return Inheritance.NONE;
        }
        GlobalDatastores.Membership m = GlobalDatastores.of(graph, resource);
        if (!m.secondary()) {
            return Inheritance.NONE;
        }
        return new Inheritance(
                true,
                GlobalDatastores.MEMBERSHIP,
                m.primary(),
                m.datastore(),
                "the primary of the global datastore " + m.datastore(),
                "the global datastore's primary replication group is not in this configuration");
    }
}
