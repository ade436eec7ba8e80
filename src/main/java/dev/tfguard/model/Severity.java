package dev.tfguard.model;

import java.util.Locale;

/** How serious a finding is; ordered from least to most severe. */
public enum Severity {
    INFO,
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /**
     * Parses a severity name in any case; throws {@link IllegalArgumentException} on an unknown
     * name.
     */
    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
