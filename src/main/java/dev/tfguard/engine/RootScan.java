package dev.tfguard.engine;

import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Model;
import dev.tfguard.model.Relation;
import dev.tfguard.model.Resource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules run over each root module apart: a root's resources form one graph, so that references
 * resolve within their own configuration and the same address in two roots is two resources. Every
 * verdict carries its root.
 */
public final class RootScan {
    private final Map<String, ResourceGraph> graphs = new LinkedHashMap<>();
    private final List<Finding> verdicts = new ArrayList<>();

    /**
     * Builds a graph per root ({@code byRoot} as {@code Model.resourcesByRoot()} gives it) and runs
     * the rules.
     */
    public RootScan(List<Rule> rules, Map<String, List<Resource>> byRoot) {
        this(rules, byRoot, (root, modulePath) -> List.of());
    }

    /**
     * Runs the rules over every root of {@code model}; a verdict on a resource inside a module
     * names the chain of module calls that leads to it from its root, since the module's file alone
     * does not say which caller's inputs made it fail.
     */
    public RootScan(List<Rule> rules, Model model) {
        this(rules, model.resourcesByRoot(), model::callChain);
    }

    private RootScan(
            List<Rule> rules,
            Map<String, List<Resource>> byRoot,
            BiFunction<String, String, List<String>> chains) {
        byRoot.forEach(
                (root, resources) -> {
                    ResourceGraph graph = new ResourceGraph(resources);
                    graphs.put(root, graph);
                    for (Finding f : Runner.run(rules, graph)) {
                        List<String> chain = chains.apply(root, modulePath(f.resource()));
                        Finding g =
                                chain.isEmpty()
                                        ? f
                                        : new Finding(
                                                f.rule(),
                                                f.title(),
                                                f.severity(),
                                                f.resource(),
                                                f.attribute(),
                                                f.source(),
                                                f.message()
                                                        + "; called through "
                                                        + String.join(" → ", chain),
                                                f.remediation(),
                                                f.aliases(),
                                                f.reason(),
                                                f.root(),
                                                f.usedAt());
                        verdicts.add(root == null ? g : g.withRoot(root));
                    }
                });
        verdicts.sort(Finding.ORDER);
    }

    /**
     * The module part of a resource address, without instance keys: {@code module.a.module.b}, or
     * {@code ""}.
     */
    static String modulePath(String address) {
        Matcher m = MODULES.matcher(address);
        if (!m.lookingAt()) {
            return "";
        }
        String path = m.group();
        return path.isEmpty()
                ? ""
                : path.substring(0, path.length() - 1).replaceAll("\\[[^\\]]*\\]", "");
    }

    private static final Pattern MODULES =
            Pattern.compile("(module\\.[^.\\[]+(\\[(\"[^\"]*\"|[^\\]]*)\\])?\\.)*");

    /**
     * Every failure and unverified check of every root, in {@link Finding#ORDER}; a list the caller
     * may change.
     */
    public List<Finding> verdicts() {
        return verdicts;
    }

    /** The graph of each root, in the order roots were read. */
    public Map<String, ResourceGraph> graphs() {
        return Collections.unmodifiableMap(graphs);
    }

    /** The graph of {@code root}; an empty graph when the root has no resources. */
    public ResourceGraph graph(String root) {
        ResourceGraph g = graphs.get(root);
        return g != null ? g : new ResourceGraph(List.of());
    }

    /**
     * The relations of every root's graph that reports draw, as each resource's provider knows them
     * ({@link ProviderKnowledge#relations}).
     */
    public List<Relation> relations() {
        List<Relation> out = new ArrayList<>();
        graphs.values().forEach(g -> out.addAll(Providers.relations(g)));
        return out;
    }

    /** How many resources all roots hold. */
    public int size() {
        return graphs.values().stream().mapToInt(g -> g.resources().size()).sum();
    }
}
