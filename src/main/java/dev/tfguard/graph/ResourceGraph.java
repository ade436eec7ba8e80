package dev.tfguard.graph;

import dev.tfguard.model.Attr;
import dev.tfguard.model.Mode;
import dev.tfguard.model.Parallel;
import dev.tfguard.model.Resource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The resources of a scan and the references between them. An edge runs from a resource's attribute
 * to every resource its references name. Read-only once built.
 */
public final class ResourceGraph {
    private static final Pattern MODULE_KEY =
            Pattern.compile("(module\\.[^.\\[]+)\\[(?:\"(?:[^\"\\\\]|\\\\.)*\"|[0-9]+)\\]");

    /** From this many resources on, the references are resolved on every core. */
    static final int PARALLEL_MIN_RESOURCES = 2000;

    private final List<Resource> resources;
    private final Map<String, Resource> byAddress = new HashMap<>();
    private final Map<String, List<Resource>> byBlock = new HashMap<>();
    private final Map<String, List<Resource>> byType = new HashMap<>();
    private final Map<String, List<Resource>> referrers = new HashMap<>();

    /**
     * References parsed once: rules ask for the targets of the same attributes the graph was built
     * from, and may do so from several threads (Runner).
     */
    private final Map<String, Reference> parsed = new ConcurrentHashMap<>();

    public ResourceGraph(List<Resource> resources) {
        this.resources = List.copyOf(resources);
        for (Resource r : this.resources) {
            byAddress.putIfAbsent(r.address(), r);
            byBlock.computeIfAbsent(stripModuleKeys(r.blockAddress()), k -> new ArrayList<>())
                    .add(r);
            byType.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r);
        }
        List<List<Resource>> targets = allTargets();
        for (int i = 0; i < this.resources.size(); i++) {
            Resource r = this.resources.get(i);
            for (Resource target : targets.get(i)) {
                referrers.computeIfAbsent(target.address(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    /**
     * The targets of every resource's attributes, in attribute order. Many resources are read on
     * every core: each thread resolves a range of resources into its own slots, and the caller
     * joins them in input order.
     */
    private List<List<Resource>> allTargets() {
        int n = resources.size();
        List<Resource>[] out = newArray(n);
        int threads = n < PARALLEL_MIN_RESOURCES ? 1 : Runtime.getRuntime().availableProcessors();
        AtomicInteger next = new AtomicInteger();
        int chunk = 512;
        Runnable worker =
                () -> {
                    for (int from = next.getAndAdd(chunk); from < n; from = next.getAndAdd(chunk)) {
                        for (int i = from; i < Math.min(n, from + chunk); i++) {
                            out[i] = targetsOfAll(resources.get(i));
                        }
                    }
                };
        if (!Parallel.run(worker, threads, "tfguard-graph")) {
            throw new IllegalStateException("interrupted while the graph was built");
        }
        return Arrays.asList(out);
    }

    @SuppressWarnings("unchecked")
    private static List<Resource>[] newArray(int n) {
        return (List<Resource>[]) new List<?>[n];
    }

    private List<Resource> targetsOfAll(Resource r) {
        List<Resource> all = List.of();
        for (Attr a : r.attributes().values()) {
            List<Resource> found = targets(r, a);
            if (!found.isEmpty()) {
                if (all.isEmpty()) {
                    all = new ArrayList<>();
                }
                all.addAll(found);
            }
        }
        return all;
    }

    public List<Resource> resources() {
        return resources;
    }

    /** Managed resources of {@code type}, in input order. */
    public List<Resource> ofType(String type) {
        return byType.getOrDefault(type, List.of()).stream()
                .filter(r -> r.mode() == Mode.MANAGED)
                .toList();
    }

    public Resource get(String address) {
        return byAddress.get(address);
    }

    /**
     * The resources that {@code resource}'s attribute refers to; empty when it refers to none in
     * the scan.
     */
    public List<Resource> targets(Resource resource, String attribute) {
        Attr a = resource.attr(attribute);
        return a == null ? List.of() : targets(resource, a);
    }

    private List<Resource> targets(Resource from, Attr attr) {
        List<String> texts = attr.references();
        if (texts.isEmpty()) {
            return List.of(); // most attributes: no set to allocate
        }
        if (texts.size() == 1) {
            List<Resource> found =
                    resolve(from, parsed.computeIfAbsent(texts.get(0), Reference::parse));
            for (Resource r : found) {
                if (r == from) {
                    return found.stream().filter(x -> x != from).toList();
                }
            }
            return Collections.unmodifiableList(found);
        }
        List<Resource> out = new ArrayList<>();
        // by identity: a record's own hashCode hashes every attribute value of the resource
        Set<Resource> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(from);
        for (String text : texts) {
            for (Resource r : resolve(from, parsed.computeIfAbsent(text, Reference::parse))) {
                if (seen.add(r)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /**
     * The resources that one reference written in {@code from} names (an absolute traversal, as
     * {@link dev.tfguard.model.Attr#references()} and value marks hold them); empty when it names
     * none in the scan.
     */
    public List<Resource> named(Resource from, String reference) {
        List<Resource> found = resolve(from, parsed.computeIfAbsent(reference, Reference::parse));
        return found.stream().filter(r -> r != from).toList();
    }

    /** The resources that refer to {@code resource} in any attribute. */
    public List<Resource> referrers(Resource resource) {
        return Collections.unmodifiableList(referrers.getOrDefault(resource.address(), List.of()));
    }

    /**
     * The resources a reference names: one instance when it writes a key that exists, else every
     * instance.
     */
    List<Resource> resolve(Resource from, Reference ref) {
        if (ref.blockAddress() == null) {
            return List.of();
        }
        List<Resource> candidates = byBlock.getOrDefault(ref.blockAddress(), List.of());
        if (candidates.isEmpty()) {
            return List.of();
        }
        if (ref.indexKey() != null) {
            List<Resource> keyed =
                    candidates.stream()
                            .filter(
                                    c ->
                                            c.indexKey() != null
                                                    && ref.indexKey()
                                                            .equals(renderKey(c.indexKey())))
                            .toList();
            if (!keyed.isEmpty()) {
                return sameModuleInstance(from, keyed);
            }
        }
        return sameModuleInstance(from, candidates);
    }

    /**
     * References in a module call's configuration do not carry the module's instance key: prefer
     * the targets in the referring resource's own module instance when there are such.
     */
    private static List<Resource> sameModuleInstance(Resource from, List<Resource> candidates) {
        List<Resource> same =
                candidates.stream().filter(c -> c.modulePath().equals(from.modulePath())).toList();
        return same.isEmpty() ? candidates : same;
    }

    /** Renders an instance key as it appears in an address: {@code 0} or {@code "eu"}. */
    public static String renderKey(Object key) {
        if (key instanceof String s) {
            return "[\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
        return "[" + key + "]";
    }

    static String stripModuleKeys(String blockAddress) {
        // most addresses have no module instance key: skip the regular expression for them (a plan
        // has 100,000s)
        if (!blockAddress.startsWith("module.") || blockAddress.indexOf('[') < 0) {
            return blockAddress;
        }
        return MODULE_KEY.matcher(blockAddress).replaceAll("$1");
    }
}
