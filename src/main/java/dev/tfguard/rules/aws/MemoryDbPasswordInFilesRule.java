package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Attr;
import dev.tfguard.model.Resource;
import java.util.List;
import java.util.Map;

/**
 * TFG-MDB-004: the {@code passwords} of an {@code aws_memorydb_user}'s {@code authentication_mode}
 * block are held in the configuration's files (literals, a variable default, a {@code .tfvars}
 * value), so they are in version control. The message names the clusters the user signs in to,
 * followed cluster → {@code acl_name} → ACL → {@code user_names} → user. Plans carry no value's
 * origin, so only source input is checked; no message contains a password.
 */
public final class MemoryDbPasswordInFilesRule implements Check {

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        Map<String, List<String>> reach = null;
        for (Resource user : graph.ofType(MemoryDb.USER)) {
            Attr mode = user.attr("authentication_mode");
            if (mode != null
                    && mode.inFiles()
                    && UserPasswordInFilesRule.holdsPasswords(
                            mode.value().get(0).get("passwords"))) {
                if (reach == null) {
                    reach = MemoryDb.clustersByUser(graph);
                }
                List<String> clusters = reach.getOrDefault(user.address(), List.of());
                String opens =
                        clusters.isEmpty()
                                ? ""
                                : verdicts.text(
                                        "opens", Map.of("clusters", String.join(", ", clusters)));
                verdicts.fail(
                        user, "authentication_mode", verdicts.text("fail", Map.of("opens", opens)));
            }
        }
    }
}
