package dev.tfguard.bench;

import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.plan.PlanLoader;
import dev.tfguard.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link PlanLoader} on a generated plan ({@code gen_plan.py -n N -s 42 -m 8}), warm, with the
 * resource types the built-in rules read: the whole streaming pass, from the file to the resources
 * of the model. Loads per second, and the {@code bytes} counter in plan bytes per second (divide by
 * 10^6 for MB/s). The heap is that of the whole-process target: 256 MB.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@State(Scope.Benchmark)
public class PlanLoaderBenchmark {

    /** Resource instances in the plan: 10,000 make 39 MB. */
    @Param("10000")
    public int resources;

    private Path plan;
    private long size;
    private LoadOptions options;

    /** Plan bytes read, reported as a rate next to the loads per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Read {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup
    public void setUp() throws IOException, InterruptedException {
        plan = BenchInputs.plan(resources);
        size = Files.size(plan);
        options =
                new LoadOptions(
                        RuleCatalog.builtIn().relevantTypes(),
                        List.of(),
                        Map.of(),
                        plan.getParent());
    }

    /** Loads the plan into a fresh model. */
    @Benchmark
    public Model load(Read read) {
        Model model = new Model();
        new PlanLoader().load(plan, options, model);
        if (!model.errors().isEmpty()) {
            throw new IllegalStateException(model.errors().toString());
        }
        read.bytes += size;
        return model;
    }
}
