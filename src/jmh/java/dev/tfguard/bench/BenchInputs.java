package dev.tfguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Inputs of the benchmarks: plans from the shared generator ({@code gen_plan.py}), made once into
 * {@code target/bench-inputs/} (or named with {@code -Dtfguard.plan=FILE}).
 */
final class BenchInputs {

    private BenchInputs() {}

    /** {@code gen_plan.py -n RESOURCES -s 42 -m 8}, generated on first use. */
    static Path plan(int resources) throws IOException, InterruptedException {
        String configured = System.getProperty("tfguard.plan");
        if (configured != null) {
            return Path.of(configured);
        }
        Path out =
                Path.of("target", "bench-inputs", "plan-" + resources + ".json").toAbsolutePath();
        if (!Files.isRegularFile(out)) {
            Files.createDirectories(out.getParent());
            Process p =
                    new ProcessBuilder(
                                    "python3",
                                    generator().toString(),
                                    "-n",
                                    "" + resources,
                                    "-s",
                                    "42",
                                    "-m",
                                    "8",
                                    "-o",
                                    out.toString())
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
            if (p.waitFor() != 0) {
                throw new IOException("gen_plan.py failed");
            }
        }
        return out;
    }

    private static Path generator() {
        for (Path p :
                List.of(
                        Path.of("")
                                .toAbsolutePath()
                                .getParent()
                                .resolve("shared/bench/gen_plan.py"),
                        Path.of("/work/shared/bench/gen_plan.py"))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException(
                "gen_plan.py not found beside the checkout; pass -Dtfguard.plan=FILE");
    }
}
