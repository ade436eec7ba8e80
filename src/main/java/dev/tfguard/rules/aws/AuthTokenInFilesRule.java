package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Attr;
import dev.tfguard.model.Resource;
import java.util.Map;

/**
 * TFG-EC-016: a replication group's {@code auth_token} is held in the configuration's files (a
 * literal, a variable default, a {@code .tfvars} value), so it is in version control. Values from
 * {@code TF_VAR_} variables, resources ({@code random_password}) and secret stores are not. Plans
 * carry no such origin, so only source input is checked. The message never contains the token.
 */
public final class AuthTokenInFilesRule implements Check {

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        for (Resource group : graph.ofType(Caches.GROUP)) {
            Attr token = group.attr("auth_token");
            if (token != null
                    && token.inFiles()
                    && token.value().isKnown()
                    && !token.value().isEmptyKnown()) {
                verdicts.fail(group, "auth_token", verdicts.text("fail", Map.of()));
            }
        }
    }
}
