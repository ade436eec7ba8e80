package dev.tfguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfguard.cli.CliTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Large realistic inputs from the shared generators (../shared/bench), whose ground truth is
 * computed independently: the findings of the rules the generator computes (the keys of its {@code
 * violations}) must equal its violations exactly (HCL: file and line too). Skipped when the
 * generators or python3 are not there, so the project stands alone.
 */
class GeneratedInputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path bench() {
        for (Path p :
                List.of(
                        Path.of("").toAbsolutePath().getParent().resolve("shared/bench"),
                        Path.of("/work/shared/bench"))) {
            if (Files.isRegularFile(p.resolve("gen_plan.py"))) {
                return p;
            }
        }
        return null;
    }

    private static void generate(List<String> command) throws IOException, InterruptedException {
        Process p =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
    }

    @ParameterizedTest
    @CsvSource({"1000,1,4", "1000,2,8", "10000,42,8"})
    void planFindingsEqualTheGroundTruth(int resources, int seed, int modules, @TempDir Path dir)
            throws Exception {
        Path bench = bench();
        assumeTrue(bench != null, "../shared/bench is not beside the checkout");
        Path plan = dir.resolve("plan.json");
        generate(
                List.of(
                        "python3",
                        bench.resolve("gen_plan.py").toString(),
                        "-n",
                        "" + resources,
                        "-s",
                        "" + seed,
                        "-m",
                        "" + modules,
                        "-o",
                        plan.toString()));
        JsonNode expected = JSON.readTree(dir.resolve("plan.json.expected.json").toFile());
        CliTestSupport.Run r = CliTestSupport.runIn(dir, "--format", "json", "plan.json");
        TreeSet<String> want = new TreeSet<>();
        expected.get("violations")
                .fields()
                .forEachRemaining(
                        e ->
                                e.getValue()
                                        .forEach(
                                                v ->
                                                        want.add(
                                                                e.getKey()
                                                                        + " "
                                                                        + v.get("address")
                                                                                .asText())));
        TreeSet<String> have = new TreeSet<>();
        JSON.readTree(r.out())
                .get("findings")
                .forEach(
                        f -> {
                            if (expected.get("violations").has(f.get("rule").asText())) {
                                have.add(f.get("rule").asText() + " " + f.get("resource").asText());
                            }
                        });
        assertThat(have).containsExactlyElementsOf(want);
    }

    @ParameterizedTest
    @CsvSource({"1", "7"})
    void sourceFindingsEqualTheGroundTruthWithLines(int seed, @TempDir Path dir) throws Exception {
        Path bench = bench();
        assumeTrue(bench != null, "../shared/bench is not beside the checkout");
        Path tree = dir.resolve("tree");
        generate(
                List.of(
                        "python3",
                        bench.resolve("gen_hcl.py").toString(),
                        "--files",
                        "20",
                        "--resources-per-file",
                        "25",
                        "--seed",
                        "" + seed,
                        "--out",
                        tree.toString()));
        JsonNode expected = JSON.readTree(tree.resolve("expected.json").toFile());
        CliTestSupport.Run r = CliTestSupport.runIn(tree, "--format", "json", ".");
        List<String> want = new ArrayList<>();
        expected.get("violations")
                .fields()
                .forEachRemaining(
                        e ->
                                e.getValue()
                                        .forEach(
                                                v ->
                                                        want.add(
                                                                e.getKey()
                                                                        + " "
                                                                        + v.get("address").asText()
                                                                        + " "
                                                                        + v.get("file").asText()
                                                                        + ":"
                                                                        + v.get("line").asInt())));
        // the ground truth has one entry per block; tfguard reports each count/for_each instance
        // (issue 15)
        java.util.Set<String> have = new java.util.LinkedHashSet<>();
        JSON.readTree(r.out())
                .get("findings")
                .forEach(
                        f -> {
                            if (expected.get("violations").has(f.get("rule").asText())) {
                                have.add(
                                        f.get("rule").asText()
                                                + " "
                                                + dev.tfguard.model.Addresses.withoutKeys(
                                                        f.get("resource").asText())
                                                + " "
                                                + f.get("file").asText()
                                                + ":"
                                                + f.get("line").asInt());
                            }
                        });
        assertThat(have).containsExactlyInAnyOrderElementsOf(want);
    }
}
