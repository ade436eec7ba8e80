package dev.tfguard.model;

/**
 * An input that could not be read or parsed: reported as {@code file:line: message} and in the JSON
 * {@code errors}, while every other input is still scanned.
 *
 * @param file the path as the user gave it or as found in a folder
 * @param line 1-based line, or 0 when the error has no line (a missing file)
 * @param message what is wrong, for a person; never quotes a secret
 * @param root the root module the input belongs to (relative to the repository root, {@code .} for
 *     the repository root itself), or {@code null} when it belongs to none (a rule file, a missing
 *     path)
 */
public record InputError(String file, int line, String message, String root) {

    public InputError {
        message = oneLine(message);
    }

    /**
     * An error that belongs to no root module (yet: {@link Model#error} gives it the root being
     * read).
     */
    public InputError(String file, int line, String message) {
        this(file, line, message, null);
    }

    /** The same error, belonging to {@code root}. */
    public InputError withRoot(String root) {
        return new InputError(file, line, message, root);
    }

    /**
     * The message with control characters written as escapes: an error is one line, whatever input
     * it quotes (a plan value with a newline in it would otherwise start a line of its own in a CI
     * log).
     */
    static String oneLine(String message) {
        if (message == null || message.chars().noneMatch(InputError::isControl)) {
            return message;
        }
        StringBuilder sb = new StringBuilder(message.length() + 8);
        message.chars()
                .forEach(
                        c -> {
                            switch (c) {
                                case '\n' -> sb.append("\\n");
                                case '\r' -> sb.append("\\r");
                                case '\t' -> sb.append("\\t");
                                default -> {
                                    if (isControl(c)) {
                                        sb.append(String.format("\\u%04x", c));
                                    } else {
                                        sb.append((char) c);
                                    }
                                }
                            }
                        });
        return sb.toString();
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
