package dev.tfguard.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tfguard.loader.hcl.syntax.Body;
import dev.tfguard.loader.hcl.syntax.ConfigFile;
import dev.tfguard.loader.hcl.syntax.Diagnostic;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.HclParser;
import dev.tfguard.loader.hcl.syntax.JsonConfigParser;
import dev.tfguard.loader.hcl.syntax.Pos;
import dev.tfguard.loader.hcl.syntax.Range;
import dev.tfguard.loader.hcl.syntax.SecretValues;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tfguard syntax [--format json] FILE...}: shows what the HCL parser read in each file, for
 * people debugging a finding and for the conformance corpus. Secret values ({@link SecretValues})
 * are hidden unless {@code --show-secrets} is given. Exits 3 when a file is invalid or unreadable.
 */
@Command(
        name = "syntax",
        mixinStandardHelpOptions = true,
        description =
                "Show the blocks, attributes and references the HCL parser reads in each file.")
public final class SyntaxCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    String format = "text";

    @Option(
            names = "--show-secrets",
            description =
                    "Print the values of auth_token and password arguments, "
                            + "sensitive variable defaults and secret .tfvars entries, which are otherwise hidden")
    boolean showSecrets;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = ".tf, .tofu, .tfvars, .tf.json, .tofu.json or .tfvars.json files")
    List<String> files = new ArrayList<>();

    @Override
    /**
     * Parses every file named, prints one outline document, and exits 3 if any file was invalid.
     */
    public Integer call() throws JsonProcessingException {
        CommandLine cli = spec.commandLine();
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(
                    cli, "--format must be text or json, not '" + format + "'");
        }
        // Nested blocks nest the outline twice as deep as the file; the parser itself stops at its
        // own limit.
        ObjectMapper mapper =
                new ObjectMapper(
                        JsonFactory.builder()
                                .streamWriteConstraints(
                                        StreamWriteConstraints.builder()
                                                .maxNestingDepth(4 * HclParser.MAX_DEPTH + 16)
                                                .build())
                                .build());
        ObjectNode doc = mapper.createObjectNode();
        ObjectNode outlines = doc.putObject("files");
        boolean failed = false;
        for (String name : files) {
            ConfigFile file = parse(name);
            boolean json = name.endsWith(".json");
            if (!file.valid()) {
                failed = true;
                Diagnostic first = file.diagnostics().get(0);
                err.println("tfguard: " + first);
            }
            Set<Expr> hidden =
                    showSecrets ? Set.of() : SyntaxOutline.identities(SecretValues.in(file));
            if (format.equals("json")) {
                outlines.set(name, SyntaxOutline.json(file, json, hidden));
            } else {
                SyntaxOutline.text(file, hidden, out);
            }
        }
        if (format.equals("json")) {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        }
        out.flush();
        return failed ? ExitCode.INPUT_ERROR.code() : ExitCode.OK.code();
    }

    /** Reads and parses one file; a file that cannot be read becomes a diagnostic. */
    static ConfigFile parse(String name) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(name));
        } catch (IOException | RuntimeException ex) {
            String why =
                    ex instanceof java.nio.file.NoSuchFileException
                            ? "no such file"
                            : ex instanceof java.nio.file.AccessDeniedException
                                    ? "permission denied"
                                    : String.valueOf(ex.getMessage());
            Pos zero = new Pos(1, 1, 0);
            return new ConfigFile(
                    name,
                    new Body(List.of(), new Range(zero, zero)),
                    List.of(),
                    List.of(new Diagnostic(name, 1, 1, "Cannot read file", why)));
        }
        if (name.endsWith(".tfvars.json")) {
            return JsonConfigParser.parseAttributes(name, bytes);
        }
        if (name.endsWith(".json")) {
            return JsonConfigParser.parse(name, bytes);
        }
        return HclParser.parse(name, bytes);
    }
}
