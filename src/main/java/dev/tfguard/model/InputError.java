package dev.tfguard.model;

/**
 * An input that could not be read or parsed: reported as {@code file:line: message} and in the JSON
 * {@code errors}, while every other input is still scanned.
 *
 * @param file    the path as the user gave it or as found in a folder
 * @param line    1-based line, or 0 when the error has no line (a missing file)
 * @param message what is wrong, for a person; never quotes a secret
 */
public record InputError(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
