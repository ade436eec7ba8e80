package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import dev.tfguard.rules.aws.knowledge.GlobalDatastores;
import java.util.Map;

/**
 * TFG-EC-004: a replication group requires authentication, with an {@code auth_token} or RBAC
 * {@code user_group_ids}. RBAC needs Redis OSS 6 or later (or Valkey): on an older {@code
 * engine_version} only a token counts, which is what AWS Security Hub's ElastiCache.6 asks of those
 * versions. A global datastore secondary inherits its primary's token and is judged through it.
 */
public final class AuthenticationRule implements Check {

    /** Whether an attribute is set: true, false, or null when that is unknown. */
    private static Boolean set(Value v) {
        if (v instanceof Value.Unknown u) {
            return u.set() ? Boolean.TRUE : null;
        }
        return v.isKnown() && !v.isEmptyKnown();
    }

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        for (Resource group : graph.ofType(Caches.GROUP)) {
            GlobalDatastores.Membership m = GlobalDatastores.of(graph, group);
            if (m.secondary()) {
                if (m.primary() == null) {
                    verdicts.unverified(
                            group,
                            GlobalDatastores.MEMBERSHIP,
                            verdicts.text("secondary", Map.of("datastore", m.datastore())),
                            "the global datastore's primary replication group is not in this configuration");
                }
                continue;
            }
            Boolean token = set(group.value("auth_token"));
            if (Boolean.TRUE.equals(token)) {
                continue;
            }
            Boolean rbac = set(group.value("user_group_ids"));
            if (Boolean.TRUE.equals(rbac)) {
                Value engine = Caches.engine(graph, group);
                Value version = group.value("engine_version");
                Integer major = Caches.majorVersion(version);
                boolean redis = "redis".equals(engine.asString());
                if (!redis || version.isNull() || major != null && major >= 6) {
                    continue; // Valkey, or Redis OSS 6+ (an unset version means the current
                    // default, 7.x)
                }
                String shown =
                        version.asString() == null ? "unknown" : "\"" + version.asString() + "\"";
                String message = verdicts.text("old_engine", Map.of("version", shown));
                if (token == null || major == null || engine.isUnknown()) {
                    verdicts.unverified(
                            group,
                            "engine_version",
                            message,
                            version.isUnknown()
                                    ? ((Value.Unknown) version).reason()
                                    : "whether user_group_ids can apply depends on values that are unknown");
                } else {
                    verdicts.fail(group, "user_group_ids", message);
                }
                continue;
            }
            if (token == null || rbac == null) {
                Value unknown =
                        token == null ? group.value("auth_token") : group.value("user_group_ids");
                verdicts.unverified(
                        group,
                        token == null ? "auth_token" : "user_group_ids",
                        verdicts.text("unverified", Map.of()),
                        ((Value.Unknown) unknown).reason());
                continue;
            }
            verdicts.fail(group, "auth_token", verdicts.text("fail", Map.of()));
        }
    }
}
