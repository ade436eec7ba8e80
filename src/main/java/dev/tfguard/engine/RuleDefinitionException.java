package dev.tfguard.engine;

/**
 * A rule file that cannot be read or does not follow the rule language; carries the file and line.
 */
public final class RuleDefinitionException extends RuntimeException {
    private final String file;
    private final int line;

    public RuleDefinitionException(String file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** {@code file:line: message}, as the CLI prints it. */
    public String describe() {
        return (line > 0 ? file + ":" + line : file) + ": " + getMessage();
    }
}
