package dev.tfguard.rules.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tfguard.model.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7: a global datastore secondary cannot set encryption, engine or token; TFG-EC-001/003/004
 * judge it through its primary instead of flagging what it cannot set.
 */
class GlobalDatastoreTest {
    private static final List<String> IDS =
            List.of("TFG-EC-001", "TFG-EC-003", "TFG-EC-004", "TFG-EC-006");
    private static final String RG = "aws_elasticache_replication_group.";

    @Test
    void reportsThePrimaryNotTheSecondary(@TempDir Path dir) throws IOException {
        List<Finding> f =
                RuleScan.scan(
                        dir,
                        Map.of(),
                        IDS,
                        "main.tf",
                        """
                resource "aws_elasticache_replication_group" "primary" {
                  replication_group_id     = "eu"
                  description              = "eu"
                  node_type                = "cache.r7g.large"
                  snapshot_retention_limit = 7
                  user_group_ids           = ["app"]
                }

                resource "aws_elasticache_global_replication_group" "g" {
                  global_replication_group_id_suffix = "g"
                  primary_replication_group_id       = aws_elasticache_replication_group.primary.id
                }

                resource "aws_elasticache_replication_group" "secondary" {
                  replication_group_id        = "us"
                  description                 = "us"
                  global_replication_group_id = aws_elasticache_global_replication_group.g.global_replication_group_id
                }
                """);
        // the secondary keeps no backups of its own: that setting is regional and is still checked
        assertThat(f)
                .extracting(Finding::rule, Finding::resource, Finding::unverified)
                .containsExactlyInAnyOrder(
                        tuple("TFG-EC-001", RG + "primary", false),
                        tuple("TFG-EC-003", RG + "primary", false),
                        tuple("TFG-EC-006", RG + "secondary", false));
    }

    @Test
    void secondaryOfADatastoreOutsideTheScanIsUnverified(@TempDir Path dir) throws IOException {
        List<Finding> f =
                RuleScan.scan(
                        dir,
                        Map.of(),
                        IDS,
                        "main.tf",
                        """
                resource "aws_elasticache_replication_group" "secondary" {
                  replication_group_id        = "us"
                  description                 = "us"
                  global_replication_group_id = "ldgnf-sessions"
                  snapshot_retention_limit    = 7
                }
                """);
        assertThat(f)
                .extracting(Finding::rule, Finding::unverified)
                .containsExactlyInAnyOrder(
                        tuple("TFG-EC-001", true),
                        tuple("TFG-EC-003", true),
                        tuple("TFG-EC-004", true));
        assertThat(f)
                .allSatisfy(
                        x ->
                                assertThat(x.message())
                                        .contains("ldgnf-sessions")
                                        .contains("not in this configuration"));
    }
}
