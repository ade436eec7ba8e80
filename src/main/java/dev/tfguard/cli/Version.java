package dev.tfguard.cli;

import picocli.CommandLine.IVersionProvider;

/** tfguard's version, from the jar manifest (or the release's number when run from classes). */
public final class Version {

    private Version() {}

    public static String get() {
        return dev.tfguard.scan.Scanner.version();
    }

    /**
     * The version for {@code tfguard --version}. A class of its own: a class that implements a
     * picocli interface cannot be archived (see {@link Errors}), and every scan asks for the
     * version.
     */
    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tfguard " + get()};
        }
    }
}
