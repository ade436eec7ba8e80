package dev.tfguard.engine;

import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Relation;
import dev.tfguard.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds each provider's {@link ProviderKnowledge} by its resource types' prefix (Terraform names a
 * resource type after its provider's local name: {@code aws_kms_key} belongs to {@code aws}).
 */
final class Providers {
    private static final Map<String, Optional<ProviderKnowledge>> KNOWN = new ConcurrentHashMap<>();

    private Providers() {}

    /** The provider local name of a resource type: what comes before its first underscore. */
    static String provider(String type) {
        int u = type.indexOf('_');
        return u <= 0 ? type : type.substring(0, u);
    }

    /** The package where {@code impl: X} of a rule about {@code type} finds {@code XRule}. */
    static String rulePackage(String type) {
        return "dev.tfguard.rules." + provider(type) + ".";
    }

    /** The knowledge of the provider of {@code type}, if it has any. */
    static Optional<ProviderKnowledge> of(String type) {
        return KNOWN.computeIfAbsent(provider(type), Providers::load);
    }

    private static Optional<ProviderKnowledge> load(String provider) {
        if (provider.isEmpty() || !provider.chars().allMatch(Character::isLetterOrDigit)) {
            return Optional.empty();
        }
        String cls =
                "dev.tfguard.rules."
                        + provider
                        + ".knowledge."
                        + provider.substring(0, 1).toUpperCase(Locale.ROOT)
                        + provider.substring(1)
                        + "Knowledge";
        try {
            Object o = Class.forName(cls).getDeclaredConstructor().newInstance();
            return o instanceof ProviderKnowledge k ? Optional.of(k) : Optional.empty();
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** The link types of the providers of {@code types}. */
    static Set<String> linkTypes(Set<String> types) {
        Set<String> out = new TreeSet<>();
        for (String t : types) {
            of(t).ifPresent(k -> out.addAll(k.linkTypes()));
        }
        return out;
    }

    /** The relations of {@code graph} that the providers of its resources know. */
    static List<Relation> relations(ResourceGraph graph) {
        Set<String> providers = new TreeSet<>();
        String last = null;
        for (Resource r : graph.resources()) {
            // resources of one provider follow each other: skip the set for a repeated prefix
            String type = r.type();
            if (last == null
                    || !type.startsWith(last)
                    || type.length() <= last.length()
                    || type.charAt(last.length()) != '_') {
                last = provider(type);
                providers.add(last);
            }
        }
        List<Relation> out = new ArrayList<>();
        for (String p : providers) {
            of(p + "_").ifPresent(k -> out.addAll(k.relations(graph)));
        }
        return out;
    }

    /** Where {@code resource} inherits its settings from, as its provider knows. */
    static ProviderKnowledge.Inheritance inheritance(ResourceGraph graph, Resource resource) {
        return of(resource.type())
                .map(k -> k.inheritance(graph, resource))
                .orElse(ProviderKnowledge.Inheritance.NONE);
    }
}
