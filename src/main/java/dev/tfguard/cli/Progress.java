package dev.tfguard.cli;

import java.io.PrintWriter;

/**
 * A one-line progress indicator on standard error for scans that take a while: what is being read,
 * and for how long. Shown only on a terminal (and not with {@code --quiet}); nothing appears during
 * the first half second, so short scans print nothing at all, and the line is erased when the scan
 * ends.
 */
final class Progress implements AutoCloseable {
    private static final long QUIET_START_NANOS = 500_000_000L;
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long last;
    private boolean shown;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Reports that {@code what} is under way; drawn at most ten times a second. */
    synchronized void show(String what) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - start < QUIET_START_NANOS || shown && now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        shown = true;
        String line = String.format("tfguard: %.1fs %s", (now - start) / 1e9, what);
        if (line.length() > 100) {
            line = line.substring(0, 97) + "...";
        }
        err.print("\r\u001b[K" + line);
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
