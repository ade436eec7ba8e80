package dev.tfguard.cli;

import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.engine.Runner;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.loader.Inputs;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Model;
import dev.tfguard.model.ScanResult;
import dev.tfguard.model.Severity;
import dev.tfguard.report.Reporter;
import dev.tfguard.report.Reporters;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code tfguard [OPTIONS] PATH...}: scans plans, Terraform files and folders and reports what is insecure. */
@Command(name = "tfguard", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Static analysis of Terraform plans and HCL: insecure ElastiCache and KMS configuration.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on",
            "1:at least one finding at or above --fail-on",
            "2:usage error",
            "3:an input could not be read or parsed (the rest was still scanned)",
            "4:internal error (a bug: please report it)"},
        subcommands = {SyntaxCommand.class, RulesCommand.class, ExplainCommand.class})
public final class ScanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "plan JSON files (terraform show -json), .tf/.tf.json/.tfvars files, or folders")
    List<Path> paths = new ArrayList<>();

    @ArgGroup(exclusive = false, multiplicity = "0..*", heading = "%nReports (repeatable):%n")
    List<ReportOption> reports = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "LOW",
            description = "exit 1 when a finding is at or above this severity: CRITICAL, HIGH, MEDIUM, LOW, INFO "
                    + "(default: ${DEFAULT-VALUE})")
    String failOn;

    @Option(names = "--strict", description = "report unverified checks (values unknown statically) as findings")
    boolean strict;

    @Option(names = "--var-file", paramLabel = "FILE", description = "a .tfvars file (repeatable; later wins)")
    List<Path> varFiles = new ArrayList<>();

    @Option(names = "--debug", description = "print stack traces of errors")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One report: a format and where it goes. */
    static final class ReportOption {
        @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
                description = "text (default), json; repeat --format to write several reports")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "write the report of the --format before it to FILE (default: standard output)")
        Path output;
    }

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> environment;
    private final boolean terminal;
    private final Path workDir;

    ScanCommand(PrintWriter out, PrintWriter err, Map<String, String> environment, boolean terminal, Path workDir) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.terminal = terminal;
        this.workDir = workDir;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, Map<String, String> environment,
                                   boolean terminal, Path workDir) {
        CommandLine cli = new CommandLine(new ScanCommand(out, err, environment, terminal, workDir));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new Errors(out, err));
        cli.setParameterExceptionHandler(Errors::usage);
        return cli;
    }

    @Override
    public Integer call() throws IOException {
        if (paths.isEmpty()) {
            // not arity 1..*: picocli would then demand a PATH before a subcommand such as `syntax`
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'PATH'");
        }
        Severity threshold;
        try {
            threshold = Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--fail-on: \"" + failOn + "\" is not one of CRITICAL, HIGH, MEDIUM, LOW, INFO");
        }
        List<ReportOption> wanted = reports.isEmpty() ? List.of(textToStdout()) : reports;
        for (ReportOption r : wanted) {
            if (Reporters.forFormat(r.format) == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format: unknown format \""
                        + r.format + "\" (choose from " + String.join(", ", Reporters.names()) + ")");
            }
        }
        RuleCatalog catalog = RuleCatalog.builtIn();
        ScanResult result = scan(catalog);
        for (ReportOption r : wanted) {
            write(r, result);
        }
        for (var e : result.errors()) {
            err.println("tfguard: " + e);
        }
        return exitCode(result, threshold).code();
    }

    private ScanResult scan(RuleCatalog catalog) {
        LoadOptions options = new LoadOptions(catalog.relevantTypes(), varFiles, environment, workDir);
        Model model = new Model();
        Set<String> onlyFiles = Inputs.load(paths, options, model);
        ResourceGraph graph = new ResourceGraph(model.resources());
        List<Finding> verdicts = Runner.run(catalog.rules(), graph);
        if (!onlyFiles.isEmpty()) {
            verdicts.removeIf(f -> f.file() == null || !onlyFiles.contains(f.file()));
        }
        List<Finding> findings = new ArrayList<>();
        List<Finding> unverified = new ArrayList<>();
        for (Finding f : verdicts) {
            (f.unverified() && !strict ? unverified : findings).add(f);
        }
        return new ScanResult(Version.get(), catalog.infos(), findings, unverified, List.of(), model.errors(),
                model.warnings(), graph.kmsRelations());
    }

    private static ExitCode exitCode(ScanResult result, Severity threshold) {
        if (!result.errors().isEmpty()) {
            return ExitCode.INPUT_ERROR;
        }
        boolean failing = result.findings().stream().anyMatch(f -> f.severity().atLeast(threshold));
        return failing ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private void write(ReportOption r, ScanResult result) throws IOException {
        if (r.output == null) {
            boolean colour = terminal && r.format.equals("text") && !environment.containsKey("NO_COLOR");
            Reporters.forFormat(r.format, colour).write(result, out);
            out.flush();
            return;
        }
        Path parent = r.output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(r.output), StandardCharsets.UTF_8)) {
            Reporter reporter = Reporters.forFormat(r.format, false);
            reporter.write(result, w);
        }
    }

    private static ReportOption textToStdout() {
        ReportOption r = new ReportOption();
        r.format = "text";
        return r;
    }
}
