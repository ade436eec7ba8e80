package dev.tfguard.rules.aws;

import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Attr;
import dev.tfguard.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TFG-EC-017: an {@code auth_token} held in the configuration's files that AWS will reject: 16 to
 * 128 printable ASCII characters, with no non-alphanumeric characters other than {@code ! & # $ ^ <
 * > -} (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html). The AWS provider checks
 * only the length and {@code @ " /} at plan time; the rest fails at apply. Messages say what is
 * wrong, never which characters the token holds or how long it is.
 */
public final class AuthTokenFormatRule implements Check {
    private static final String ALLOWED_SPECIALS = "!&#$^<>-";

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        for (Resource group : graph.ofType(Caches.GROUP)) {
            Attr token = group.attr("auth_token");
            // only a value held in the files is the real text: plans mask sensitive values
            if (token == null
                    || !token.inFiles()
                    || !(token.value().known() instanceof String s)
                    || s.isEmpty()) {
                continue;
            }
            List<String> problems = problems(s);
            if (!problems.isEmpty()) {
                verdicts.fail(
                        group,
                        "auth_token",
                        verdicts.text("fail", Map.of("problems", String.join("; ", problems))));
            }
        }
    }

    /** What AWS will object to, in words that reveal nothing of the token. */
    static List<String> problems(String token) {
        List<String> out = new ArrayList<>();
        int length = token.codePointCount(0, token.length());
        if (length < 16) {
            out.add("it is shorter than 16 characters (the provider stops this at plan)");
        } else if (length > 128) {
            out.add("it is longer than 128 characters (the provider stops this at plan)");
        }
        boolean unprintable = false;
        boolean special = false;
        boolean providerChecked = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                unprintable |= c != ' ';
                special |= c == ' ';
            } else if (!Character.isLetterOrDigit(c) && ALLOWED_SPECIALS.indexOf(c) < 0) {
                special = true;
                providerChecked |= c == '@' || c == '"' || c == '/';
            }
        }
        if (unprintable) {
            out.add("it holds characters that are not printable ASCII (AWS rejects this at apply)");
        }
        if (special) {
            out.add(
                    "it holds non-alphanumeric characters other than ! & # $ ^ < > -"
                            + (providerChecked
                                    ? " (the provider stops some at plan, AWS the others at apply)"
                                    : " (AWS rejects this at apply, after the plan succeeded)"));
        }
        return out;
    }
}
