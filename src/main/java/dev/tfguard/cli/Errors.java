package dev.tfguard.cli;

import dev.tfguard.engine.RuleDefinitionException;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Maps what goes wrong to exit codes and one-line messages: usage errors (2), unreadable rule files
 * or outputs (3), and bugs (4, with the stack trace and where to report it).
 *
 * <p>Picocli's types stay in this class and out of the signatures that {@link ScanCommand} uses on
 * a plain scan: the JVM loads the classes a method's bytecode throws or passes as an interface when
 * it links the class, and picocli's classes come from the jar, since the class-data archive cannot
 * hold them (they are compiled for Java 5). A plain scan then needs no class from outside the
 * archive and never opens the jar.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler {
    private final PrintWriter out;
    private final PrintWriter err;

    Errors(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Makes {@code cli} report exceptions and usage errors through this class. */
    static void install(CommandLine cli, PrintWriter out, PrintWriter err) {
        cli.setExecutionExceptionHandler(new Errors(out, err));
        cli.setParameterExceptionHandler(Errors::usage);
    }

    /** A usage error of {@code cli}'s command, to throw (a picocli {@code ParameterException}). */
    static RuntimeException usageError(CommandLine cli, String message) {
        return new CommandLine.ParameterException(cli, message);
    }

    @Override
    public int handleExecutionException(
            Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        out.flush();
        if (e instanceof CommandLine.ParameterException p) {
            return usage(p, new String[0]);
        }
        if (e instanceof RuleDefinitionException r) {
            err.println("tfguard: " + r.describe());
            return ExitCode.INPUT_ERROR.code();
        }
        if (e instanceof IOException io) {
            err.println("tfguard: " + describe(io));
            return ExitCode.INPUT_ERROR.code();
        }
        err.println("tfguard: internal error: " + e);
        e.printStackTrace(err);
        err.println(
                "Please report this at "
                        + Main.ISSUES_URL
                        + " with the command and, if you can, the input.");
        err.flush();
        return ExitCode.INTERNAL_ERROR.code();
    }

    /** An I/O failure as {@code PATH: reason}, whatever the exception put in its message. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + reason(e);
        }
        return reason(e);
    }

    /** Why an I/O operation failed, in words (see {@link dev.tfguard.scan.IoErrors#reason}). */
    static String reason(IOException e) {
        return dev.tfguard.scan.IoErrors.reason(e);
    }

    /** A usage error: the message, the usage line and a hint, exit 2. */
    static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("tfguard: " + e.getMessage());
        err.print(cli.getHelp().fullSynopsis());
        err.println("Try 'tfguard --help' for more information.");
        err.flush();
        return ExitCode.USAGE.code();
    }
}
