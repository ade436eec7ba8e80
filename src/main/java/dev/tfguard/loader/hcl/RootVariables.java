package dev.tfguard.loader.hcl;

import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.config.VariableInputs;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.ConfigFile;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.HclParser;
import dev.tfguard.loader.hcl.syntax.Pos;
import dev.tfguard.model.InputError;
import dev.tfguard.model.Marks;
import dev.tfguard.model.SourceRef;
import dev.tfguard.model.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The values a root module's variables are given from outside its files: {@code TF_VAR_*}, {@code
 * .tfvars} files and {@code --var}. A value written in a {@code .tfvars} file carries where it is
 * written ({@link Marks#origins()}), down to the line of each element of a map, object or list, so
 * that a finding that value causes can be located there.
 */
final class RootVariables {
    private final LoadOptions options;
    private final ModuleReader reader;
    private final Consumer<String> warn;

    RootVariables(LoadOptions options, ModuleReader reader, Consumer<String> warn) {
        this.options = options;
        this.reader = reader;
        this.warn = warn;
    }

    /**
     * Moves each named var file whose folder holds no configuration ({@code vars/prod.tfvars}
     * beside a root's {@code main.tf}, as {@code terraform plan -var-file=vars/prod.tfvars} is run)
     * to the nearest folder above it, within the repository, that holds one, and adds that folder
     * to {@code dirs} to be scanned as its root; a var file with no such folder is an input error,
     * not a clean scan.
     */
    void findRoots(
            Map<Path, List<Path>> varFilesByDir, Set<Path> dirs, Consumer<InputError> error) {
        for (Path dir : List.copyOf(varFilesByDir.keySet())) {
            if (reader.module(dir) != null) {
                continue;
            }
            List<Path> files = varFilesByDir.remove(dir);
            Path root = dir.getParent();
            while (root != null
                    && root.startsWith(options.repoRoot())
                    && reader.module(root) == null) {
                root = root.getParent();
            }
            for (Path f : files) {
                if (root == null || !root.startsWith(options.repoRoot())) {
                    error.accept(
                            new InputError(
                                    options.display(f),
                                    0,
                                    "no Terraform configuration (.tf, .tf.json, .tofu) in its folder or a folder above it to give these values to (name the root folder with --var-file FILE)"));
                } else {
                    varFilesByDir.computeIfAbsent(root, r -> new ArrayList<>()).add(f);
                    dirs.add(root);
                }
            }
        }
    }

    /**
     * A root module's variable values, lowest precedence first as Terraform applies them: {@code
     * TF_VAR_*}, then {@code terraform.tfvars(.json)}, then {@code *.auto.tfvars(.json)} in lexical
     * order, then var files. See
     * https://developer.hashicorp.com/terraform/language/values/variables#variable-definition-precedence.
     */
    Map<String, Value> values(ModuleSource m, List<Path> namedVarFiles, int roots) {
        Map<String, Value> values = new HashMap<>();
        Marks outside = new Marks(Set.of(), false, true);
        for (VariableInputs.Raw r : VariableInputs.environment(options.environment())) {
            // Terraform ignores TF_VAR_ values of variables a root does not declare, without a word
            values.put(r.name(), rawValue(m, r).withMarks(outside));
        }
        List<Path> files = new ArrayList<>(VariableInputs.automaticFiles(m.dir));
        for (Path f : options.varFiles()) {
            if (VariableInputs.appliesTo(f, m.dir, roots)) {
                files.add(f);
            }
        }
        files.addAll(namedVarFiles);
        for (Path f : files) {
            ConfigFile cf = reader.parse(f.toAbsolutePath().normalize(), true);
            if (cf == null) {
                continue;
            }
            Evaluator literal =
                    new Evaluator(
                            (t, consumed) -> {
                                consumed[0] = t.steps().size();
                                return Value.unknown(t + " cannot be used in a .tfvars file");
                            });
            for (Attribute a : cf.body().attributes()) {
                if (!m.variables.containsKey(a.name())) {
                    warn.accept(
                            options.display(f)
                                    + ":"
                                    + a.range().start().line()
                                    + ": a value for variable \""
                                    + a.name()
                                    + "\", which the root module "
                                    + options.display(m.dir)
                                    + " does not declare; Terraform ignores it");
                }
                values.put(
                        a.name(),
                        written(
                                literal.value(a.expr()),
                                a.expr(),
                                at(options.display(f), a.range().start())));
            }
        }
        for (VariableInputs.Raw r : VariableInputs.commandLine(options.vars())) {
            if (!m.variables.containsKey(r.name())) {
                // with several roots, --var is for the roots that declare the variable
                if (roots <= 1) {
                    warn.accept(
                            r.origin()
                                    + ": the root module "
                                    + options.display(m.dir)
                                    + " declares no variable \""
                                    + r.name()
                                    + "\"; the value is not used");
                }
                continue;
            }
            values.put(r.name(), rawValue(m, r).withMarks(outside));
        }
        return values;
    }

    private static SourceRef at(String file, Pos p) {
        return new SourceRef(file, p.line(), p.column());
    }

    /**
     * {@code v}, the value of {@code e} as written at {@code where} in a variable definitions file,
     * marked with that place; each element of a map, object or list written out in {@code e} is
     * marked with its own place, so that a rule reading {@code var.cache.encrypt} is sent to the
     * line of {@code encrypt}.
     */
    static Value written(Value v, Expr e, SourceRef where) {
        Expr inner = e;
        while (inner instanceof Expr.Paren p) {
            inner = p.inner();
        }
        if (v instanceof Value.Known k) {
            String file = where.file();
            if (inner instanceof Expr.Tuple t
                    && k.value() instanceof List<?> l
                    && l.size() == t.elements().size()) {
                List<Value> out = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) {
                    Expr element = t.elements().get(i);
                    out.add(written((Value) l.get(i), element, at(file, element.range().start())));
                }
                v =
                        new Value.Known(
                                Collections.unmodifiableList(out),
                                k.kind(),
                                k.elementType(),
                                k.marks());
            } else if (inner instanceof Expr.ObjectCons o && k.value() instanceof Map<?, ?> mp) {
                Map<String, Value> out = new LinkedHashMap<>();
                mp.forEach((key, element) -> out.put((String) key, (Value) element));
                for (Expr.ObjectItem item : o.items()) {
                    String key = keyName(item.key());
                    Value element = key == null ? null : out.get(key);
                    if (element != null) {
                        out.put(
                                key,
                                written(
                                        element,
                                        item.value(),
                                        at(file, item.key().range().start())));
                    }
                }
                v =
                        new Value.Known(
                                Collections.unmodifiableMap(out),
                                k.kind(),
                                k.elementType(),
                                k.marks());
            }
        }
        return v.withMarks(Marks.origin(where));
    }

    /** The key of an object item written as a bare word or a plain quoted string, else null. */
    private static String keyName(Expr key) {
        if (key instanceof Expr.Literal l && l.value() instanceof String s) {
            return s;
        }
        if (key instanceof Expr.ScopeTraversal st && st.traversal().steps().isEmpty()) {
            return st.traversal().root();
        }
        if (key instanceof Expr.Template t
                && t.parts().size() == 1
                && t.parts().get(0) instanceof Expr.Literal l
                && l.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /**
     * A value given as text ({@code TF_VAR_x}, {@code --var x=...}) as Terraform reads it: a string
     * for a variable without a type or of a primitive type (converted by the type later), else
     * parsed as an HCL expression, so that {@code ["a","b"]}, {@code {a=1}} and objects reach
     * lists, maps and objects.
     */
    private Value rawValue(ModuleSource m, VariableInputs.Raw raw) {
        ModuleSource.Located<Block> decl = m.variables.get(raw.name());
        String type =
                decl == null
                        ? null
                        : decl.item()
                                .body()
                                .attribute("type")
                                .map(a -> a.expr().source())
                                .orElse(null);
        if (VariableInputs.literal(type)) {
            return Value.string(raw.text());
        }
        ConfigFile cf =
                HclParser.parse(
                        raw.origin(),
                        ("value = " + raw.text() + "\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Optional<Attribute> a = cf.valid() ? cf.body().attribute("value") : Optional.empty();
        if (a.isEmpty() || cf.body().items().size() != 1) {
            warn.accept(
                    raw.origin()
                            + ": not a valid value for variable \""
                            + raw.name()
                            + "\" of type "
                            + type.strip()
                            + " (write it as Terraform's -var takes it, e.g. [\"a\", \"b\"] or {key = \"value\"})");
            return Value.unknown(raw.origin() + " is not a valid value of type " + type.strip());
        }
        Evaluator literal =
                new Evaluator(
                        (t, consumed) -> {
                            consumed[0] = t.steps().size();
                            return Value.unknown(t + " cannot be used in a variable value");
                        });
        return literal.value(a.get().expr());
    }
}
