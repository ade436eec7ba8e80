package dev.tfguard.cli;

import dev.tfguard.docs.PlainText;
import dev.tfguard.docs.RulePage;
import dev.tfguard.engine.Rule;
import dev.tfguard.engine.RuleCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tfguard explain ID}: prints a rule's documentation page. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = "Print a rule's page: why it matters, how to fix it, examples, references.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "ID",
            description = "a rule id, e.g. TFG-EC-001 (or another scanner's id for it)")
    String id;

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = "also look among the custom rules in DIR")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description =
                    "text (plain, wrapped to the terminal) or markdown (the page as docs/rules/ holds it); "
                            + "default: text on a terminal, markdown otherwise")
    String format;

    @Spec CommandSpec spec;

    @picocli.CommandLine.ParentCommand ScanCommand parent;

    @Override
    public Integer call() {
        if (format != null && !format.equals("text") && !format.equals("markdown")) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "--format: \"" + format + "\" is not one of text, markdown");
        }
        RuleCatalog catalog =
                RulesCommand.catalog(ruleDirs, spec.commandLine().getErr(), new boolean[1]);
        String wanted = id.trim();
        Rule rule = catalog.get(wanted.toUpperCase(Locale.ROOT));
        if (rule == null) {
            // other scanners' ids find the rule too, so CKV_AWS_29 explains TFG-EC-001
            rule =
                    catalog.rules().stream()
                            .filter(
                                    r ->
                                            r.info().aliases().stream()
                                                    .anyMatch(wanted::equalsIgnoreCase))
                            .findFirst()
                            .orElse(null);
        }
        if (rule == null) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "no rule \"" + id + "\" (tfguard rules lists them)");
        }
        String page = RulePage.render(rule.info(), catalog.file(rule.info().id()));
        boolean text = format == null ? parent != null && parent.terminal() : format.equals("text");
        spec.commandLine().getOut().print(text ? PlainText.render(page, width()) : page);
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }

    /** The terminal's width as the shell exports it ({@code COLUMNS}), at most 100; else 100. */
    private int width() {
        String columns = parent == null ? null : parent.environment().get("COLUMNS");
        try {
            return columns == null ? 100 : Math.min(100, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
