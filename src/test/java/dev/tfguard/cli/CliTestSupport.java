package dev.tfguard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** Runs the CLI in-process with a working folder, for tests outside the cli package. */
public final class CliTestSupport {

    /** What one run printed and returned. */
    public record Run(int code, String out, String err) {}

    private CliTestSupport() {}

    /**
     * A first argument that names a subcommand is kept as it is; every other positional is a path.
     */
    private static final Set<String> SUBCOMMANDS =
            Set.of("syntax", "fix", "rules", "explain", "generate-completion");

    /** Runs tfguard with paths resolved against {@code workDir}, as if started there. */
    public static Run runIn(Path workDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] resolved = args.clone();
        for (int i = 0; i < resolved.length; i++) {
            boolean subcommand = i == 0 && SUBCOMMANDS.contains(resolved[i]);
            if (!subcommand
                    && !resolved[i].startsWith("-")
                    && (i == 0 || !resolved[i - 1].startsWith("-"))) {
                resolved[i] = workDir.resolve(resolved[i]).toString();
            }
        }
        int code =
                Main.run(
                        resolved,
                        new PrintWriter(out),
                        new PrintWriter(err),
                        Map.of(),
                        false,
                        workDir);
        return new Run(code, out.toString(), err.toString());
    }
}
