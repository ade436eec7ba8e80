package dev.tfguard.fuzz;

import dev.tfguard.model.InputError;
import dev.tfguard.model.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A scratch folder for fuzz inputs that the loaders read from files, kept for the life of a fuzz
 * test class (the same instance serves every input). It sits in memory ({@code /dev/shm}) when the
 * machine has it, so that writing each input costs little.
 */
final class FuzzFiles {
    private final Path dir;

    FuzzFiles(String name) {
        try {
            Path shm = Path.of("/dev/shm");
            dir =
                    Files.isDirectory(shm) && Files.isWritable(shm)
                            ? Files.createTempDirectory(shm, "tfguard-" + name)
                            : Files.createTempDirectory("tfguard-" + name);
            dir.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code data} to {@code name} in the scratch folder, replacing what was there. */
    Path write(String name, byte[] data) {
        try {
            Path p = dir.resolve(name);
            Files.write(p, data);
            p.toFile().deleteOnExit();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }

    /**
     * The invariants every error must keep, whatever the input: a file, a line that is not negative
     * and a message that says something, on one line (it is printed as {@code file:line: message}).
     */
    static void checkErrors(Model model) {
        for (InputError e : model.errors()) {
            if (e.file() == null
                    || e.file().isBlank()
                    || e.line() < 0
                    || e.message() == null
                    || e.message().isBlank()
                    || e.message().contains("\n")) {
                throw new AssertionError(
                        "malformed error: " + e.file() + ":" + e.line() + ": " + e.message());
            }
        }
    }
}
