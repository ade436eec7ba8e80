package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inline suppressions end to end (issue 6): each comment form, expiry, missing reasons, module
 * blocks, peers.
 */
class SuppressionTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode scan(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--format", "json", "--no-config"));
        all.addAll(List.of(args));
        CliTestSupport.Run run = CliTestSupport.runIn(ROOT, all.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isIn(0, 1);
        return JSON.readTree(run.out());
    }

    /** The fixtures are about the first five rules; other rules' verdicts on them are left out. */
    private static final java.util.Set<String> RULES =
            java.util.Set.of("TFG-EC-001", "TFG-EC-002", "TFG-EC-003", "TFG-EC-004", "TFG-KMS-001");

    private static List<String> rows(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(
                f -> {
                    if (RULES.contains(f.get("rule").asText())) {
                        out.add(f.get("rule").asText() + " " + f.get("resource").asText());
                    }
                });
        return out;
    }

    @Test
    void eachCommentFormSuppressesItsBlock() throws Exception {
        JsonNode r = scan("testdata/suppress/inline/main.tf");
        assertThat(r.get("suppressed"))
                .extracting(
                        s -> s.get("rule").asText(), s -> s.get("resource").asText(),
                        s -> s.at("/suppression/source").asText(),
                                s -> s.at("/suppression/line").asInt())
                .containsExactlyInAnyOrder(
                        tuple("TFG-EC-001", "aws_elasticache_replication_group.above", "inline", 4),
                        tuple(
                                "TFG-EC-001",
                                "aws_elasticache_replication_group.on_attribute",
                                "inline",
                                16),
                        tuple(
                                "TFG-EC-004",
                                "aws_elasticache_replication_group.expiring",
                                "inline",
                                24),
                        tuple(
                                "TFG-EC-001",
                                "aws_elasticache_replication_group.peers",
                                "checkov",
                                41),
                        tuple("TFG-EC-003", "aws_elasticache_replication_group.peers", "tfsec", 46),
                        // one finding per for_each instance (issue 15), each suppressed by the
                        // block's comment
                        tuple(
                                "TFG-EC-001",
                                "aws_elasticache_replication_group.each[\"a\"]",
                                "trivy",
                                49),
                        tuple(
                                "TFG-EC-001",
                                "aws_elasticache_replication_group.each[\"b\"]",
                                "trivy",
                                49));
        assertThat(rows(r.get("findings")))
                .containsExactlyInAnyOrder(
                        "TFG-EC-003 aws_elasticache_replication_group.expiring",
                        "TFG-EC-001 aws_elasticache_replication_group.no_reason");
    }

    /**
     * Issue 20: Checkov's MemoryDB ids (CKV_AWS_201 key, CKV_AWS_202 TLS) suppress the TFG-MDB
     * rules they alias.
     */
    @Test
    void checkovMemoryDbIdsSuppressTheirRules(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        java.nio.file.Files.writeString(
                dir.resolve("main.tf"),
                """
                resource "aws_memorydb_cluster" "legacy" {
                  #checkov:skip=CKV_AWS_202:clients move to TLS with the next release
                  #checkov:skip=CKV_AWS_201:the AWS-owned key is accepted for this cluster
                  name                     = "legacy"
                  acl_name                 = "open-access"
                  engine                   = "valkey"
                  engine_version           = "7.3"
                  node_type                = "db.t4g.small"
                  tls_enabled              = false
                  snapshot_retention_limit = 7
                }
                """);
        CliTestSupport.Run run = CliTestSupport.runIn(dir, "--format", "json", "--no-config", ".");
        JsonNode r = JSON.readTree(run.out());
        assertThat(r.get("suppressed"))
                .extracting(
                        s -> s.get("rule").asText(),
                        s -> s.at("/suppression/source").asText(),
                        s -> s.at("/suppression/line").asInt())
                .containsExactlyInAnyOrder(
                        tuple("TFG-MDB-002", "checkov", 2), tuple("TFG-MDB-001", "checkov", 3));
        assertThat(r.get("findings"))
                .extracting(f -> f.get("rule").asText())
                .containsExactly("TFG-MDB-003");
        CliTestSupport.Run off =
                CliTestSupport.runIn(
                        dir, "--format", "json", "--no-config", "--no-peer-suppressions", ".");
        assertThat(JSON.readTree(off.out()).get("findings"))
                .extracting(f -> f.get("rule").asText())
                .containsExactlyInAnyOrder("TFG-MDB-001", "TFG-MDB-002", "TFG-MDB-003");
    }

    @Test
    void suppressionCarriesReasonExpiryAndPlace() throws Exception {
        JsonNode r = scan("testdata/suppress/inline/main.tf");
        JsonNode current = null;
        for (JsonNode s : r.get("suppressed")) {
            if (s.get("rule").asText().equals("TFG-EC-004")) {
                current = s.get("suppression");
            }
        }
        assertThat(current).isNotNull();
        assertThat(current.get("reason").asText()).isEqualTo("a private subnet, reviewed yearly");
        assertThat(current.get("expires").asText()).isEqualTo("2999-12-31");
        assertThat(current.get("file").asText()).isEqualTo("testdata/suppress/inline/main.tf");
        assertThat(r.at("/summary/suppressed").asInt()).isEqualTo(7);
    }

    @Test
    void expiredSuppressionBringsTheFindingBackWithANotice() throws Exception {
        JsonNode r = scan("testdata/suppress/inline/main.tf");
        assertThat(rows(r.get("findings")))
                .contains("TFG-EC-003 aws_elasticache_replication_group.expiring");
        assertThat(r.get("warnings").toString())
                .contains(
                        "testdata/suppress/inline/main.tf:23: suppression of TFG-EC-003 expired on 2001-01-31; "
                                + "aws_elasticache_replication_group.expiring is reported again");
    }

    @Test
    void suppressionWithoutReasonSuppressesNothingAndSaysSo() throws Exception {
        JsonNode r = scan("testdata/suppress/inline/main.tf");
        assertThat(rows(r.get("findings")))
                .contains("TFG-EC-001 aws_elasticache_replication_group.no_reason");
        assertThat(r.get("warnings").toString())
                .contains(
                        "testdata/suppress/inline/main.tf:34: suppression of TFG-EC-001 gives no reason");
    }

    @Test
    void peerCommentsCanBeTurnedOff() throws Exception {
        JsonNode r = scan("--no-peer-suppressions", "testdata/suppress/inline/main.tf");
        assertThat(r.get("suppressed"))
                .extracting(s -> s.at("/suppression/source").asText())
                .containsOnly("inline");
        assertThat(rows(r.get("findings")))
                .contains(
                        "TFG-EC-001 aws_elasticache_replication_group.peers",
                        "TFG-EC-003 aws_elasticache_replication_group.peers",
                        "TFG-EC-001 aws_elasticache_replication_group.each[\"a\"]",
                        "TFG-EC-001 aws_elasticache_replication_group.each[\"b\"]");
    }

    @Test
    void commentOnModuleBlockCoversTheModulesResources() throws Exception {
        JsonNode r = scan("testdata/suppress/module");
        assertThat(rows(r.get("suppressed")))
                .containsExactly("TFG-EC-002 module.legacy.aws_elasticache_replication_group.this");
        assertThat(rows(r.get("findings")))
                .containsExactly(
                        "TFG-EC-002 module.current.aws_elasticache_replication_group.this");
    }

    @Test
    void textCountsSuppressedFindingsAndListsThemOnRequest() {
        CliTestSupport.Run counted =
                CliTestSupport.runIn(ROOT, "--no-config", "testdata/suppress/inline/main.tf");
        assertThat(counted.out())
                .contains("7 suppressed (--show-suppressed lists them)")
                .doesNotContain("migrated by snapshot");
        CliTestSupport.Run listed =
                CliTestSupport.runIn(
                        ROOT,
                        "--no-config",
                        "--show-suppressed",
                        "testdata/suppress/inline/main.tf");
        assertThat(listed.out())
                .contains("Suppressed")
                .contains(
                        "by inline at testdata/suppress/inline/main.tf:4: migrated by snapshot in Q1")
                .contains("by tfsec at testdata/suppress/inline/main.tf:46: no reason given");
    }
}
