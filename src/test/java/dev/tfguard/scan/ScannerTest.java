package dev.tfguard.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.model.Finding;
import dev.tfguard.model.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan pipeline without the command line: options in, a {@link ScanResult} out. */
class ScannerTest {
    private static final String GROUP =
            """
            resource "aws_elasticache_replication_group" "g" {
              replication_group_id       = "g"
              description                = "g"
              at_rest_encryption_enabled = true
              kms_key_id                 = var.key
            }

            variable "key" {
              type = string
            }
            """;

    private static ScanResult scan(Path dir, ScanOptions.Builder options) {
        return Scanner.scan(options.repoRoot(dir).build()).result();
    }

    @Test
    void findsWhatTheRulesFindAndSplitsUnverifiedChecks(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.tf"), GROUP);
        ScanResult result = scan(dir, ScanOptions.of(List.of(Path.of(".")), dir, Map.of()));
        assertThat(result.findings()).extracting(Finding::rule).contains("TFG-EC-003");
        assertThat(result.unverified()).extracting(Finding::rule).contains("TFG-KMS-001");
        assertThat(result.errors()).isEmpty();

        ScanResult strict =
                scan(dir, ScanOptions.of(List.of(Path.of(".")), dir, Map.of()).strict(true));
        assertThat(strict.unverified()).isEmpty();
        assertThat(strict.findings()).extracting(Finding::rule).contains("TFG-KMS-001");
    }

    @Test
    void appliesTheConfigFileRuleChoiceAndSuppressions(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.tf"), GROUP);
        Files.writeString(
                dir.resolve(".tfguard.yaml"),
                """
                rules:
                  enable: [TFG-EC-003, TFG-EC-004]
                suppress:
                  - rule: TFG-EC-004
                    resource: aws_elasticache_replication_group.g
                    reason: an internal cache
                """);
        List<Path> paths = List.of(Path.of("."));
        Config settings = Scanner.settings(null, false, paths, dir, dir);
        ScanResult result = scan(dir, ScanOptions.of(paths, dir, Map.of()).settings(settings));
        assertThat(result.findings()).extracting(Finding::rule).containsExactly("TFG-EC-003");
        assertThat(result.suppressed())
                .extracting(s -> s.finding().rule())
                .containsExactly("TFG-EC-004");
    }

    @Test
    void reportsOnlyFindingsInNamedFilesWithTheirFolderAsContext(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("main.tf"), GROUP);
        Files.writeString(
                dir.resolve("other.tf"),
                GROUP.replace("\"g\" {", "\"h\" {").replace("variable \"key\"", "variable \"k2\""));
        ScanResult result = scan(dir, ScanOptions.of(List.of(Path.of("other.tf")), dir, Map.of()));
        assertThat(result.findings()).isNotEmpty().allMatch(f -> f.file().equals("other.tf"));
    }

    @Test
    void aMissingBaselineIsAnInputErrorNamingIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("main.tf"), GROUP);
        ScanResult result =
                scan(
                        dir,
                        ScanOptions.of(List.of(Path.of(".")), dir, Map.of())
                                .baseline(Path.of("missing.json")));
        assertThat(result.errors())
                .extracting(Object::toString)
                .anyMatch(e -> e.startsWith("missing.json"));
    }
}
