package dev.tfguard.fix;

import dev.tfguard.model.Resource;

/**
 * The Terraform that {@code fix} prints, and does not write, where a change needs the user's own
 * decision.
 */
final class Snippets {

    private Snippets() {}

    /**
     * What to write for a replication group without authentication: tfguard never makes a secret
     * up, so the token comes from {@code random_password} (kept in the state) or from a sensitive
     * variable set outside the files. {@code then} (from the rule file) says what follows once a
     * token is written.
     */
    static String authToken(Resource group, String then) {
        String n = group.name();
        // the block as written: in a module, the same text serves every instance
        String at =
                group.type()
                        + "."
                        + group.name()
                        + (group.source() == null ? "" : " (" + group.source().file() + ")");
        return "an auth_token is a secret, and tfguard fix does not make one up. Either let Terraform generate it "
                + "(the token is then kept in the state, which must itself be protected):\n"
                + "\n"
                + "  resource \"random_password\" \""
                + n
                + "_auth_token\" {\n"
                + "    length  = 32\n"
                + "    special = false\n"
                + "  }\n"
                + "\n"
                + "  # in "
                + at
                + ":\n"
                + "  auth_token = random_password."
                + n
                + "_auth_token.result\n"
                + "\n"
                + "or pass it in from your secret store (TF_VAR_"
                + n
                + "_auth_token), never from a file:\n"
                + "\n"
                + "  variable \""
                + n
                + "_auth_token\" {\n"
                + "    type      = string\n"
                + "    sensitive = true\n"
                + "  }\n"
                + "\n"
                + "  # in "
                + at
                + ":\n"
                + "  auth_token = var."
                + n
                + "_auth_token\n"
                + "\n"
                + (group.modulePath().isEmpty()
                        ? ""
                        : "In a module, declare the variable in the module and pass the "
                                + "token from each call as an argument.\n\n")
                + (then == null ? "" : then.strip());
    }
}
