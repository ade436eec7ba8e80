package dev.tfguard.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The entry point: owns arguments, streams and the exit status. {@link #run} is testable; only
 * {@link #main} exits.
 */
public final class Main {

    public static final String ISSUES_URL = "https://github.com/tfguard/tfguard/issues";

    /**
     * The system property by which the launcher asks {@link #main} to end with {@link
     * Runtime#halt}.
     */
    public static final String EXIT_PROPERTY = "tfguard.exit";

    public static final String HALT = "halt";

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out =
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err =
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        boolean terminal = System.console() != null;
        int code = run(args, out, err, System.getenv(), terminal);
        out.flush();
        err.flush();
        if (HALT.equals(System.getProperty(EXIT_PROPERTY))) {
            // System.exit on JDK 21 and later asks the System.Logger whether to log the exit, which
            // looks for logging providers on the class path and starts the logging backend, a
            // noticeable part of a one-file scan. bin/tfguard asks for halt only when no JVM
            // options of the user's (an agent, a flight recording) might wait for the shutdown
            // hooks that halt skips; tfguard itself registers none.
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
    }

    /**
     * Runs tfguard with {@code args}, writing to {@code out} and {@code err}; returns the exit
     * code.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, java.util.Map.of(), false);
    }

    /**
     * Runs tfguard with an explicit environment (for {@code TF_VAR_*} and {@code NO_COLOR}) and
     * terminal flag.
     */
    public static int run(
            String[] args,
            PrintWriter out,
            PrintWriter err,
            java.util.Map<String, String> env,
            boolean terminal) {
        return run(args, out, err, env, terminal, java.nio.file.Path.of("").toAbsolutePath());
    }

    /** Runs tfguard as if started in {@code workDir}: reported paths are relative to it. */
    public static int run(
            String[] args,
            PrintWriter out,
            PrintWriter err,
            java.util.Map<String, String> env,
            boolean terminal,
            java.nio.file.Path workDir) {
        return run(args, out, err, env, terminal, workDir, System.in);
    }

    /**
     * Runs tfguard with {@code stdin} as standard input (the path {@code -} reads a plan from it).
     */
    public static int run(
            String[] args,
            PrintWriter out,
            PrintWriter err,
            java.util.Map<String, String> env,
            boolean terminal,
            java.nio.file.Path workDir,
            java.io.InputStream stdin) {
        int code;
        try {
            // plain scans skip picocli (see FastPath); everything else, including every usage
            // error, goes through it
            ScanCommand scan = new ScanCommand(out, err, env, terminal, workDir);
            scan.stdin = stdin;
            ScanCommand fast = FastPath.parse(args, scan);
            if (fast != null) {
                code = fast.runWithoutPicocli();
            } else {
                code = ScanCommand.execute(args, out, err, env, terminal, workDir, stdin);
            }
        } catch (OutOfMemoryError e) {
            // Uncaught, the JVM would exit 1, which CI reads as "findings"; 4 says it is tfguard's
            // own failure
            out.flush();
            err.println(
                    "tfguard: internal error: out of memory ("
                            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                            + " MB heap); run java with a larger -Xmx, and please report this at "
                            + ISSUES_URL);
            code = ExitCode.INTERNAL_ERROR.code();
        } catch (Error e) {
            out.flush();
            err.println("tfguard: internal error: " + e);
            e.printStackTrace(err);
            err.println(
                    "Please report this at "
                            + ISSUES_URL
                            + " with the command and, if you can, the input.");
            code = ExitCode.INTERNAL_ERROR.code();
        }
        out.flush();
        err.flush();
        return code;
    }
}
