package dev.tfguard.model;

import java.util.List;

/**
 * How a scan compares with a recorded baseline: the findings that were already known (and so not
 * reported again) and the recorded ones that no longer occur.
 *
 * @param file the baseline file as the user named it
 * @param known findings of this scan that the baseline holds
 * @param fixed baseline entries that this scan no longer finds
 */
public record Baseline(String file, List<Entry> known, List<Entry> fixed) {

    public Baseline {
        known = List.copyOf(known);
        fixed = List.copyOf(fixed);
    }

    /**
     * One recorded finding, identified by {@link Finding#fingerprint()}. {@code root} and {@code
     * file} are null in entries of baselines written before findings had them (format 1), whose
     * fingerprint is {@link Finding#legacyFingerprint()}.
     */
    public record Entry(
            String fingerprint,
            String rule,
            String root,
            String file,
            String resource,
            String attribute) {

        /** An entry of a format-1 baseline: no root module, no file. */
        public Entry(String fingerprint, String rule, String resource, String attribute) {
            this(fingerprint, rule, null, null, resource, attribute);
        }

        public static Entry of(Finding f) {
            return new Entry(
                    f.fingerprint(), f.rule(), f.root(), f.file(), f.resource(), f.attribute());
        }
    }
}
