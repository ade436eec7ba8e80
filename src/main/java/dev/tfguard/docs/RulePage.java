package dev.tfguard.docs;

import dev.tfguard.model.RuleFix;
import dev.tfguard.model.RuleInfo;
import java.util.List;
import java.util.Map;

/**
 * Renders a rule's documentation page (Markdown) from its descriptor: the same text for {@code
 * docs/rules/<ID>.md}, {@code tfguard explain} and the SARIF help, so that docs never drift from
 * the rule.
 */
public final class RulePage {

    private RulePage() {}

    /**
     * The page of {@code rule}, whose descriptor lives at {@code sourceFile} (e.g. {@code
     * rules/aws/...yaml}).
     */
    public static String render(RuleInfo rule, String sourceFile) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!-- generated from ")
                .append(sourceFile)
                .append(" by tfguard; do not edit -->\n\n");
        sb.append("# ").append(rule.id()).append(": ").append(rule.title()).append("\n\n");
        sb.append("| | |\n| --- | --- |\n");
        sb.append("| severity | ").append(rule.severity()).append(" |\n");
        sb.append("| resource | `").append(rule.resourceType()).append("` |\n");
        if (!rule.securityHub().isEmpty()) {
            sb.append("| AWS Security Hub | ")
                    .append(String.join(", ", rule.securityHub()))
                    .append(" |\n");
        }
        for (Map.Entry<String, List<String>> e : rule.references().entrySet()) {
            if (!e.getKey().equals("security_hub")) {
                sb.append("| ")
                        .append(e.getKey())
                        .append(" | `")
                        .append(String.join("`, `", e.getValue()))
                        .append("` |\n");
            }
        }
        sb.append("\n## Why it matters\n\n").append(rule.description().strip()).append("\n");
        sb.append("\n## How to fix\n\n").append(rule.remediation().strip()).append("\n");
        examples(
                sb,
                "Insecure",
                "Each line marked `# expect " + rule.id() + "` is reported.",
                rule.examplesBad());
        examples(sb, "Secure", null, rule.examplesGood());
        if (!rule.examplesPlan().isEmpty()) {
            sb.append("\n## Plan examples\n\n")
                    .append(
                            "This check needs a plan: it reads what the plan does to a resource, not only its ")
                    .append(
                            "configuration. Its test plans, with the configuration each was made from beside it:\n\n");
            for (RuleInfo.PlanExample p : rule.examplesPlan()) {
                sb.append("- `")
                        .append(p.plan())
                        .append("`: ")
                        .append(p.title().strip())
                        .append(" → ")
                        .append(
                                p.expect().isEmpty()
                                        ? "not reported"
                                        : "reports `" + String.join("`, `", p.expect()) + "`")
                        .append('\n');
            }
        }
        fix(sb, rule);
        suppressing(sb, rule);
        if (!rule.links().isEmpty()) {
            sb.append("\n## References\n\n");
            rule.links().forEach(l -> sb.append("- ").append(l).append('\n'));
        }
        return sb.toString();
    }

    /** What {@code tfguard fix} does to this rule's findings: its examples, before and after. */
    private static void fix(StringBuilder sb, RuleInfo rule) {
        if (rule.fix() == null) {
            return;
        }
        sb.append("\n## tfguard fix\n");
        for (RuleFix.Example e : rule.fix().examples()) {
            String command =
                    "tfguard fix "
                            + (e.options().isEmpty() ? "" : String.join(" ", e.options()) + " ")
                            + "--rule "
                            + rule.id()
                            + " .";
            if (e.bad().equals(e.fixed())) {
                sb.append("\n`")
                        .append(command)
                        .append("` leaves this as it is, and says why and what to do instead:\n\n")
                        .append("```hcl\n")
                        .append(e.bad().strip())
                        .append("\n```\n");
                continue;
            }
            sb.append("\n`")
                    .append(command)
                    .append("` (with `--diff`, only shows the change) turns this:\n\n```hcl\n")
                    .append(e.bad().strip())
                    .append("\n```\n\ninto this:\n\n```hcl\n")
                    .append(e.fixed().strip())
                    .append("\n```\n");
        }
    }

    /**
     * How to accept a finding of this rule: tfguard's comment, the peers' comments it honours, the
     * config file.
     */
    private static void suppressing(StringBuilder sb, RuleInfo rule) {
        sb.append("\n## Suppressing\n\n")
                .append(
                        "A finding you accept can be suppressed with a reason (and optionally an expiry date) in a ")
                .append(
                        "comment on the resource, or on the line above it:\n\n```hcl\n# tfguard:ignore:")
                .append(rule.id())
                .append(" the reason, for the reviewer\n# tfguard:ignore:")
                .append(rule.id())
                .append(":exp:2027-03-31 accepted until the migration\n```\n");
        List<String> peers = new java.util.ArrayList<>();
        rule.references()
                .getOrDefault("checkov", List.of())
                .forEach(id -> peers.add("#checkov:skip=" + id + ":the reason"));
        rule.references().getOrDefault("tfsec", List.of()).stream()
                .filter(id -> id.contains("-"))
                .forEach(id -> peers.add("#tfsec:ignore:" + id));
        rule.references()
                .getOrDefault("trivy", List.of())
                .forEach(id -> peers.add("#trivy:ignore:" + id));
        if (!peers.isEmpty()) {
            sb.append(
                            "\nComments written for other scanners suppress it too (`--no-peer-suppressions` turns that ")
                    .append("off):\n\n```hcl\n")
                    .append(String.join("\n", peers))
                    .append("\n```\n");
        }
        sb.append(
                        "\nOn a plan, or for a whole module, suppress it by address in `.tfguard.yaml`:\n\n```yaml\n")
                .append("suppress:\n  - rule: ")
                .append(rule.id())
                .append("\n    resource: module.legacy\n")
                .append("    reason: the reason, for the reviewer\n    expires: 2027-03-31\n```\n");
    }

    private static void examples(
            StringBuilder sb, String heading, String note, List<String> examples) {
        if (examples.isEmpty()) {
            return;
        }
        sb.append("\n## ")
                .append(heading)
                .append(" example")
                .append(examples.size() > 1 ? "s" : "")
                .append("\n\n");
        if (note != null) {
            sb.append(note).append("\n\n");
        }
        for (String e : examples) {
            sb.append("```hcl\n").append(e.strip()).append("\n```\n\n");
        }
        sb.setLength(sb.length() - 1);
    }
}
