package dev.tfguard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tfguard [OPTIONS] PATH...}: scans plans, Terraform files and folders. */
@Command(name = "tfguard", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Static analysis of Terraform plans and HCL: insecure ElastiCache and KMS configuration.",
        subcommands = {SyntaxCommand.class})
public final class ScanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "plan JSON files (terraform show -json), .tf/.tf.json files, or folders")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    String format = "text";

    private final PrintWriter out;
    private final PrintWriter err;

    ScanCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ScanCommand(out, err));
        cli.setOut(out);
        cli.setErr(err);
        return cli;
    }

    @Override
    public Integer call() {
        return ExitCode.OK.code();
    }
}
