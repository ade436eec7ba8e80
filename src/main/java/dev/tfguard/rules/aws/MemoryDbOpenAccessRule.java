package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Mode;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.Map;

/**
 * TFG-MDB-003: a MemoryDB cluster names the built-in {@code open-access} ACL in {@code acl_name}. A
 * value known only at apply that refers to an {@code aws_memorydb_acl} of the configuration passes:
 * that ACL is not {@code open-access}, a name MemoryDB keeps for its own ACL. Any other unknown
 * value is unverified.
 */
public final class MemoryDbOpenAccessRule implements Check {
    static final String OPEN_ACCESS = "open-access";

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        for (Resource cluster : graph.ofType(MemoryDb.CLUSTER)) {
            Value acl = cluster.value("acl_name");
            if (acl instanceof Value.Unknown u) {
                boolean ownAcl =
                        graph.targets(cluster, "acl_name").stream()
                                .anyMatch(
                                        t ->
                                                t.type().equals(MemoryDb.ACL)
                                                        && t.mode() == Mode.MANAGED);
                if (!ownAcl) {
                    verdicts.unverified(
                            cluster, "acl_name", verdicts.text("unverified", Map.of()), u.reason());
                }
            } else if (OPEN_ACCESS.equals(acl.asString())) {
                verdicts.fail(cluster, "acl_name", verdicts.text("fail", Map.of()));
            }
        }
    }
}
