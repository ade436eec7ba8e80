package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * TFG-EC-018: a security group attached to an ElastiCache cache ({@code security_group_ids}) lets
 * any address ({@code 0.0.0.0/0} or {@code ::/0}) reach the cache's port: {@code port} when
 * written, else the engine's default (6379; Memcached 11211; a serverless Redis OSS or Valkey cache
 * also serves reads on 6380). The ingress is read by {@link OpenIngress}.
 */
public final class CachePortOpenRule implements Check {

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        List<Resource> caches = new ArrayList<>(Caches.groupsAndStandaloneClusters(graph));
        caches.addAll(graph.ofType(Caches.SERVERLESS));
        OpenIngress.check(graph, verdicts, caches, cache -> ports(graph, cache));
    }

    private static List<Value> ports(ResourceGraph graph, Resource cache) {
        Value port = Caches.port(graph, cache);
        if (cache.type().equals(Caches.SERVERLESS)
                && Boolean.TRUE.equals(Caches.redisLike(cache.value("engine")))) {
            return List.of(Value.of(BigDecimal.valueOf(6379)), Value.of(BigDecimal.valueOf(6380)));
        }
        return List.of(port);
    }
}
