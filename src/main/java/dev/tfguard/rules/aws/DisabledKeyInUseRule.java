package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import dev.tfguard.rules.aws.knowledge.KeyUsers;
import dev.tfguard.rules.aws.knowledge.Keys;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * TFG-KMS-002: a KMS key that an ElastiCache or MemoryDB resource uses (its {@link KeyUsers}
 * argument, directly or through an alias) has {@code is_enabled = false}. Keys that no cache uses
 * are left alone: disabling a key can be deliberate.
 */
public final class DisabledKeyInUseRule implements Check {
    private final KeyUsers keyUsers;

    /** The rule over the built-in {@link KeyUsers}. */
    public DisabledKeyInUseRule() {
        this(KeyUsers.BUILT_IN);
    }

    /** The rule over the resources that {@code keyUsers} lists. */
    public DisabledKeyInUseRule(KeyUsers keyUsers) {
        this.keyUsers = keyUsers;
    }

    @Override
    public Set<String> reads() {
        return keyUsers.types();
    }

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        Map<String, Set<String>> users = new LinkedHashMap<>();
        Map<String, Resource> keys = new LinkedHashMap<>();
        for (Resource cache : graph.resources()) {
            String attribute = keyUsers.attribute(cache);
            if (attribute == null || cache.attr(attribute) == null) {
                continue;
            }
            for (Resource key : Keys.of(graph, cache, attribute).keys()) {
                users.computeIfAbsent(key.address(), a -> new LinkedHashSet<>())
                        .add(cache.address());
                keys.putIfAbsent(key.address(), key);
            }
        }
        for (Map.Entry<String, Set<String>> e : users.entrySet()) {
            Resource key = keys.get(e.getKey());
            Value enabled = key.value("is_enabled");
            Map<String, String> words = Map.of("users", String.join(", ", e.getValue()));
            if (enabled instanceof Value.Unknown u) {
                verdicts.unverified(
                        key, "is_enabled", verdicts.text("unverified", words), u.reason());
            } else if (Boolean.FALSE.equals(enabled.asBool())) {
                verdicts.fail(key, "is_enabled", verdicts.text("fail", words));
            }
        }
    }
}
