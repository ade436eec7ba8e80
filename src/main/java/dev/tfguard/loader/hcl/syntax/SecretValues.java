package dev.tfguard.loader.hcl.syntax;

import dev.tfguard.model.Attr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The expressions of a file that may hold a secret written as text, which no output of tfguard
 * shows: the value of an {@code auth_token} or password argument ({@link Attr#SECRET_NAMES}), the
 * default of a variable that is sensitive or named like a token, password or secret, and a {@code
 * .tfvars} entry named so. An expression that refers to something ({@code var.token}) shows no
 * secret and is not listed.
 */
public final class SecretValues {

    /** What an output prints where a secret stands. */
    public static final String HIDDEN = "(sensitive value not shown)";

    private SecretValues() {}

    /** The secret-holding expressions of {@code file}, in source order. */
    public static List<Expr> in(ConfigFile file) {
        List<Expr> out = new ArrayList<>();
        String path = file.path();
        collect(file.body(), path.endsWith(".tfvars") || path.endsWith(".tfvars.json"), out);
        return out;
    }

    /**
     * Whether a name says that its value is a secret: it contains {@code token}, {@code password}
     * or {@code secret}.
     */
    private static boolean secretName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("token") || n.contains("password") || n.contains("secret");
    }

    private static void collect(Body body, boolean tfvars, List<Expr> out) {
        for (BodyItem item : body.items()) {
            if (item instanceof Attribute a) {
                if ((tfvars ? secretName(a.name()) : Attr.SECRET_NAMES.contains(a.name()))
                        && a.expr().references().isEmpty()) {
                    out.add(a.expr());
                }
            } else if (item instanceof Block b) {
                if (b.type().equals("variable") && sensitiveVariable(b)) {
                    b.body().attribute("default").ifPresent(d -> out.add(d.expr()));
                }
                collect(b.body(), false, out);
            }
        }
    }

    private static boolean sensitiveVariable(Block b) {
        boolean sensitive =
                b.body()
                        .attribute("sensitive")
                        .map(s -> s.expr().source().trim().equals("true"))
                        .orElse(false);
        return sensitive || !b.labels().isEmpty() && secretName(b.labels().get(0));
    }
}
