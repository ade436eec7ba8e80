package dev.tfguard.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one worker on several threads at once, the calling thread among them, for the loaders, the
 * graph and the rule engine: each worker takes its next piece of work from a shared counter and
 * writes its results to slots of its own, so that the caller can join them in input order and
 * output does not depend on thread timing.
 */
public final class Parallel {

    private Parallel() {}

    /**
     * Runs {@code worker} on {@code threads} threads (the caller's included; other threads are
     * daemons named {@code name-N}) and waits for all of them. Returns false when the caller was
     * interrupted while waiting (its interrupt flag is set again); the workers may then still be
     * running.
     */
    public static boolean run(Runnable worker, int threads, String name) {
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread thread = new Thread(worker, name + "-" + t);
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        worker.run();
        for (Thread thread : started) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
