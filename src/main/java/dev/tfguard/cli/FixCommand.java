package dev.tfguard.cli;

import dev.tfguard.fix.Fixer;
import dev.tfguard.model.Finding;
import dev.tfguard.model.InputError;
import dev.tfguard.scan.Config;
import dev.tfguard.scan.Scanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tfguard fix [--diff|--dry-run] [--rule ID]... PATH...}: repairs the HCL where a fix is
 * mechanical, says what each repair does to running infrastructure, and explains what it leaves.
 */
@Command(
        name = "fix",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Fix findings by editing the text of .tf and .tfvars files, and say what each fix does to "
                    + "running infrastructure.",
            // the rules it handles are added when help is shown: see describe()
            "Comments, layout and line endings stay as they are."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing of the handled rules is left",
            "1:findings of the handled rules remain, explained in the output (--diff, --dry-run: something to fix)",
            "2:usage error",
            "3:an input could not be read or parsed",
            "4:internal error (a bug: please report it)"
        })
final class FixCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".tf/.tfvars files or folders")
    List<Path> paths = new ArrayList<>();

    @ArgGroup(exclusive = true)
    Preview preview;

    static final class Preview {
        @Option(
                names = "--diff",
                description = "print a unified diff of the fixes and change nothing")
        boolean diff;

        @Option(names = "--dry-run", description = "print what would change and change nothing")
        boolean dryRun;
    }

    @Option(
            names = "--rule",
            paramLabel = "ID",
            description = "fix only this rule's findings (repeatable)")
    List<String> rules = new ArrayList<>();

    @Option(
            names = "--create-kms-key",
            description =
                    "for a group without a customer-managed key, add an aws_kms_key (with rotation) and an "
                            + "aws_kms_alias next to it and use it")
    boolean createKmsKey;

    @Option(
            names = "--existing",
            description =
                    "the replication groups already exist: turn transit encryption on in place, through "
                            + "transit_encryption_mode = \"preferred\" first")
    boolean existing;

    @Option(
            names = "--plan",
            paramLabel = "FILE",
            description =
                    "a plan (terraform show -json) that tells which groups exist and which it creates")
    Path plan;

    @Option(
            names = "--var-file",
            paramLabel = "FILE",
            description = "a .tfvars file, as for a scan (repeatable)")
    List<Path> varFiles = new ArrayList<>();

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description =
                    "the config file (default: .tfguard.yaml in the first PATH's folder or a parent): its "
                            + "exclude, rules, suppress, var-files and peer-suppressions apply")
    Path config;

    @Option(names = "--no-config", description = "use no config file")
    boolean noConfig;

    @Spec CommandSpec spec;

    @CommandLine.ParentCommand ScanCommand parent;

    /**
     * Completes the description of {@code fix} in its help with the rules it handles (those whose
     * rule files declare a fix), read from the catalog only when the help is shown.
     */
    static void describe(CommandLine fix) {
        fix.getHelpSectionMap()
                .put(
                        CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION,
                        help -> {
                            String[] lines = help.commandSpec().usageMessage().description();
                            if (!lines[lines.length - 1].contains("Handles")) {
                                lines[lines.length - 1] += " Handles " + handled(Fixer.RULES) + ".";
                                help.commandSpec().usageMessage().description(lines);
                            }
                            return help.description();
                        });
    }

    /**
     * Rule ids in short: {@code TFG-EC-001/002, TFG-KMS-001 and TFG-MDB-001}, numbers grouped by
     * prefix.
     */
    static String handled(List<String> ids) {
        Map<String, List<String>> byPrefix = new LinkedHashMap<>();
        for (String id : ids) {
            int dash = id.lastIndexOf('-');
            byPrefix.computeIfAbsent(id.substring(0, dash + 1), k -> new ArrayList<>())
                    .add(id.substring(dash + 1));
        }
        List<String> groups = new ArrayList<>();
        byPrefix.forEach((prefix, numbers) -> groups.add(prefix + String.join("/", numbers)));
        if (groups.size() < 2) {
            return String.join("", groups);
        }
        return String.join(", ", groups.subList(0, groups.size() - 1))
                + " and "
                + groups.get(groups.size() - 1);
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cli = spec.commandLine();
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        Set<String> wanted = new LinkedHashSet<>();
        for (String r : rules) {
            String id = r.trim().toUpperCase(Locale.ROOT);
            if (!Fixer.RULES.contains(id)) {
                throw new CommandLine.ParameterException(
                        cli,
                        "--rule: tfguard fix handles "
                                + String.join(", ", Fixer.RULES)
                                + ", not \""
                                + r
                                + "\"");
            }
            wanted.add(id);
        }
        if (existing && plan != null) {
            throw new CommandLine.ParameterException(
                    cli, "--existing and --plan both say which groups exist: give one");
        }
        Path workDir = parent.workDir();
        Config settings;
        try {
            settings =
                    Scanner.settings(
                            config,
                            noConfig,
                            paths,
                            workDir,
                            Scanner.repositoryRoot(null, paths, workDir));
        } catch (Config.ConfigException e) {
            err.println("tfguard: " + e.describe());
            return ExitCode.INPUT_ERROR.code();
        }
        // the config file's rule choice narrows what fix handles, as it narrows what a scan reports
        Set<String> handled = new LinkedHashSet<>(wanted.isEmpty() ? Fixer.RULES : wanted);
        if (!settings.enable().isEmpty()) {
            handled.retainAll(settings.enable());
        }
        handled.removeAll(settings.disable());
        if (handled.isEmpty()) {
            out.println("tfguard: nothing to fix (the config file turns off every rule asked for)");
            out.flush();
            return ExitCode.OK.code();
        }
        Fixer.Options options =
                new Fixer.Options(
                        handled,
                        createKmsKey,
                        existing,
                        plan,
                        varFiles,
                        parent.environment(),
                        workDir,
                        settings);
        List<Path> inputs = paths.stream().map(workDir::resolve).toList();
        Fixer.Result result = Fixer.plan(inputs, options);
        boolean diff = preview != null && preview.diff;
        boolean dryRun = preview != null && preview.dryRun;
        if (diff) {
            for (Fixer.FileChange f : result.files()) {
                out.print(f.diff());
            }
            out.flush();
        }
        PrintWriter summary = diff ? err : out;
        boolean write = !diff && !dryRun;
        if (write) {
            result.write();
        }
        List<Finding> remaining = new ArrayList<>();
        if (write && result.errors().isEmpty()) {
            for (Finding f : Fixer.scan(inputs, options).findings()) {
                if (options.selected(f.rule())) {
                    remaining.add(f);
                }
            }
        }
        List<Finding> newlyReported =
                remaining.stream()
                        .filter(
                                f ->
                                        result.left().stream()
                                                .noneMatch(
                                                        l ->
                                                                l.finding().rule().equals(f.rule())
                                                                        && l.finding()
                                                                                .resource()
                                                                                .equals(
                                                                                        f
                                                                                                .resource())))
                        .toList();
        FixReport.print(result, write, newlyReported, summary);
        for (InputError e : result.errors()) {
            err.println("tfguard: " + e);
        }
        summary.flush();
        if (!result.errors().isEmpty()) {
            return ExitCode.INPUT_ERROR.code();
        }
        boolean anyLeft =
                write ? !remaining.isEmpty() : result.fixed().size() + result.left().size() > 0;
        return anyLeft ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }
}
