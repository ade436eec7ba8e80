package dev.tfguard.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.engine.RuleDefinitionException;
import dev.tfguard.model.RuleInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tfguard rules}: lists every rule with its id, severity and title, in id order. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = "List the rules tfguard runs.")
final class RulesCommand implements Callable<Integer> {

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default) or json")
    String format;

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = "also list the custom rules in DIR (repeatable)")
    List<Path> ruleDirs = new ArrayList<>();

    @Spec CommandSpec spec;

    /**
     * The built-in rules plus those in {@code dirs}; each malformed rule file is printed to {@code
     * err} as {@code file:line: message}, and {@code broken[0]} is set.
     */
    static RuleCatalog catalog(List<Path> dirs, PrintWriter err, boolean[] broken) {
        RuleCatalog catalog = RuleCatalog.builtIn();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                err.println("tfguard: " + dir + ": no such rule folder");
                broken[0] = true;
                continue;
            }
            for (RuleDefinitionException e : catalog.addDirectory(dir)) {
                err.println("tfguard: " + e.describe());
                broken[0] = true;
            }
        }
        err.flush();
        return catalog;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        boolean[] broken = {false};
        RuleCatalog catalog = catalog(ruleDirs, spec.commandLine().getErr(), broken);
        List<RuleInfo> rules =
                catalog.infos().stream()
                        .sorted(java.util.Comparator.comparing(RuleInfo::id))
                        .toList();
        if (format.equals("json")) {
            try (JsonGenerator g =
                    new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartArray();
                for (RuleInfo r : rules) {
                    g.writeStartObject();
                    g.writeStringField("id", r.id());
                    g.writeStringField("severity", r.severity().name());
                    g.writeStringField("title", r.title());
                    g.writeStringField("resource", r.resourceType());
                    g.writeArrayFieldStart("security_hub");
                    for (String s : r.securityHub()) {
                        g.writeString(s);
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("aliases");
                    for (String a : r.aliases()) {
                        g.writeString(a);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            out.println();
        } else if (format.equals("text")) {
            for (RuleInfo r : rules) {
                out.printf("%-12s %-8s %s%n", r.id(), r.severity(), r.title());
            }
        } else {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "--format: unknown format \"" + format + "\" (choose from text, json)");
        }
        out.flush();
        return (broken[0] ? ExitCode.INPUT_ERROR : ExitCode.OK).code();
    }
}
