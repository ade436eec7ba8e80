package dev.tfguard.fuzz;

/** Settings shared by the fuzz tests. */
final class FuzzSettings {
    /**
     * How long one fuzz test fuzzes when {@code JAZZER_FUZZ} is set; Jazzer takes it from the
     * annotation only, so a longer run edits this constant (see docs/robustness.md). Without {@code
     * JAZZER_FUZZ} it does not apply.
     */
    static final String MAX_DURATION = "12m";

    private FuzzSettings() {}
}
