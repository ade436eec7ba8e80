package dev.tfguard.loader.hcl;

import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.config.VariableInputs;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.ConfigFile;
import dev.tfguard.loader.hcl.syntax.HclParser;
import dev.tfguard.model.Marks;
import dev.tfguard.model.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The values a root module's variables are given from outside its files: {@code TF_VAR_*}, {@code
 * .tfvars} files and {@code --var}.
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
                values.put(a.name(), literal.value(a.expr()));
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
