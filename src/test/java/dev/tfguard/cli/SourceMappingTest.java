package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan findings mapped to the Terraform source they were planned from (issue 6). */
class SourceMappingTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path tmp;

    private static List<String> located(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(
                f ->
                        out.add(
                                f.get("rule").asText()
                                        + " "
                                        + f.get("resource").asText()
                                        + " "
                                        + f.get("file").asText()
                                        + ":"
                                        + f.get("line").asText()));
        return out;
    }

    @Test
    void planNextToItsSourceGetsFilesAndLinesAlsoInsideModules() throws Exception {
        CliTestSupport.Run run =
                CliTestSupport.runIn(
                        ROOT, "--format", "json", "--no-config", "testdata/plan/modules/plan.json");
        JsonNode r = JSON.readTree(run.out());
        List<String> all = located(r.get("findings"));
        all.addAll(located(r.get("unverified")));
        assertThat(all).isNotEmpty().allSatisfy(f -> assertThat(f).doesNotEndWith("null:null"));
        assertThat(all)
                .anySatisfy(
                        f ->
                                assertThat(f)
                                        .startsWith("TFG-KMS-001 module.regional[\"a\"].")
                                        .contains("testdata/plan/modules/modules/"));
    }

    @Test
    void sourceFlagLocatesAPlanKeptElsewhere() throws Exception {
        Path plan = tmp.resolve("plan.json");
        Files.copy(ROOT.resolve("testdata/plan/insecure/plan.json"), plan);
        JsonNode without =
                JSON.readTree(
                        CliTestSupport.runIn(
                                        ROOT, "--format", "json", "--no-config", plan.toString())
                                .out());
        assertThat(without.get("findings"))
                .allSatisfy(f -> assertThat(f.get("file").isNull()).isTrue());
        JsonNode with =
                JSON.readTree(
                        CliTestSupport.runIn(
                                        ROOT,
                                        "--format",
                                        "json",
                                        "--no-config",
                                        "--source",
                                        "testdata/plan/insecure",
                                        plan.toString())
                                .out());
        assertThat(located(with.get("findings")))
                .contains(
                        "TFG-EC-003 aws_elasticache_replication_group.sessions testdata/plan/insecure/main.tf:18");
    }

    @Test
    void inlineSuppressionsInTheSourceApplyToThePlan() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        String main = Files.readString(ROOT.resolve("testdata/plan/insecure/main.tf"));
        Files.writeString(
                src.resolve("main.tf"),
                main.replace(
                        "  transit_encryption_enabled = false",
                        "  transit_encryption_enabled = false # tfguard:ignore:TFG-EC-003 clients move to TLS in March"));
        Files.copy(ROOT.resolve("testdata/plan/insecure/plan.json"), src.resolve("plan.json"));
        JsonNode r =
                JSON.readTree(CliTestSupport.runIn(tmp, "--format", "json", "src/plan.json").out());
        assertThat(r.get("suppressed"))
                .extracting(s -> s.get("rule").asText() + " " + s.get("resource").asText())
                .containsExactly("TFG-EC-003 aws_elasticache_replication_group.sessions");
    }

    @Test
    void missingSourceFolderIsAnInputError() {
        CliTestSupport.Run run =
                CliTestSupport.runIn(
                        ROOT, "--source", "nowhere", "testdata/plan/insecure/plan.json");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("tfguard: nowhere: --source: no such folder");
    }
}
