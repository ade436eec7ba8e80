package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.CallContext;
import dev.tfguard.loader.hcl.function.Convert;
import dev.tfguard.loader.hcl.function.EvalException;
import dev.tfguard.loader.hcl.syntax.Diagnostic;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.HclParser;
import dev.tfguard.loader.hcl.syntax.Traversal;
import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the templates of {@code templatefile} and {@code templatestring}: the text is parsed as a
 * template and evaluated with the given variables as its only names (functions other than these two
 * stay available), as Terraform does. A primitive result is a string.
 */
final class TemplateRenderer implements CallContext.Templates {
    private final Path workingDir;
    private final Path tree;
    private final boolean terraformView;

    TemplateRenderer(Path workingDir, Path tree, boolean terraformView) {
        this.workingDir = workingDir;
        this.tree = tree;
        this.terraformView = terraformView;
    }

    /**
     * The context for function calls in a module: files under {@code tree}, paths from {@code
     * workingDir}.
     */
    static CallContext context(Path workingDir, Path tree, boolean terraformView) {
        return new CallContext(
                workingDir, tree, new TemplateRenderer(workingDir, tree, terraformView));
    }

    @Override
    public Value render(String text, String name, Map<String, Value> vars) {
        List<Diagnostic> diags = new ArrayList<>();
        Expr template = HclParser.parseTemplate(name, text.getBytes(StandardCharsets.UTF_8), diags);
        if (!diags.isEmpty()) {
            throw new EvalException("the template " + name + " is invalid: " + diags.get(0));
        }
        // no templatefile() inside a template: Terraform refuses the recursion
        CallContext inner = new CallContext(workingDir, tree, null);
        Scope only =
                new Scope() {
                    @Override
                    public Value resolve(Traversal t, int[] consumed) {
                        throw new EvalException(
                                "the template "
                                        + name
                                        + " refers to "
                                        + t.root()
                                        + ", which is not among its variables");
                    }

                    @Override
                    public CallContext callContext() {
                        return inner;
                    }

                    @Override
                    public boolean terraformView() {
                        return terraformView;
                    }
                };
        Value v = new Evaluator(only, vars).eval(template);
        return v.type().isPrimitive() && !v.isNull() ? Convert.to(v, Type.STRING) : v;
    }
}
