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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TFG-KMS-001: a KMS key that AWS can rotate has {@code enable_key_rotation = true}; the message
 * names the ElastiCache and MemoryDB resources that use the key ({@link KeyUsers}), found through
 * the graph. A cache whose key is outside the configuration (a data source, a literal ARN) gets an
 * unverified entry, since that key's rotation cannot be seen.
 */
public final class KeyRotationRule implements Check {
    private final KeyUsers keyUsers;

    /** The rule over the built-in {@link KeyUsers}. */
    public KeyRotationRule() {
        this(KeyUsers.BUILT_IN);
    }

    /** The rule over the resources that {@code keyUsers} lists. */
    public KeyRotationRule(KeyUsers keyUsers) {
        this.keyUsers = keyUsers;
    }

    @Override
    public Set<String> reads() {
        return keyUsers.types();
    }

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        // several instances of one key (count, for_each, module instances) may use it: name each
        // cache once
        Map<String, Set<String>> users = new LinkedHashMap<>();
        for (Resource cache : graph.resources()) {
            String attribute = keyUsers.attribute(cache);
            if (attribute == null || cache.attr(attribute) == null) {
                continue;
            }
            Keys.Use use = Keys.of(graph, cache, attribute);
            use.keys()
                    .forEach(
                            k ->
                                    users.computeIfAbsent(k.address(), a -> new LinkedHashSet<>())
                                            .add(cache.address()));
            if (use.keys().isEmpty()) {
                String key = outsideKey(cache, attribute, use);
                if (key != null) {
                    verdicts.unverified(
                            cache,
                            attribute,
                            verdicts.text(
                                    "unverified_key", Map.of("key", key, "attribute", attribute)),
                            "the key is not part of this configuration");
                }
            }
        }
        for (Resource key : graph.ofType("aws_kms_key")) {
            check(key, users.getOrDefault(key.address(), Set.of()), verdicts);
        }
    }

    private static void check(Resource key, Set<String> users, Verdicts verdicts) {
        Boolean rotatable = rotatable(key);
        if (Boolean.FALSE.equals(rotatable)) {
            return;
        }
        Value rotation = key.value("enable_key_rotation");
        String usedBy =
                users.isEmpty()
                        ? ""
                        : verdicts.text("used_by", Map.of("users", String.join(", ", users)));
        if (rotation instanceof Value.Unknown u) {
            verdicts.unverified(
                    key,
                    "enable_key_rotation",
                    verdicts.text("unverified_rotation", Map.of()) + usedBy,
                    u.reason());
            return;
        }
        if (Boolean.TRUE.equals(rotation.asBool())) {
            return;
        }
        String actual =
                rotation.isNull()
                        ? "not set, and the provider default is false"
                        : rotation.asString() == null ? "not a bool" : rotation.asString();
        String message = verdicts.text("fail", Map.of("actual", actual)) + usedBy;
        if (rotatable == null) {
            verdicts.unverified(
                    key,
                    "enable_key_rotation",
                    message,
                    "whether the key can rotate depends on key_usage, customer_master_key_spec or a key store, "
                            + "which are unknown");
        } else {
            verdicts.fail(key, "enable_key_rotation", message);
        }
    }

    /**
     * Whether AWS can rotate the key automatically: a symmetric encryption key ({@code
     * SYMMETRIC_DEFAULT}, {@code ENCRYPT_DECRYPT}, the defaults) in the AWS KMS key store. {@code
     * null} when that is unknown. See
     * https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html.
     */
    static Boolean rotatable(Resource key) {
        Value spec = key.value("customer_master_key_spec");
        Value usage = key.value("key_usage");
        Value store = key.value("custom_key_store_id");
        Value xks = key.value("xks_key_id");
        if (knownOtherThan(spec, "SYMMETRIC_DEFAULT")
                || knownOtherThan(usage, "ENCRYPT_DECRYPT")
                || set(store)
                || set(xks)) {
            return false;
        }
        if (spec.isUnknown() || usage.isUnknown() || store.isUnknown() || xks.isUnknown()) {
            return null;
        }
        return true;
    }

    private static boolean knownOtherThan(Value v, String expected) {
        return v.isKnown() && !expected.equals(v.asString());
    }

    private static boolean set(Value v) {
        return v.isKnown() && !v.isEmptyKnown();
    }

    /**
     * A description of the key a cache names when that key is not in the scan, or null when it
     * names none.
     */
    private static String outsideKey(Resource cache, String attribute, Keys.Use use) {
        if (!use.opaque().isEmpty()) {
            Resource data = use.opaque().get(0);
            String argument = Keys.lookupArgument(data);
            String named = argument == null ? null : data.value(argument).asString();
            // an AWS managed key rotates every year on its own (TFG-EC-002 reports its use)
            boolean awsManaged = Keys.isAwsManagedAlias(named) || Keys.managedByAws(data);
            return awsManaged ? null : data.address();
        }
        Value v = cache.value(attribute);
        if (v.isKnown()
                && !v.isEmptyKnown()
                && !cache.attr(attribute).sensitive()
                && Keys.isAwsManagedAlias(v.asString())) {
            return null;
        }
        if (v.isKnown() && !v.isEmptyKnown()) {
            // a key id is no secret, but a value from a sensitive variable is never printed
            return cache.attr(attribute).sensitive()
                    ? "a sensitive value"
                    : v.asString() != null ? v.asString() : "a value that is not a string";
        }
        if (v.isUnknown()) {
            List<String> refs = cache.attr(attribute).references();
            return refs.isEmpty() ? "a value known only at apply" : refs.get(0);
        }
        return null;
    }
}
