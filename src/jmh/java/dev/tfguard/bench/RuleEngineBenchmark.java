package dev.tfguard.bench;

import dev.tfguard.engine.Rule;
import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.engine.Runner;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.plan.PlanLoader;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Model;
import dev.tfguard.model.Resource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The rule engine on the resources of a generated plan, warm: building the reference graph, running
 * every built-in rule over it, and the whole of both. The model is loaded once, outside the
 * measurement.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RuleEngineBenchmark {

    /** Resource instances in the plan. */
    @Param("10000")
    public int resources;

    private List<Resource> model;
    private List<Rule> rules;
    private ResourceGraph graph;

    @Setup
    public void setUp() throws IOException, InterruptedException {
        Path plan = BenchInputs.plan(resources);
        RuleCatalog catalog = RuleCatalog.builtIn();
        Model m = new Model();
        new PlanLoader()
                .load(
                        plan,
                        new LoadOptions(
                                catalog.relevantTypes(), List.of(), Map.of(), plan.getParent()),
                        m);
        model = m.resources();
        rules = catalog.rules();
        graph = new ResourceGraph(model);
    }

    /** Builds the reference graph of every resource. */
    @Benchmark
    public ResourceGraph graph() {
        return new ResourceGraph(model);
    }

    /** Runs every rule over a built graph. */
    @Benchmark
    public List<Finding> rules() {
        return Runner.run(rules, graph);
    }

    /** Graph and rules, as a scan runs them. */
    @Benchmark
    public List<Finding> graphAndRules() {
        return Runner.run(rules, new ResourceGraph(model));
    }
}
