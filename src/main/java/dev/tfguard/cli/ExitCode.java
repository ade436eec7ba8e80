package dev.tfguard.cli;

/** tfguard's exit codes; listed in {@code --help}. */
public enum ExitCode {
    /** No finding at or above {@code --fail-on}. */
    OK(0, "no finding at or above --fail-on"),
    /** At least one finding at or above {@code --fail-on}. */
    FINDINGS(1, "at least one finding at or above --fail-on"),
    /** Unknown option, missing path, bad option value. */
    USAGE(2, "usage error"),
    /** An input or rule file could not be read or parsed; everything else was still scanned. */
    INPUT_ERROR(3, "an input could not be read or parsed (the rest was still scanned)"),
    /** A bug in tfguard. */
    INTERNAL_ERROR(4, "internal error (a bug: please report it)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
