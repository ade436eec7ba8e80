package dev.tfguard.rules.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.engine.Runner;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Attr;
import dev.tfguard.model.Change;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Mode;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * TFG-EC-005 edge cases: clusters, reasons without replace paths, snapshots known only at apply.
 */
class ReplacementDataLossRuleTest {

    private static Resource replaced(
            String type,
            String name,
            Map<String, Value> after,
            Map<String, Value> before,
            List<String> paths,
            String reason) {
        Map<String, Attr> attrs = new LinkedHashMap<>();
        after.forEach((k, v) -> attrs.put(k, Attr.of(k, v)));
        return new Resource(
                type + "." + name,
                "",
                Mode.MANAGED,
                type,
                name,
                null,
                attrs,
                null,
                new Change(List.of("delete", "create"), reason, paths, before));
    }

    private static List<Finding> run(Resource... resources) {
        return Runner.run(
                List.of(RuleCatalog.builtIn().get("TFG-EC-005")),
                new ResourceGraph(List.of(resources)));
    }

    @Test
    void judgesClustersByEngineAndNamesTheReason() {
        List<Finding> f =
                run(
                        replaced(
                                "aws_elasticache_cluster",
                                "redis",
                                Map.of(
                                        "engine",
                                        Value.of("redis"),
                                        "cluster_id",
                                        Value.of("legacy")),
                                Map.of(),
                                List.of(),
                                "replace_by_request"),
                        replaced(
                                "aws_elasticache_cluster",
                                "memcached",
                                Map.of("engine", Value.of("memcached")),
                                Map.of(),
                                List.of("port"),
                                null),
                        replaced(
                                "aws_elasticache_replication_group",
                                "tainted",
                                Map.of(),
                                Map.of(),
                                List.of(),
                                "replace_because_tainted"));
        assertThat(f)
                .extracting(Finding::resource, Finding::unverified)
                .containsExactlyInAnyOrder(
                        tuple("aws_elasticache_cluster.redis", false),
                        tuple("aws_elasticache_replication_group.tainted", false));
        assertThat(f)
                .filteredOn(x -> x.resource().endsWith(".redis"))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("forced by terraform apply -replace")
                .contains("--cache-cluster-id legacy");
        assertThat(f)
                .filteredOn(x -> x.resource().endsWith(".tainted"))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("forced by the group being tainted");
    }

    @Test
    void snapshotKnownOnlyAtApplyIsUnverifiedUnlessCertainlySet() {
        List<Finding> f =
                run(
                        replaced(
                                "aws_elasticache_replication_group",
                                "maybe",
                                Map.of(
                                        "snapshot_name",
                                        Value.unknown(
                                                dev.tfguard.model.Type.DYNAMIC,
                                                "instances disagree")),
                                Map.of(),
                                List.of("kms_key_id"),
                                null),
                        replaced(
                                "aws_elasticache_replication_group",
                                "set",
                                Map.of("snapshot_name", Value.unknown("known after apply")),
                                Map.of(),
                                List.of("kms_key_id"),
                                null),
                        replaced(
                                "aws_elasticache_replication_group",
                                "final_in_state",
                                Map.of(),
                                Map.of("final_snapshot_identifier", Value.of("sessions-final")),
                                List.of("at_rest_encryption_enabled"),
                                null));
        assertThat(f)
                .extracting(Finding::resource, Finding::unverified)
                .containsExactly(tuple("aws_elasticache_replication_group.maybe", true));
    }

    /**
     * Issue 20: TFG-MDB-007 names the cluster, uses the name of its prior state, and honours the
     * snapshot route.
     */
    @Test
    void memoryDbClusterReplacementNamesTheClusterAndHonoursSnapshots() {
        List<Finding> f =
                Runner.run(
                        List.of(RuleCatalog.builtIn().get("TFG-MDB-007")),
                        new ResourceGraph(
                                List.of(
                                        replaced(
                                                "aws_memorydb_cluster",
                                                "tainted",
                                                Map.of(),
                                                Map.of("name", Value.of("sessions")),
                                                List.of(),
                                                "replace_because_tainted"),
                                        replaced(
                                                "aws_memorydb_cluster",
                                                "restored",
                                                Map.of(
                                                        "snapshot_arns",
                                                        Value.of(
                                                                List.of(
                                                                        "arn:aws:s3:::backups/sessions.rdb"))),
                                                Map.of(),
                                                List.of("tls_enabled"),
                                                null),
                                        replaced(
                                                "aws_memorydb_cluster",
                                                "maybe",
                                                Map.of(
                                                        "snapshot_name",
                                                        Value.unknown(
                                                                dev.tfguard.model.Type.DYNAMIC,
                                                                "instances disagree")),
                                                Map.of(),
                                                List.of("kms_key_arn"),
                                                null))));
        assertThat(f)
                .extracting(Finding::resource, Finding::unverified)
                .containsExactlyInAnyOrder(
                        tuple("aws_memorydb_cluster.tainted", false),
                        tuple("aws_memorydb_cluster.maybe", true));
        assertThat(f)
                .filteredOn(x -> x.resource().endsWith(".tainted"))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("forced by the cluster being tainted")
                .contains(
                        "aws memorydb create-snapshot --cluster-name sessions --snapshot-name sessions-before-replace");
    }
}
