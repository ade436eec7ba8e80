package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import java.util.List;

/**
 * TFG-MDB-008: a security group attached to a MemoryDB cluster ({@code security_group_ids}) lets
 * any address ({@code 0.0.0.0/0} or {@code ::/0}) reach the cluster's port: {@code port} when
 * written, else 6379. The ingress is read by {@link OpenIngress}, as for ElastiCache (TFG-EC-018).
 */
public final class MemoryDbPortOpenRule implements Check {

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        OpenIngress.check(
                graph,
                verdicts,
                graph.ofType(MemoryDb.CLUSTER),
                cluster -> List.of(MemoryDb.port(cluster)));
    }
}
