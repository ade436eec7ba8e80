package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Attr;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.List;
import java.util.Map;

/**
 * TFG-EC-020: an {@code aws_elasticache_user}'s {@code passwords}, or those of its {@code
 * authentication_mode} block, are held in the configuration's files (literals, a variable default,
 * a {@code .tfvars} value), so they are in version control. Values from {@code TF_VAR_} variables,
 * resources ({@code random_password}) and secret stores are not. Plans carry no such origin, so
 * only source input is checked. The message never contains a password.
 */
public final class UserPasswordInFilesRule implements Check {

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        for (Resource user : graph.ofType(PasswordlessUserRule.USER)) {
            Attr passwords = user.attr("passwords");
            if (passwords != null && passwords.inFiles() && holdsPasswords(passwords.value())) {
                verdicts.fail(
                        user, "passwords", verdicts.text("fail", Map.of("where", "passwords")));
            }
            Attr mode = user.attr("authentication_mode");
            if (mode != null
                    && mode.inFiles()
                    && holdsPasswords(mode.value().get(0).get("passwords"))) {
                verdicts.fail(
                        user,
                        "authentication_mode",
                        verdicts.text("fail", Map.of("where", "authentication_mode.passwords")));
            }
        }
    }

    /**
     * Whether a value is a list of passwords that are all known (an unknown one comes from
     * elsewhere).
     */
    static boolean holdsPasswords(Value value) {
        List<Value> l = value.elements();
        return value.isSequence()
                && !l.isEmpty()
                && l.stream().allMatch(p -> p.known() instanceof String);
    }
}
