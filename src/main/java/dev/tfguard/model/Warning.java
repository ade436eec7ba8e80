package dev.tfguard.model;

/**
 * A notice that does not change the exit status (a remote module that is not installed, a value for
 * an undeclared variable): reported once per cause and place, with the root module it was met in.
 *
 * @param root the root module, as a path relative to the repository root ({@code .} for the
 *     repository root itself), or {@code null} when the warning belongs to no root (a rule file,
 *     the config file)
 * @param message what is wrong, starting with {@code file:line:} when it has a place; one line
 */
public record Warning(String root, String message) {

    public Warning {
        message = InputError.oneLine(message);
    }

    /** A warning that belongs to no root module. */
    public static Warning of(String message) {
        return new Warning(null, message);
    }

    @Override
    public String toString() {
        return message;
    }
}
