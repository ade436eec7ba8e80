package dev.tfguard.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;

/** The two ways of reading a scan command line, for {@code dev.tfguard.engine.StartupCosts}. */
public final class StartupSteps {

    private StartupSteps() {}

    /** The command line as picocli reads it (the command model built from annotations). */
    public static Object picocli(String[] args) {
        PrintWriter w = new PrintWriter(Writer.nullWriter());
        return ScanCommand.commandLine(w, w, Map.of(), false, Path.of("")).parseArgs(args);
    }

    /** The same command line read by {@link FastPath}. */
    public static Object fastPath(String[] args) {
        PrintWriter w = new PrintWriter(Writer.nullWriter());
        return FastPath.parse(args, new ScanCommand(w, w, Map.of(), false, Path.of("")));
    }
}
