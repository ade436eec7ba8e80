package dev.tfguard.cli;

import dev.tfguard.docs.RulePage;
import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.engine.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code tfguard explain ID}: prints a rule's documentation page. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print a rule's page: why it matters, how to fix it, examples, references.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "a rule id, e.g. TFG-EC-001 (or another scanner's id for it)")
    String id;

    @Option(names = "--rules", paramLabel = "DIR", description = "also look among the custom rules in DIR")
    List<Path> ruleDirs = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleCatalog catalog = RulesCommand.catalog(ruleDirs, spec.commandLine().getErr(), new boolean[1]);
        String wanted = id.trim();
        Rule rule = catalog.get(wanted.toUpperCase(Locale.ROOT));
        if (rule == null) {
            // other scanners' ids find the rule too, so CKV_AWS_29 explains TFG-EC-001
            rule = catalog.rules().stream().filter(r -> r.info().aliases().stream().anyMatch(wanted::equalsIgnoreCase))
                    .findFirst().orElse(null);
        }
        if (rule == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no rule \"" + id
                    + "\" (tfguard rules lists them)");
        }
        spec.commandLine().getOut().print(RulePage.render(rule.info(), catalog.file(rule.info().id())));
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
