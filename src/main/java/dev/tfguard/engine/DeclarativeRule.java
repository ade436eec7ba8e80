package dev.tfguard.engine;

import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Attr;
import dev.tfguard.model.Resource;
import dev.tfguard.model.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule written as a YAML {@code match}: for each resource of the type where every {@code when}
 * condition holds, every {@code require} condition (and at least one {@code require_any} condition)
 * must pass.
 */
final class DeclarativeRule implements Rule {
    private final RuleInfo info;
    private final Messages messages;
    private final String type;
    private final List<Condition> when;
    private final List<Condition> require;
    private final List<Condition> requireAny;
    private final boolean globalSecondaryInherits;
    private final Set<String> reads;

    DeclarativeRule(
            RuleInfo info,
            Messages messages,
            Descriptor.Match match,
            String file,
            Set<String> reads) {
        this.info = info;
        this.messages = messages;
        this.type = match.resource() != null ? match.resource() : info.resourceType();
        this.when = conditions(match.when(), file);
        this.require = conditions(match.require(), file);
        this.requireAny = conditions(match.requireAny(), file);
        this.globalSecondaryInherits = Boolean.TRUE.equals(match.globalSecondaryInherits());
        this.reads = Set.copyOf(reads);
        if (require.isEmpty() && requireAny.isEmpty()) {
            throw new RuleDefinitionException(
                    file, 0, "match needs \"require\" or \"require_any\"");
        }
    }

    private static List<Condition> conditions(List<Condition.Spec> specs, String file) {
        List<Condition> out = new ArrayList<>();
        if (specs != null) {
            specs.forEach(s -> out.add(new Condition(s, file)));
        }
        return out;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public Set<String> reads() {
        return reads;
    }

    @Override
    public void check(ResourceGraph graph, Verdicts verdicts) {
        for (Resource r : graph.ofType(type)) {
            if (globalSecondaryInherits) {
                ProviderKnowledge.Inheritance m = Providers.inheritance(graph, r);
                if (m.inherits()) {
                    // The resource cannot set what it inherits: its source, checked as a resource
                    // of its own, decides. A source outside the scan leaves the check open.
                    if (m.source() == null) {
                        String attr =
                                require.isEmpty()
                                        ? requireAny.get(0).attr()
                                        : require.get(0).attr();
                        verdicts.unverified(
                                r, m.attribute(), messages.secondary(attr, m), m.reason());
                    }
                    continue;
                }
            }
            check(r, verdicts);
        }
    }

    private void check(Resource r, Verdicts verdicts) {
        Condition.Outcome scope = null;
        for (Condition c : when) {
            Condition.Outcome o = c.test(r);
            if (o.state() == Condition.State.FAIL) {
                return; // the rule does not apply to this resource
            }
            if (o.state() == Condition.State.UNKNOWN && scope == null) {
                scope = o;
            }
        }
        Condition.Outcome failed = null;
        Condition.Outcome unknown = null;
        for (Condition c : require) {
            Condition.Outcome o = c.test(r);
            if (o.state() == Condition.State.FAIL && failed == null) {
                failed = o;
            } else if (o.state() == Condition.State.UNKNOWN && unknown == null) {
                unknown = o;
            }
        }
        if (failed == null && !requireAny.isEmpty()) {
            List<Condition.Outcome> any = requireAny.stream().map(c -> c.test(r)).toList();
            if (any.stream().noneMatch(o -> o.state() == Condition.State.PASS)) {
                Condition.Outcome u =
                        any.stream()
                                .filter(o -> o.state() == Condition.State.UNKNOWN)
                                .findFirst()
                                .orElse(null);
                if (u == null) {
                    failed = any.get(0);
                } else if (unknown == null) {
                    unknown = u;
                }
            }
        }
        if (failed != null) {
            failed = fromDefault(r, failed);
        }
        if (failed != null && scope == null) {
            verdicts.fail(r, failed.attr(), messages.fail(failed));
        } else if (failed != null) {
            verdicts.unverified(
                    r,
                    failed.attr(),
                    messages.fail(failed),
                    "the rule applies only when "
                            + scope.attr()
                            + " allows it, and "
                            + scope.attr()
                            + " is unknown: "
                            + scope.reason());
        } else if (unknown != null) {
            verdicts.unverified(r, unknown.attr(), messages.unverified(unknown), unknown.reason());
        }
    }

    /**
     * The outcome with the variable named whose {@code default} gave the value, so that the message
     * says where to change it: {@code false (the default of var.encrypt)}, {@code null from the
     * default of var.key, and ...}.
     */
    private static Condition.Outcome fromDefault(Resource r, Condition.Outcome o) {
        Attr a = r.attr(o.attr());
        if (a == null || a.defaultOf() == null) {
            return o;
        }
        String actual =
                o.actual().startsWith("not set")
                        ? "null from the default of "
                                + a.defaultOf()
                                + o.actual().substring("not set".length())
                        : o.actual() + " (the default of " + a.defaultOf() + ")";
        return new Condition.Outcome(o.state(), o.attr(), actual, o.reason());
    }

    /** A rule's message templates: {@code {attr}} and {@code {actual}} are filled in. */
    record Messages(Map<String, String> templates) {
        String fail(Condition.Outcome o) {
            return fill(templates.getOrDefault("fail", "{attr} is {actual}"), o);
        }

        String secondary(String attr, ProviderKnowledge.Inheritance inheritance) {
            return templates
                    .getOrDefault("secondary", "{attr} is inherited from " + inheritance.from())
                    .replace("{attr}", attr)
                    .replace("{datastore}", inheritance.named());
        }

        String unverified(Condition.Outcome o) {
            return fill(
                    templates.getOrDefault("unverified", "{attr} cannot be known statically"), o);
        }

        private static String fill(String template, Condition.Outcome o) {
            return template.replace("{attr}", o.attr()).replace("{actual}", o.actual());
        }
    }
}
