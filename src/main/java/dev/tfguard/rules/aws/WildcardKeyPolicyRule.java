package dev.tfguard.rules.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfguard.engine.Check;
import dev.tfguard.engine.Verdicts;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TFG-KMS-003: a key policy ({@code policy} of {@code aws_kms_key} or {@code aws_kms_key_policy})
 * has an {@code Allow} statement that grants {@code kms:*} (or {@code *}) to any principal ({@code
 * "*"} or {@code {"AWS": "*"}}) without a {@code Condition}. A statement with a condition may
 * restrict the caller (its account, its organization), so it is not reported.
 */
public final class WildcardKeyPolicyRule implements Check {
    /**
     * Created on first use: most scans have no policy document, and a mapper costs start-up time.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        List<Resource> holders = new ArrayList<>(graph.ofType("aws_kms_key"));
        holders.addAll(graph.ofType("aws_kms_key_policy"));
        for (Resource r : holders) {
            Value policy = r.value("policy");
            Value doc;
            if (policy instanceof Value.Unknown u) {
                if (u.json() == null) {
                    verdicts.unverified(
                            r, "policy", verdicts.text("unverified", Map.of()), u.reason());
                    continue;
                }
                doc = u.json(); // jsonencode() or a policy document data source: the
                // structure it encodes
            } else if (!(policy.known() instanceof String text) || text.isBlank()) {
                continue; // no policy: AWS's default key policy, which trusts the account only
            } else {
                try {
                    doc = Value.of(Json.MAPPER.readValue(text, Object.class));
                } catch (JsonProcessingException e) {
                    continue; // not JSON: AWS rejects it at apply, which is no exposure
                }
            }
            Open open = openStatement(doc);
            if (open.sid() != null && open.certain()) {
                verdicts.fail(r, "policy", verdicts.text("fail", Map.of("statement", open.sid())));
            } else if (open.sid() != null) {
                verdicts.unverified(
                        r,
                        "policy",
                        verdicts.text("unverified", Map.of()),
                        "statement "
                                + open.sid()
                                + " may allow kms:* to any principal: parts of it are known "
                                + "only at apply");
            }
        }
    }

    /**
     * A statement that opens the key: certainly, or possibly (parts known only at apply); sid null
     * when none.
     */
    record Open(String sid, boolean certain) {}

    /**
     * How the first open statement is named in messages ({@code Sid}, else its position): a
     * certainly open one first, else one that may be open. A string known only by its prefix
     * ({@code "arn:aws:iam::${...}:root"}) is never {@code "*"}.
     */
    static Open openStatement(Value doc) {
        Value statements = doc.get("Statement");
        if (statements.isUnknown()) {
            return new Open("(known only at apply)", false);
        }
        List<Value> list = statements.isSequence() ? statements.elements() : List.of(statements);
        Open maybe = null;
        for (int i = 0; i < list.size(); i++) {
            Value s = list.get(i);
            String name =
                    s.get("Sid").asString() != null
                            ? "\"" + s.get("Sid").asString() + "\""
                            : "number " + (i + 1);
            if (s.isUnknown()) {
                maybe = maybe == null ? new Open(name, false) : maybe;
                continue;
            }
            Boolean allow = is(s.get("Effect"), "Allow");
            Boolean unconditioned =
                    s.get("Condition").isNull()
                            ? Boolean.TRUE
                            : s.get("Condition").isUnknown() ? null : Boolean.FALSE;
            Boolean anyone = anyPrincipal(s.get("Principal"));
            Boolean all = any(s.get("Action"), "kms:*", "*");
            Boolean open = and(and(allow, unconditioned), and(anyone, all));
            if (Boolean.TRUE.equals(open)) {
                return new Open(name, true);
            }
            if (open == null && maybe == null) {
                maybe = new Open(name, false);
            }
        }
        return maybe == null ? new Open(null, false) : maybe;
    }

    /** {@code {"AWS": "*"}}, {@code "*"}, or any principal type listing {@code "*"}. */
    private static Boolean anyPrincipal(Value principal) {
        if (principal.isNull()) {
            return false;
        }
        if (principal.isUnknown() || principal.known() instanceof String) {
            return is(principal, "*");
        }
        Boolean result = false;
        for (Value ids : principal.attributes().values()) {
            result = or(result, any(ids, "*"));
        }
        return result;
    }

    /**
     * Whether the string or list holds one of {@code wanted} (case-insensitive, as IAM compares
     * actions).
     */
    private static Boolean any(Value node, String... wanted) {
        if (node.isNull()) {
            return false;
        }
        if (node.isUnknown()) {
            return maybe(node, wanted);
        }
        Boolean result = false;
        for (Value v : node.isSequence() ? node.elements() : List.of(node)) {
            for (String w : wanted) {
                result = or(result, is(v, w));
            }
        }
        return result;
    }

    /**
     * Whether a string is {@code wanted} (ignoring case): null when it is unknown and its prefix
     * allows it.
     */
    private static Boolean is(Value v, String wanted) {
        if (v.isUnknown()) {
            return maybe(v, wanted);
        }
        return v.known() instanceof String s && s.equalsIgnoreCase(wanted);
    }

    private static Boolean maybe(Value v, String... wanted) {
        String prefix = v instanceof Value.Unknown u ? u.prefix() : null;
        if (prefix == null) {
            return null;
        }
        for (String w : wanted) {
            if (w.toLowerCase(java.util.Locale.ROOT)
                    .startsWith(prefix.toLowerCase(java.util.Locale.ROOT))) {
                return null;
            }
        }
        return false; // a known start that no wanted text has
    }

    private static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return false;
        }
        return a == null || b == null ? null : true;
    }

    private static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return true;
        }
        return a == null || b == null ? null : false;
    }
}
