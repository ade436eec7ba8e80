package dev.tfguard.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.engine.Runner;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.loader.hcl.HclLoader;
import dev.tfguard.loader.plan.PlanLoader;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Model;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same configuration as Terraform source and as its plan gives the same findings. */
class ParityTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "testdata/plan/insecure",
                "testdata/plan/modules",
                "testdata/plan/rules/caches-and-keys/insecure",
                "testdata/plan/rules/caches-and-keys/secure"
            })
    void sourceAndPlanAgree(String folder) {
        Path dir = Path.of(folder);
        LoadOptions options = new LoadOptions(null, List.of(), Map.of(), dir.toAbsolutePath());
        Model source = new Model();
        new HclLoader().load(dir, options, source);
        Model plan = new Model();
        new PlanLoader().load(dir.resolve("plan.json"), options, plan);
        assertThat(source.errors()).isEmpty();
        assertThat(plan.errors()).isEmpty();
        assertThat(verdicts(source))
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(verdicts(plan));
    }

    /**
     * Rule and resource of each finding; plan instance keys are dropped to compare with block
     * addresses.
     */
    private static List<String> verdicts(Model model) {
        return Runner.run(RuleCatalog.builtIn().rules(), new ResourceGraph(model.resources()))
                .stream()
                .map(
                        (Finding f) ->
                                f.rule()
                                        + " "
                                        + f.resource().replaceAll("\\[[^\\]]*\\]", "")
                                        + (f.unverified() ? " unverified" : ""))
                .distinct()
                .toList();
    }
}
