package dev.tfguard.cli;

import picocli.CommandLine.IVersionProvider;

/** tfguard's version, from the jar manifest (or "dev" when run from classes). */
public final class Version implements IVersionProvider {

    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "1.0.0" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"tfguard " + get()};
    }
}
