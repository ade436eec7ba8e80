package dev.tfguard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.hcl.HclLoader;
import dev.tfguard.model.InputError;
import dev.tfguard.model.Model;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tfguard values [--format json] DIR}: prints what tfguard evaluated in the root module
 * {@code DIR} (root outputs, locals, outputs of the modules it calls) in the shape of {@code
 * terraform show -json}'s {@code output_changes}, so that it can be compared with Terraform's own
 * plan. Sensitive values are hidden unless {@code --show-secrets} is given.
 */
@Command(
        name = "values",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Print the values tfguard evaluates in the root module DIR.",
            "Root outputs, locals and the outputs of the modules it calls, each with its value, whether it is "
                    + "unknown before apply and whether it is sensitive, in the shape of terraform show -json's "
                    + "output_changes."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the values were printed",
            "2:usage error",
            "3:DIR holds no Terraform files, or a file could not be read or parsed",
            "4:internal error (a bug: please report it)"
        })
final class ValuesCommand implements java.util.concurrent.Callable<Integer> {

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = "text (default) or json")
    String format = "text";

    @Option(
            names = "--var-file",
            paramLabel = "FILE",
            description = "a .tfvars file (repeatable; later wins)")
    List<Path> varFiles = new ArrayList<>();

    @Option(
            names = "--show-secrets",
            description = "print sensitive values, which are otherwise hidden")
    boolean showSecrets;

    @Parameters(paramLabel = "DIR", arity = "1", description = "a root module's folder")
    Path dir;

    @Spec CommandSpec spec;

    @CommandLine.ParentCommand ScanCommand parent;

    @Override
    public Integer call() throws JsonProcessingException {
        CommandLine cli = spec.commandLine();
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(
                    cli, "--format must be text or json, not '" + format + "'");
        }
        Path workDir = parent.workDir();
        Path folder = workDir.resolve(dir);
        LoadOptions options =
                new LoadOptions(
                        null,
                        varFiles.stream().map(workDir::resolve).toList(),
                        parent.environment(),
                        workDir);
        if (!Files.isDirectory(folder)) {
            err.println("tfguard: " + options.display(folder) + ": not a folder");
            return ExitCode.INPUT_ERROR.code();
        }
        Model model = new Model();
        ObjectNode doc = new HclLoader().values(folder, options, model, showSecrets);
        for (dev.tfguard.model.Warning w : model.warnings()) {
            err.println("tfguard: warning: " + w);
        }
        for (InputError e : model.errors()) {
            err.println("tfguard: " + e);
        }
        if (doc == null) {
            err.println("tfguard: " + options.display(folder) + ": no Terraform files");
            return ExitCode.INPUT_ERROR.code();
        }
        if (format.equals("json")) {
            ObjectMapper mapper = new ObjectMapper();
            mapper.enable(
                    com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        } else {
            text(doc, out);
        }
        out.flush();
        return model.errors().isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT_ERROR.code();
    }

    /**
     * One line per value: {@code output.NAME = VALUE}, with {@code (known after apply)} for unknown
     * parts.
     */
    private static void text(ObjectNode doc, PrintWriter out) {
        section("output.", doc.get("output_changes"), out);
        section("local.", doc.get("locals"), out);
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("module_outputs").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> m = it.next();
            section(m.getKey() + ".", m.getValue(), out);
        }
    }

    private static void section(String prefix, JsonNode changes, PrintWriter out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode c = e.getValue();
            String shown =
                    c.has("after")
                            ? render(c.get("after"), c.get("after_unknown"))
                            : "(known after apply)";
            out.println(
                    prefix
                            + e.getKey()
                            + " = "
                            + shown
                            + (c.get("after_sensitive").asBoolean() ? "  (sensitive)" : ""));
        }
    }

    /**
     * The value as JSON, with {@code (known after apply)} where {@code unknown} marks a part
     * unknown.
     */
    private static String render(JsonNode v, JsonNode unknown) {
        if (unknown != null && unknown.isBoolean() && unknown.asBoolean()) {
            return "(known after apply)";
        }
        if (unknown == null || unknown.isBoolean()) {
            return v.toString();
        }
        StringBuilder sb = new StringBuilder();
        if (v.isArray()) {
            sb.append('[');
            for (int i = 0; i < v.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(render(v.get(i), unknown.get(i)));
            }
            return sb.append(']').toString();
        }
        if (v.isObject()) {
            sb.append('{');
            boolean first = true;
            for (Iterator<String> names = v.fieldNames(); names.hasNext(); ) {
                String k = names.next();
                sb.append(first ? "" : ",")
                        .append(new ObjectNodeText(k))
                        .append(':')
                        .append(render(v.get(k), unknown.get(k)));
                first = false;
            }
            for (Iterator<String> names = unknown.fieldNames(); names.hasNext(); ) {
                String k = names.next();
                if (!v.has(k)) {
                    sb.append(first ? "" : ",")
                            .append(new ObjectNodeText(k))
                            .append(":(known after apply)");
                    first = false;
                }
            }
            return sb.append('}').toString();
        }
        return v.toString();
    }

    /** A JSON string literal for an object key. */
    private record ObjectNodeText(String key) {
        @Override
        public String toString() {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(key).toString();
        }
    }
}
