package dev.tfguard.scan;

import java.io.IOException;

/** I/O failures in words, for messages that name a path and say what went wrong. */
public final class IoErrors {

    private IoErrors() {}

    /**
     * Why an I/O operation failed, in words: the operating system's reason where the JDK gives one
     * (a {@code FileSystemException}'s message is often just the path), else the message.
     */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            if (f.getReason() != null) {
                return f.getReason().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                        + f.getReason().substring(1);
            }
            return "cannot access it";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
