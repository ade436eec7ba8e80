package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TFG-MDB-002: a MemoryDB cluster, or a multi-Region cluster, does not turn TLS off ({@code
 * tls_enabled = false}). Not written, the provider's default is {@code true} on both (AWS provider
 * 5.x and 6.x documentation); a value known only at apply is unverified.
 */
public final class MemoryDbTlsRule implements Check {

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        List<Resource> clusters = new ArrayList<>(graph.ofType(MemoryDb.CLUSTER));
        clusters.addAll(graph.ofType(MemoryDb.MULTI_REGION_CLUSTER));
        for (Resource cluster : clusters) {
            Value tls = cluster.value("tls_enabled");
            if (tls instanceof Value.Unknown u) {
                verdicts.unverified(
                        cluster, "tls_enabled", verdicts.text("unverified", Map.of()), u.reason());
            } else if (tls.isKnown() && !Boolean.TRUE.equals(tls.asBool())) {
                String actual = tls.asString() == null ? "not a bool" : tls.asString();
                verdicts.fail(
                        cluster, "tls_enabled", verdicts.text("fail", Map.of("actual", actual)));
            }
        }
    }
}
