package dev.tfguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.plan.PlanLoader;
import dev.tfguard.model.Model;

import java.nio.file.Path;

/**
 * Coverage-guided fuzzing of the plan loader (issue 10): whatever the bytes, loading ends with resources, errors or
 * both, and never with an exception. {@code mvn test} replays the inputs in
 * {@code src/test/resources/dev/tfguard/fuzz/PlanLoaderFuzzTestInputs}; {@code docs/robustness.md} says how to fuzz.
 */
class PlanLoaderFuzzTest {
    private final FuzzFiles files = new FuzzFiles("plan-fuzz");

    @FuzzTest(maxDuration = FuzzSettings.MAX_DURATION)
    void loadsAnyBytes(byte[] data) {
        Path plan = files.write("plan.json", data);
        PlanLoader.looksLikePlan(plan);
        Model model = new Model();
        new PlanLoader().load(plan, LoadOptions.defaults(), model);
        FuzzFiles.checkErrors(model);
    }
}
