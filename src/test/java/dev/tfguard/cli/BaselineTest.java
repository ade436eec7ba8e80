package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --baseline-write} and {@code --baseline} (issue 6): accepted findings stay quiet across
 * edits.
 */
class BaselineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEGACY =
            """
            resource "aws_elasticache_replication_group" "legacy" {
              replication_group_id = "legacy"
              description          = "legacy"
              user_group_ids       = ["app"]
            }
            """;

    @TempDir Path tmp;

    @Test
    void baselineRoundTripSurvivesLinesInsertedAboveAndReportsOnlyNewAndFixed() throws Exception {
        Path main = tmp.resolve("main.tf");
        Files.writeString(main, LEGACY);
        CliTestSupport.Run write =
                CliTestSupport.runIn(tmp, "--baseline-write", "baseline.json", ".");
        assertThat(write.code()).isZero();
        JsonNode file = JSON.readTree(tmp.resolve("baseline.json").toFile());
        int recorded = file.get("findings").size();
        assertThat(write.err())
                .contains("wrote " + recorded + " findings to the baseline baseline.json");
        assertThat(file.get("findings"))
                .extracting(e -> e.get("rule").asText())
                .contains("TFG-EC-001", "TFG-EC-002", "TFG-EC-003")
                .isSorted();

        // lines inserted above move every finding; the baseline still holds them
        Files.writeString(main, "# moved down by a comment\n\n\n" + LEGACY);
        CliTestSupport.Run same =
                CliTestSupport.runIn(tmp, "--format", "json", "--baseline", "baseline.json", ".");
        assertThat(same.code()).isZero();
        JsonNode r = JSON.readTree(same.out());
        assertThat(r.get("findings")).isEmpty();
        assertThat(r.at("/baseline/known").asInt()).isEqualTo(recorded);
        assertThat(r.at("/summary/baselined").asInt()).isEqualTo(recorded);

        // fix one finding and add a new group: the new one is reported, the fixed one listed
        Files.writeString(
                main,
                LEGACY.replace(
                                "  user_group_ids",
                                "  transit_encryption_enabled = true\n" + "  user_group_ids")
                        + """

                resource "aws_elasticache_replication_group" "fresh" {
                  replication_group_id = "fresh"
                  description          = "fresh"
                  user_group_ids       = ["app"]
                }
                """);
        CliTestSupport.Run next =
                CliTestSupport.runIn(tmp, "--format", "json", "--baseline", "baseline.json", ".");
        assertThat(next.code()).isEqualTo(1);
        JsonNode n = JSON.readTree(next.out());
        assertThat(n.get("findings"))
                .extracting(f -> f.get("resource").asText())
                .containsOnly("aws_elasticache_replication_group.fresh");
        assertThat(n.at("/baseline/fixed"))
                .extracting(e -> e.get("rule").asText() + " " + e.get("resource").asText())
                .containsExactly("TFG-EC-003 aws_elasticache_replication_group.legacy");

        CliTestSupport.Run text = CliTestSupport.runIn(tmp, "--baseline", "baseline.json", ".");
        assertThat(text.out())
                .contains(
                        (recorded - 1)
                                + " findings already in the baseline baseline.json not shown; "
                                + "fixed since")
                .contains(
                        "TFG-EC-003  aws_elasticache_replication_group.legacy  transit_encryption_enabled");
    }

    @Test
    void unreadableBaselineIsAnInputError() throws Exception {
        Files.writeString(tmp.resolve("main.tf"), LEGACY);
        Files.writeString(tmp.resolve("baseline.json"), "{\"findings\": [\n");
        CliTestSupport.Run run = CliTestSupport.runIn(tmp, "--baseline", "baseline.json", ".");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("tfguard: baseline.json:2: not a baseline file");
        CliTestSupport.Run missing = CliTestSupport.runIn(tmp, "--baseline", "none.json", ".");
        assertThat(missing.err())
                .contains(
                        "tfguard: none.json: no such baseline file (write one with --baseline-write)");
    }
}
