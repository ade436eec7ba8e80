package dev.tfguard.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.cli.CliTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tfguard fix} reads the files the scan reads (issue 16). */
class FixConfigLayerTest {
    private static final String GROUP =
            """
            resource "aws_elasticache_replication_group" "g" {
              replication_group_id       = "g"
              description                = "g"
              at_rest_encryption_enabled = false
            }
            """;

    @Test
    void editsTheTofuFileThatHidesTheTfFileOfTheSameName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.tf"), GROUP.replace("\"g\" {", "\"old\" {"));
        Files.writeString(dir.resolve("main.tofu"), GROUP);
        CliTestSupport.Run r = CliTestSupport.runIn(dir, "fix", "--rule", "TFG-EC-001", ".");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(Files.readString(dir.resolve("main.tofu")))
                .contains("at_rest_encryption_enabled = true");
        assertThat(Files.readString(dir.resolve("main.tf")))
                .contains("at_rest_encryption_enabled = false");
    }

    @Test
    void saysWhyAResourceInAJsonFileIsLeft(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("main.tf.json"),
                "{\"resource\": {\"aws_elasticache_replication_group\": "
                        + "{\"g\": {\"replication_group_id\": \"g\", \"description\": \"g\", "
                        + "\"at_rest_encryption_enabled\": false}}}}");
        CliTestSupport.Run r = CliTestSupport.runIn(dir, "fix", "--rule", "TFG-EC-001", ".");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out() + r.err()).contains("written in the JSON file main.tf.json");
    }
}
