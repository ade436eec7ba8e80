package dev.tfguard.loader.hcl.function;

import dev.tfguard.model.Value;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a function call may need besides its arguments: the folder relative paths resolve against
 * (the root module's folder, as Terraform's working directory), the scanned tree, outside which no
 * file is read, and the evaluator's template rendering for {@code templatefile} and {@code
 * templatestring}.
 *
 * @param workingDir the folder relative paths resolve against, or null when files are not read
 * @param tree the folder no file outside of is read, or null when files are not read
 * @param templates renders a template, or null when templates are not evaluated
 */
public record CallContext(Path workingDir, Path tree, Templates templates) {

    /** A context in which no file is read. */
    public static final CallContext NONE = new CallContext(null, null, null);

    /** A context that reads files but renders no template. */
    public CallContext(Path workingDir, Path tree) {
        this(workingDir, tree, null);
    }

    /**
     * Renders template text with the variables given, as the evaluator does ({@code templatefile}).
     */
    @FunctionalInterface
    public interface Templates {
        /**
         * The value of {@code text} parsed as a template (named {@code name} in messages) with only
         * {@code vars} in scope; {@link EvalException} when it does not parse or refers to anything
         * else.
         */
        Value render(String text, String name, Map<String, Value> vars);
    }
}
