package dev.tfguard.loader.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a plan's {@code configuration} that resolve values: the expressions of the resources
 * that rules read, and the inputs of every module call. References in configuration are relative to
 * the module they are written in; {@link #resolve} makes them absolute and follows {@code var.*} up
 * through the module calls.
 */
final class ConfigIndex {

    /**
     * One configuration expression: a constant, references, both (never in Terraform's output,
     * tolerated), or neither (a function call without references, such as {@code timestamp()}).
     */
    record Expr(boolean hasConstant, Object constant, List<String> references) {
        static final Expr NONE = new Expr(false, null, List.of());
    }

    /**
     * Scope symbols whose references cannot be followed in plan configuration and stay as written.
     */
    private static final List<String> SCOPE_PREFIXES =
            List.of("local.", "each.", "count.", "path.", "terraform.", "self.");

    /**
     * How many variables and outputs one reference is followed through. Terraform rejects cycles,
     * but a plan file is input like any other, so a crafted one must not loop.
     */
    private static final int MAX_DEPTH = 100;

    private final Map<String, Map<String, Expr>> resources = new HashMap<>();
    private final Map<String, Map<String, Expr>> callInputs = new HashMap<>();
    private final Map<String, Map<String, Expr>> variableDefaults = new HashMap<>();
    private final Map<String, Map<String, Expr>> outputs = new HashMap<>();
    private final Map<String, Resolved> followed = new HashMap<>();
    private final Set<String> following = new java.util.HashSet<>();
    private boolean present;

    /** Records that the plan has a configuration section at all (old or trimmed plans may not). */
    void markPresent() {
        present = true;
    }

    boolean present() {
        return present;
    }

    static String key(String configModulePath, boolean data, String type, String name) {
        return configModulePath + "|" + (data ? "data." : "") + type + "." + name;
    }

    void addResource(
            String configModulePath, boolean data, String type, String name, JsonNode expressions) {
        resources.put(key(configModulePath, data, type, name), expressions(expressions));
    }

    /**
     * The inputs written in the {@code module "NAME"} block that creates {@code childConfigPath}.
     */
    void addCallInputs(String childConfigPath, JsonNode expressions) {
        callInputs.put(childConfigPath, expressions(expressions));
    }

    /**
     * The {@code variables} block of the module at {@code configModulePath}: the defaults that
     * apply when a call leaves an input out. Defaults of sensitive variables are not kept.
     */
    void addVariables(String configModulePath, JsonNode variables) {
        if (configModulePath.isEmpty() || variables == null || !variables.isObject()) {
            return;
        }
        Map<String, Expr> defaults = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : variables.properties()) {
            JsonNode v = e.getValue();
            if (v.has("default") && !v.path("sensitive").asBoolean(false)) {
                defaults.put(
                        e.getKey(),
                        new Expr(
                                true, PlanValues.convert(v.get("default"), null, null), List.of()));
            }
        }
        variableDefaults.put(configModulePath, defaults);
    }

    /**
     * The {@code outputs} block of the module at {@code configModulePath}, which its caller reads
     * as {@code module.NAME.OUTPUT}. Sensitive outputs are followed for their references, never for
     * a constant.
     */
    void addOutputs(String configModulePath, JsonNode outputsNode) {
        if (configModulePath.isEmpty() || outputsNode == null || !outputsNode.isObject()) {
            return;
        }
        Map<String, Expr> out = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : outputsNode.properties()) {
            if (!e.getValue().has("expression")) {
                continue;
            }
            Expr expr = expression(e.getValue().get("expression"));
            boolean sensitive = e.getValue().path("sensitive").asBoolean(false);
            out.put(
                    e.getKey(),
                    sensitive && expr.hasConstant()
                            ? new Expr(false, null, expr.references())
                            : expr);
        }
        outputs.put(configModulePath, out);
    }

    /**
     * The expressions of the resource block behind an instance in module {@code modulePath}
     * (instance keys allowed), or {@code null} when the configuration does not describe it.
     */
    Map<String, Expr> resource(String modulePath, boolean data, String type, String name) {
        return resources.get(key(Addresses.withoutKeys(modulePath), data, type, name));
    }

    private static Map<String, Expr> expressions(JsonNode node) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            return Map.of();
        }
        Map<String, Expr> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            out.put(e.getKey(), expression(e.getValue()));
        }
        return out;
    }

    private static Expr expression(JsonNode node) {
        List<String> refs = new ArrayList<>();
        collectReferences(node, refs);
        if (node != null && node.isObject() && node.has("constant_value")) {
            return new Expr(
                    true,
                    PlanValues.convert(node.get("constant_value"), null, null),
                    List.copyOf(refs));
        }
        return refs.isEmpty() ? Expr.NONE : new Expr(false, null, List.copyOf(refs));
    }

    /**
     * The references of an expression and of everything nested in it: nested blocks are written as
     * objects (single blocks) or arrays of objects (list and set blocks) whose members are
     * expressions again.
     */
    private static void collectReferences(JsonNode node, List<String> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                collectReferences(child, out);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equals("references") && e.getValue().isArray()) {
                    for (JsonNode r : e.getValue()) {
                        if (r.isTextual() && !out.contains(r.textValue())) {
                            out.add(r.textValue());
                        }
                    }
                } else if (!e.getKey().equals("constant_value")) {
                    collectReferences(e.getValue(), out);
                }
            }
        }
    }

    /** A resolved expression: absolute references, and the constant when one is known. */
    record Resolved(boolean hasConstant, Object constant, List<String> references) {
        static final Resolved NONE = new Resolved(false, null, List.of());
    }

    /**
     * Resolves an expression written in the module instance {@code modulePath} ({@code ""} for the
     * root): resource, data and module references get the module path as prefix; {@code var.NAME}
     * is replaced by what the calling module passes as {@code NAME} (or the module's default),
     * recursively up to the root; {@code module.CALL.OUTPUT} is replaced by what the child module's
     * output refers to; scope symbols ({@code local.*}, {@code each.*}, ...) stay as written, since
     * Terraform does not expand them in plan configuration.
     */
    Resolved resolve(Expr expr, String modulePath) {
        return resolve(expr, modulePath, 0);
    }

    private Resolved resolve(Expr expr, String modulePath, int depth) {
        if (expr.references().isEmpty()) {
            return expr.hasConstant()
                    ? new Resolved(true, expr.constant(), List.of())
                    : Resolved.NONE;
        }
        Set<String> out = new LinkedHashSet<>();
        boolean hasConstant = expr.hasConstant();
        Object constant = expr.constant();
        for (String ref : expr.references()) {
            Resolved followed = depth < MAX_DEPTH ? follow(ref, modulePath, depth) : null;
            if (followed != null && (followed.hasConstant() || !followed.references().isEmpty())) {
                out.addAll(followed.references());
                if (followed.hasConstant() && isWhole(ref) && onlyUnwraps(expr.references(), ref)) {
                    hasConstant = true;
                    constant = followed.constant();
                }
            } else if (isScopeSymbol(ref) || (ref.startsWith("var.") && modulePath.isEmpty())) {
                out.add(ref);
            } else {
                // A module variable or output that cannot be followed (a trimmed configuration)
                // stays, made
                // absolute so that it names the module it belongs to.
                out.add(Addresses.join(modulePath, ref));
            }
        }
        return new Resolved(
                hasConstant, constant, Collections.unmodifiableList(new ArrayList<>(out)));
    }

    /**
     * What a module variable or module output reference stands for, or {@code null} when it cannot
     * be followed. Results are shared by every instance that resolves the same reference in the
     * same module; a reference met again while it is being followed (a cycle, which only a crafted
     * file can hold) is not followed.
     */
    private Resolved follow(String ref, String modulePath, int depth) {
        String key = followKey(ref, modulePath);
        if (key == null) {
            return null;
        }
        Resolved known = followed.get(key);
        if (known != null || !following.add(key)) {
            return known;
        }
        Resolved r = followUncached(ref, modulePath, depth);
        following.remove(key);
        if (r != null) {
            followed.put(key, r);
        }
        return r;
    }

    private static String followKey(String ref, String modulePath) {
        if (ref.startsWith("var.") && !modulePath.isEmpty()) {
            return modulePath + "|var." + rootName(ref.substring(4));
        }
        if (ref.startsWith("module.")) {
            List<String> steps = Addresses.steps(ref);
            return steps.size() < 3
                    ? null
                    : modulePath + "|module." + steps.get(1) + "." + steps.get(2);
        }
        return null;
    }

    private Resolved followUncached(String ref, String modulePath, int depth) {
        if (ref.startsWith("var.")) {
            String var = rootName(ref.substring(4));
            String configPath = Addresses.withoutKeys(modulePath);
            Expr input = callInputs.getOrDefault(configPath, Map.of()).get(var);
            if (input != null) {
                return resolve(input, Addresses.parentModule(modulePath), depth + 1);
            }
            // The call leaves the input out, so the module's default applies.
            Expr fallback = variableDefaults.getOrDefault(configPath, Map.of()).get(var);
            return fallback == null ? null : resolve(fallback, modulePath, depth + 1);
        }
        // module.CALL.OUTPUT (followKey has checked the shape)
        List<String> steps = Addresses.steps(ref);
        String child = Addresses.join(modulePath, "module." + steps.get(1));
        Expr output =
                outputs.getOrDefault(Addresses.withoutKeys(child), Map.of()).get(steps.get(2));
        return output == null ? null : resolve(output, child, depth + 1);
    }

    /**
     * True for {@code var.NAME} and {@code module.CALL.OUTPUT}: the whole value, not a part of it.
     */
    private static boolean isWhole(String ref) {
        int steps = Addresses.steps(ref).size();
        return ref.startsWith("var.") ? steps == 2 : steps == 3;
    }

    /**
     * True when every reference of an expression is {@code ref} or one of the shorter forms
     * Terraform adds when it unwraps a traversal ({@code module.m.out}, then {@code module.m}): the
     * expression is {@code ref} alone.
     */
    private static boolean onlyUnwraps(List<String> references, String ref) {
        for (String r : references) {
            if (!r.equals(ref) && !ref.startsWith(r + ".") && !ref.startsWith(r + "[")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isScopeSymbol(String ref) {
        for (String p : SCOPE_PREFIXES) {
            if (ref.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static String rootName(String s) {
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '[') {
                end = i;
                break;
            }
        }
        return s.substring(0, end);
    }
}
