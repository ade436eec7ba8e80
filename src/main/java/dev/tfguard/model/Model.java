package dev.tfguard.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the loaders produced for one scan: resources from every input, grouped by the root
 * module they belong to, plus the errors and warnings met on the way and the suppressions written
 * in the source. Rules see only the resources (through the graph of one root); reporters see errors
 * and warnings.
 */
public final class Model {
    private final Map<String, List<Resource>> byRoot = new LinkedHashMap<>();
    private final List<Resource> resources = new ArrayList<>();
    private final List<InputError> errors = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final Set<String> warned = new HashSet<>();
    private final List<Suppression> suppressions = new ArrayList<>();

    /** Module calls by root, then by module address: where each is called. */
    private final Map<String, Map<String, String>> calls = new java.util.HashMap<>();

    /**
     * The root module that resources, warnings and errors added now belong to; {@code null} for
     * none.
     */
    private String root;

    /**
     * Makes {@code root} (a path relative to the repository root, {@code .} for the repository root
     * itself) the root module that the resources, warnings and errors added from now on belong to;
     * {@code null} for none.
     */
    public void root(String root) {
        this.root = root;
    }

    /** The root module being read, or {@code null}. */
    public String root() {
        return root;
    }

    public void add(Resource r) {
        resources.add(r);
        byRoot.computeIfAbsent(root, k -> new ArrayList<>()).add(r);
    }

    /** Adds an error; one without a root gets the root being read. */
    public void error(InputError e) {
        errors.add(e.root() == null && root != null ? e.withRoot(root) : e);
    }

    /**
     * Adds a warning of the root being read, kept to one line like an error's message. A warning
     * given again (the same message: the same cause at the same place) is kept once, with the first
     * root it was met in.
     */
    public void warn(String w) {
        warn(new Warning(root, w));
    }

    /**
     * Adds a warning with its own root, or the root being read when it has none (see {@link
     * #warn(String)}).
     */
    public void warn(Warning w) {
        if (warned.add(w.message())) {
            warnings.add(w.root() == null && root != null ? new Warning(root, w.message()) : w);
        }
    }

    /**
     * Records where the root being read calls the module {@code address} ({@code
     * module.a.module.b}): {@code where} is {@code file:line} of the call, so that findings in a
     * module can name the chain of calls that leads there.
     */
    public void moduleCall(String address, String where) {
        calls.computeIfAbsent(root, k -> new java.util.HashMap<>()).putIfAbsent(address, where);
    }

    /**
     * Adds the module calls {@code other} recorded (a model read apart and then combined with this
     * one).
     */
    public void moduleCallsFrom(Model other) {
        other.calls.forEach(
                (r, byAddress) ->
                        byAddress.forEach(
                                (address, where) ->
                                        calls.computeIfAbsent(r, k -> new java.util.HashMap<>())
                                                .putIfAbsent(address, where)));
    }

    /**
     * The calls that lead from {@code root} to the module {@code modulePath}, outermost first, as
     * {@code module.a (main.tf:3)}; empty at the root or when the calls were not recorded (a plan).
     */
    public List<String> callChain(String root, String modulePath) {
        Map<String, String> known = calls.get(root);
        List<String> out = new ArrayList<>();
        if (known == null || modulePath == null || modulePath.isEmpty()) {
            return out;
        }
        String[] parts = modulePath.split("\\.");
        StringBuilder address = new StringBuilder();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            address.append(address.length() == 0 ? "" : ".")
                    .append(parts[i])
                    .append('.')
                    .append(parts[i + 1]);
            String where = known.get(address.toString());
            if (where == null) {
                return List.of();
            }
            out.add(address + " (" + where + ")");
        }
        return out;
    }

    public void suppress(Suppression s) {
        suppressions.add(s);
    }

    /** Every resource, in the order added. */
    public List<Resource> resources() {
        return Collections.unmodifiableList(resources);
    }

    /**
     * The resources of each root module, in the order roots were first read; resources read outside
     * any root (a model built by hand) are under the key {@code null}. Addresses are unique only
     * within one root.
     */
    public Map<String, List<Resource>> resourcesByRoot() {
        Map<String, List<Resource>> out = new LinkedHashMap<>();
        byRoot.forEach((k, v) -> out.put(k, Collections.unmodifiableList(v)));
        return Collections.unmodifiableMap(out);
    }

    public List<InputError> errors() {
        return Collections.unmodifiableList(errors);
    }

    public List<Warning> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /**
     * Suppressions written in the inputs (comments in Terraform source), in the order they were
     * read.
     */
    public List<Suppression> suppressions() {
        return Collections.unmodifiableList(suppressions);
    }
}
