package dev.tfguard.cli;

import dev.tfguard.model.ScanResult;
import dev.tfguard.model.Severity;
import dev.tfguard.model.Warning;
import dev.tfguard.report.Reporter;
import dev.tfguard.report.Reporters;
import dev.tfguard.scan.BaselineFile;
import dev.tfguard.scan.Config;
import dev.tfguard.scan.ScanOptions;
import dev.tfguard.scan.Scanner;
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
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tfguard [OPTIONS] PATH...}: scans plans, Terraform files and folders and reports what is
 * insecure.
 */
@Command(
        name = "tfguard",
        mixinStandardHelpOptions = true,
        versionProvider = Version.Provider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description =
                "Static analysis of Terraform plans and HCL: insecure ElastiCache and KMS configuration.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on",
            "1:at least one finding at or above --fail-on",
            "2:usage error",
            "3:an input could not be read or parsed (the rest was still scanned)",
            "4:internal error (a bug: please report it)"
        },
        subcommands = {
            SyntaxCommand.class,
            RulesCommand.class,
            ExplainCommand.class,
            FixCommand.class,
            ValuesCommand.class,
            picocli.AutoComplete.GenerateCompletion.class,
            CommandLine.HelpCommand.class
        })
public final class ScanCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "PATH",
            arity = "0..*",
            description =
                    "plan JSON files (terraform show -json), .tf/.tf.json/.tfvars files, or folders")
    List<Path> paths = new ArrayList<>();

    @ArgGroup(exclusive = false, multiplicity = "0..*", heading = "%nReports (repeatable):%n")
    List<ReportOption> reports = new ArrayList<>();

    @Option(
            names = "--fail-on",
            paramLabel = "SEVERITY",
            description =
                    "exit 1 when a finding is at or above this severity: CRITICAL, HIGH, MEDIUM, LOW, INFO "
                            + "(default: LOW, or fail-on in the config file)")
    String failOn;

    @Option(
            names = "--strict",
            negatable = true,
            description = "report unverified checks (values unknown statically) as findings")
    Boolean strict;

    @Option(
            names = "--var-file",
            paramLabel = "FILE",
            description = "a .tfvars file (repeatable; later wins)")
    List<Path> varFiles = new ArrayList<>();

    @Option(
            names = "--var",
            paramLabel = "NAME=VALUE",
            description =
                    "a root module variable's value, read by the variable's type as Terraform's -var reads it "
                            + "(repeatable; later wins; wins over --var-file)")
    List<String> vars = new ArrayList<>();

    @Option(
            names = "--workspace",
            paramLabel = "NAME",
            description = "the value of terraform.workspace (default: default)")
    String workspace = "default";

    @Option(
            names = "--root",
            paramLabel = "DIR",
            description =
                    "the repository root that reported paths are relative to (default: the git top level "
                            + "of the first PATH, else the working folder)")
    Path repoRoot;

    @Option(
            names = "--source",
            paramLabel = "DIR",
            description =
                    "the Terraform folder a plan was made from: plan findings get its files and lines "
                            + "(default: the plan's own folder when it holds .tf files)")
    Path source;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description =
                    "the config file (default: .tfguard.yaml in the scanned folder or a parent)")
    Path config;

    @Option(names = "--no-config", description = "use no config file")
    boolean noConfig;

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = "a folder of custom rule files (repeatable)")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(
            names = "--show-suppressed",
            description = "list suppressed findings in the text report")
    boolean showSuppressed;

    @Option(
            names = "--no-peer-suppressions",
            description = "ignore checkov:skip, tfsec:ignore and trivy:ignore comments")
    boolean noPeerSuppressions;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description =
                    "report only findings that are not in this baseline, and list the fixed ones")
    Path baseline;

    @Option(
            names = "--baseline-write",
            paramLabel = "FILE",
            description =
                    "record this scan's findings as the baseline FILE (the run then exits 0 unless an input "
                            + "could not be read)")
    Path baselineWrite;

    @Option(
            names = "--color",
            paramLabel = "WHEN",
            description =
                    "colour in the text report: auto (default: on a terminal, unless NO_COLOR is set or "
                            + "TERM=dumb), always, never")
    String color;

    @Option(
            names = "--allow-empty",
            description = "a folder without Terraform files is not an error (exit 3 otherwise)")
    boolean allowEmpty;

    @Option(
            names = {"-q", "--quiet"},
            description =
                    "no progress and no warnings on standard error; no text report when there is nothing "
                            + "to report")
    boolean quiet;

    /**
     * Set by picocli; null when {@link FastPath} read the command line (use {@link
     * #commandLine()}).
     */
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** One report: a format and where it goes. */
    static final class ReportOption {
        @Option(
                names = {"-f", "--format"},
                required = true,
                paramLabel = "FORMAT",
                description =
                        "text (default), json, sarif, junit, github or markdown; repeat --format to "
                                + "write several reports")
        String format;

        @Option(
                names = {"-o", "--output"},
                paramLabel = "FILE",
                description =
                        "write the report of the --format before it to FILE (default: standard output)")
        Path output;
    }

    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> environment;
    private final boolean terminal;
    private final Path workDir;

    /** Standard input, for the path {@code -}. */
    java.io.InputStream stdin = System.in;

    ScanCommand(
            PrintWriter out,
            PrintWriter err,
            Map<String, String> environment,
            boolean terminal,
            Path workDir) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.terminal = terminal;
        this.workDir = workDir;
    }

    static CommandLine commandLine(
            PrintWriter out,
            PrintWriter err,
            Map<String, String> environment,
            boolean terminal,
            Path workDir) {
        CommandLine cli =
                new CommandLine(new ScanCommand(out, err, environment, terminal, workDir));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setAllowSubcommandsAsOptionParameters(
                true); // --rules rules: a folder named like a subcommand
        Errors.install(cli, out, err);
        FixCommand.describe(cli.getSubcommands().get("fix"));
        return cli;
    }

    /** Runs {@code args} through picocli, with {@code stdin} as standard input. */
    static int execute(
            String[] args,
            PrintWriter out,
            PrintWriter err,
            Map<String, String> environment,
            boolean terminal,
            Path workDir,
            java.io.InputStream stdin) {
        CommandLine cli = commandLine(out, err, environment, terminal, workDir);
        ((ScanCommand) cli.getCommand()).stdin = stdin;
        return cli.execute(args);
    }

    /**
     * Runs a scan whose options {@link FastPath} filled in, mapping exceptions to exit codes as
     * picocli's handlers do for {@link #commandLine(PrintWriter, PrintWriter, Map, boolean, Path)}.
     */
    int runWithoutPicocli() {
        try {
            return call();
        } catch (Exception e) {
            return new Errors(out, err).handleExecutionException(e, null, null);
        }
    }

    /**
     * The picocli command line of this command; built on demand when {@link FastPath} read the
     * arguments.
     */
    private CommandLine commandLine() {
        return spec != null
                ? spec.commandLine()
                : commandLine(out, err, environment, terminal, workDir);
    }

    @Override
    public Integer call() throws IOException {
        if (paths.isEmpty()) {
            // not arity 1..*: picocli would then demand a PATH before a subcommand such as `syntax`
            throw Errors.usageError(commandLine(), "Missing required parameter: 'PATH'");
        }
        List<ReportOption> wanted = reports.isEmpty() ? List.of(textToStdout()) : reports;
        for (ReportOption r : wanted) {
            if (Reporters.forFormat(r.format) == null) {
                throw Errors.usageError(
                        commandLine(),
                        "--format: unknown format \""
                                + r.format
                                + "\" (choose from "
                                + String.join(", ", Reporters.names())
                                + ")");
            }
        }
        if (color != null && !List.of("auto", "always", "never").contains(color)) {
            throw Errors.usageError(
                    commandLine(), "--color: \"" + color + "\" is not one of auto, always, never");
        }
        Severity threshold = failOn == null ? null : severity(failOn);
        Config settings;
        try {
            settings = Scanner.settings(config, noConfig, paths, workDir, repositoryRoot());
        } catch (Config.ConfigException e) {
            err.println("tfguard: " + e.describe());
            return ExitCode.INPUT_ERROR.code();
        }
        if (threshold == null) {
            threshold = settings.failOn() != null ? settings.failOn() : Severity.LOW;
        }
        ScanResult result;
        try (Progress progress = new Progress(err, terminal && !quiet && !dumbTerminal())) {
            ScanOptions options =
                    ScanOptions.of(paths, workDir, environment)
                            .settings(settings)
                            .ruleDirs(ruleDirs)
                            .varFiles(varFiles)
                            .vars(variables())
                            .workspace(workspace)
                            .source(source)
                            .repoRoot(repoRoot)
                            .baseline(baseline)
                            .strict(strict)
                            .peerSuppressions(!noPeerSuppressions)
                            .allowEmpty(allowEmpty)
                            .stdin(stdin)
                            .progress(progress::show)
                            .build();
            result = Scanner.scan(options).result();
        }
        boolean unwritten = false;
        if (baselineWrite != null) {
            try {
                BaselineFile.write(workDir.resolve(baselineWrite), result);
            } catch (IOException e) {
                err.println(
                        "tfguard: "
                                + baselineWrite
                                + ": cannot write the baseline: "
                                + Errors.reason(e));
                unwritten = true;
            }
        }
        for (ReportOption r : wanted) {
            try {
                write(r, result);
            } catch (IOException e) {
                // the other reports are still written; the run ends with exit 3
                err.println(
                        "tfguard: " + r.output + ": cannot write the report: " + Errors.reason(e));
                unwritten = true;
            }
        }
        boolean textOnStdout =
                wanted.stream()
                        .anyMatch(r -> r.output == null && r.format.equalsIgnoreCase("text"));
        if (!quiet && !textOnStdout) {
            for (Warning w : result.warnings()) {
                err.println("tfguard: warning: " + w);
            }
        }
        // on a terminal the text report on standard output already shows each error: once is enough
        // there
        if (!(terminal
                && textOnStdout
                && !(quiet && result.findings().isEmpty() && result.errors().isEmpty()))) {
            for (var e : result.errors()) {
                err.println("tfguard: " + e);
            }
        }
        if (unwritten) {
            return ExitCode.INPUT_ERROR.code();
        }
        if (baselineWrite != null) {
            if (!quiet) {
                err.println(
                        "tfguard: wrote "
                                + (result.findings().size() + result.unverified().size())
                                + " findings to the baseline "
                                + baselineWrite);
            }
            return result.errors().isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT_ERROR.code();
        }
        return exitCode(result, threshold).code();
    }

    private Severity severity(String text) {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw Errors.usageError(
                    commandLine(),
                    "--fail-on: \"" + text + "\" is not one of CRITICAL, HIGH, MEDIUM, LOW, INFO");
        }
    }

    /** {@code --root}, else the git top level of the first path, else the working folder. */
    Path repositoryRoot() {
        return Scanner.repositoryRoot(repoRoot, paths, workDir);
    }

    /** The {@code --var NAME=VALUE} values by name (later wins); no {@code =} is a usage error. */
    java.util.Map<String, String> variables() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String v : vars) {
            int eq = v.indexOf('=');
            if (eq <= 0) {
                throw Errors.usageError(commandLine(), "--var: \"" + v + "\" is not NAME=VALUE");
            }
            out.remove(v.substring(0, eq));
            out.put(v.substring(0, eq).strip(), v.substring(eq + 1));
        }
        return out;
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
            boolean colour = r.format.equalsIgnoreCase("text") && colour();
            if (quiet
                    && r.format.equalsIgnoreCase("text")
                    && result.findings().isEmpty()
                    && result.errors().isEmpty()) {
                return;
            }
            Reporters.forFormat(r.format, style(colour)).write(result, out);
            out.flush();
            return;
        }
        Path parent = r.output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w =
                new OutputStreamWriter(Files.newOutputStream(r.output), StandardCharsets.UTF_8)) {
            Reporter reporter = Reporters.forFormat(r.format, style(false));
            reporter.write(result, w);
        }
    }

    private Reporters.Style style(boolean colour) {
        String ws = environment.get("GITHUB_WORKSPACE");
        return new Reporters.Style(
                colour,
                showSuppressed,
                repositoryRoot(),
                ws == null || ws.isBlank() ? null : workDir.resolve(ws));
    }

    /**
     * Whether the text report on standard output is coloured: {@code --color}, else a terminal
     * without {@code NO_COLOR} (set to anything but the empty string, as no-color.org asks) or
     * {@code TERM=dumb}.
     */
    private boolean colour() {
        if ("always".equals(color) || "never".equals(color)) {
            return "always".equals(color);
        }
        String noColour = environment.get("NO_COLOR");
        return terminal && (noColour == null || noColour.isEmpty()) && !dumbTerminal();
    }

    private boolean dumbTerminal() {
        return "dumb".equals(environment.get("TERM"));
    }

    private static ReportOption textToStdout() {
        ReportOption r = new ReportOption();
        r.format = "text";
        return r;
    }

    /** The folder paths are shown relative to; subcommands share it. */
    Path workDir() {
        return workDir;
    }

    /** Whether standard output is a terminal; subcommands share it. */
    boolean terminal() {
        return terminal;
    }

    /** The environment given to this run, for {@code TF_VAR_*}; subcommands share it. */
    Map<String, String> environment() {
        return environment;
    }
}
