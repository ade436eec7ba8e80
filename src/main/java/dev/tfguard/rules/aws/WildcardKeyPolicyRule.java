package dev.tfguard.rules.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
 * TFG-KMS-003: a key policy ({@code policy} of {@code aws_kms_key} or {@code aws_kms_key_policy}) has an
 * {@code Allow} statement that grants {@code kms:*} (or {@code *}) to any principal ({@code "*"} or
 * {@code {"AWS": "*"}}) without a {@code Condition}. A statement with a condition may restrict the caller (its
 * account, its organization), so it is not reported.
 */
public final class WildcardKeyPolicyRule implements Check {
    /** Created on first use: most scans have no policy document, and a mapper costs start-up time. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        List<Resource> holders = new ArrayList<>(graph.ofType("aws_kms_key"));
        holders.addAll(graph.ofType("aws_kms_key_policy"));
        for (Resource r : holders) {
            Value policy = r.value("policy");
            if (policy instanceof Value.Unknown u) {
                verdicts.unverified(r, "policy", verdicts.text("unverified", Map.of()), u.reason());
                continue;
            }
            if (!(policy.known() instanceof String text) || text.isBlank()) {
                continue; // no policy: AWS's default key policy, which trusts the account only
            }
            JsonNode doc;
            try {
                doc = Json.MAPPER.readTree(text);
            } catch (JsonProcessingException e) {
                continue; // not JSON: AWS rejects it at apply, which is no exposure
            }
            String sid = openStatement(doc);
            if (sid != null) {
                verdicts.fail(r, "policy", verdicts.text("fail", Map.of("statement", sid)));
            }
        }
    }

    /** How the first open statement is named in messages ({@code Sid}, else its position), or null when none. */
    static String openStatement(JsonNode doc) {
        JsonNode statements = doc == null ? null : doc.get("Statement");
        if (statements == null) {
            return null;
        }
        List<JsonNode> list = new ArrayList<>();
        if (statements.isArray()) {
            statements.forEach(list::add);
        } else {
            list.add(statements);
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            if ("Allow".equals(s.path("Effect").asText()) && !s.has("Condition") && anyPrincipal(s.get("Principal"))
                    && any(s.get("Action"), "kms:*", "*")) {
                return s.hasNonNull("Sid") ? "\"" + s.get("Sid").asText() + "\"" : "number " + (i + 1);
            }
        }
        return null;
    }

    private static boolean anyPrincipal(JsonNode principal) {
        if (principal == null) {
            return false;
        }
        if (principal.isTextual()) {
            return principal.asText().equals("*");
        }
        return any(principal.get("AWS"), "*");
    }

    /** True when the string or list holds one of {@code wanted} (case-insensitive, as IAM compares actions). */
    private static boolean any(JsonNode node, String... wanted) {
        if (node == null) {
            return false;
        }
        List<JsonNode> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(values::add);
        } else {
            values.add(node);
        }
        for (JsonNode v : values) {
            for (String w : wanted) {
                if (v.isTextual() && v.asText().equalsIgnoreCase(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
