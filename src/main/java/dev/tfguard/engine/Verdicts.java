package dev.tfguard.engine;

import dev.tfguard.model.Attr;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Resource;
import dev.tfguard.model.RuleInfo;
import dev.tfguard.model.SourceRef;
import java.util.List;
import java.util.Map;

/** Collects one rule's failures and unverified checks as findings with the rule's metadata. */
public final class Verdicts {
    private final RuleInfo rule;
    private final List<Finding> out;
    private final Map<String, String> messages;

    Verdicts(RuleInfo rule, List<Finding> out) {
        this(rule, out, Map.of());
    }

    private Verdicts(RuleInfo rule, List<Finding> out, Map<String, String> messages) {
        this.rule = rule;
        this.out = out;
        this.messages = messages;
    }

    Verdicts withMessages(Map<String, String> templates) {
        return new Verdicts(rule, out, templates);
    }

    /**
     * The rule's message template {@code key} from its YAML {@code messages}, with each {@code
     * {name}} replaced by the value given for it; throws when the rule file lacks the template (a
     * catalog test catches that).
     */
    public String text(String key, Map<String, String> values) {
        String template = messages.get(key);
        if (template == null) {
            throw new IllegalStateException(
                    rule.id() + ": no message \"" + key + "\" in the rule file");
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            template = template.replace("{" + e.getKey() + "}", e.getValue());
        }
        return template;
    }

    /**
     * {@code resource} fails the rule; {@code message} says what is wrong (the address is
     * prefixed).
     */
    public void fail(Resource resource, String attribute, String message) {
        out.add(finding(resource, attribute, message, null));
    }

    /** The rule cannot decide {@code resource} statically; {@code reason} says why. */
    public void unverified(Resource resource, String attribute, String message, String reason) {
        out.add(
                finding(
                        resource,
                        attribute,
                        message,
                        reason == null ? "the value cannot be known statically" : reason));
    }

    /**
     * A verdict on {@code attribute} of {@code r}. A failure whose attribute takes its value from a
     * {@code .tfvars} file is located where that value is written (the value is what is wrong, and
     * what a run naming that file must report), and says which line of the configuration uses it;
     * an unverified check stays at the attribute, whose value is what cannot be known.
     */
    private Finding finding(Resource r, String attribute, String message, String reason) {
        SourceRef at = r.locate(attribute);
        Attr a = attribute == null ? null : r.attr(attribute);
        SourceRef origin = reason == null && a != null ? a.origin() : null;
        SourceRef usedAt = null;
        String text = r.address() + ": " + message;
        if (origin != null && at != null && !origin.equals(at)) {
            usedAt = at;
            at = origin;
            text += " (the value is given here; " + usedAt + " uses it)";
        }
        return new Finding(
                rule.id(),
                rule.title(),
                rule.severity(),
                r.address(),
                attribute,
                at,
                text,
                rule.remediation().strip(),
                rule.aliases(),
                reason,
                null,
                usedAt);
    }
}
