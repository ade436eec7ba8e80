package dev.tfguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.engine.Runner;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.plan.PlanLoader;
import dev.tfguard.model.Model;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing of the plan loader (issue 10): whatever the bytes, loading ends with
 * resources, errors or both, never with an exception, and every built-in rule then runs on what was
 * loaded without one either. {@code mvn test} replays the inputs in {@code
 * src/test/resources/dev/tfguard/fuzz/PlanLoaderFuzzTestInputs}; {@code docs/robustness.md} says
 * how to fuzz.
 */
class PlanLoaderFuzzTest {
    private static final RuleCatalog CATALOG = RuleCatalog.builtIn();
    private final FuzzFiles files = new FuzzFiles("plan-fuzz");

    @FuzzTest(maxDuration = FuzzSettings.MAX_DURATION)
    void loadsAnyBytes(byte[] data) {
        Path plan = files.write("plan.json", data);
        PlanLoader.looksLikePlan(plan);
        Model model = new Model();
        new PlanLoader()
                .load(
                        plan,
                        new LoadOptions(CATALOG.relevantTypes(), List.of(), Map.of(), files.dir()),
                        model);
        FuzzFiles.checkErrors(model);
        Runner.run(CATALOG.rules(), new ResourceGraph(model.resources()));
    }
}
