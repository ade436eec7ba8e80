package dev.tfguard.loader.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.model.Attr;
import dev.tfguard.model.InputError;
import dev.tfguard.model.Model;
import dev.tfguard.model.Resource;
import dev.tfguard.model.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanLoaderTest {

    private static final Path FIXTURES = Path.of("testdata/plan");
    private static final Path CORPUS = Path.of("/work/shared/corpus/plans");
    private static final Path GENERATOR = Path.of("/work/shared/bench/gen_plan.py");

    /** The auth token written in the fixtures' plans; it must never reach the model. */
    private static final String SECRET = "Redis-AUTH-secret-0123456789abcdef";

    private static final String ERG = "aws_elasticache_replication_group";
    private static final Set<String> RULE_TYPES = Set.of(ERG, "aws_kms_key", "aws_kms_alias");

    @TempDir Path tmp;

    // ---------------------------------------------------------------------------------------------------------
    // values resolved through the configuration

    @Test
    void resolvesUnknownValueThroughConfigurationReference() {
        Attr kms =
                byAddress(load("unknown-values"))
                        .get("aws_elasticache_replication_group.new_key")
                        .attr("kms_key_id");

        assertThat(kms.value())
                .isEqualTo(Value.unknown("known after apply: aws_kms_key.cache.arn"));
        assertThat(kms.references()).containsExactly("aws_kms_key.cache.arn", "aws_kms_key.cache");
    }

    @Test
    void usesConfiguredConstantForUnknownValue() {
        Resource r =
                byAddress(load("unknown-values")).get("aws_elasticache_replication_group.new_key");

        assertThat(r.value("engine_version")).isEqualTo(Value.of("7.1"));
    }

    @Test
    void treatsUnknownUnconfiguredAttributeAsProviderDefault() {
        Resource r =
                byAddress(load("unknown-values")).get("aws_elasticache_replication_group.new_key");

        assertThat(r.attr("at_rest_encryption_enabled")).isNotNull();
        assertThat(r.value("at_rest_encryption_enabled").isNull()).isTrue();
        assertThat(r.value("arn").isNull()).isTrue();
    }

    @Test
    void keepsReferencesOfKnownValues() {
        Resource r =
                byAddress(load("unknown-values"))
                        .get("aws_elasticache_replication_group.legacy_key");

        assertThat(r.value("kms_key_id").asString())
                .isEqualTo(
                        "arn:aws:kms:eu-west-1:111122223333:key/0d6f2c8e-4b1a-4f0e-9a7e-5c2b8d1e6f30");
        assertThat(r.attr("kms_key_id").references())
                .containsExactly("aws_kms_key.legacy.arn", "aws_kms_key.legacy");
        assertThat(r.attr("user_group_ids").references())
                .containsExactly("var.sessions_user_group");
        assertThat(r.value("user_group_ids").toJava()).isEqualTo(List.of("sessions-users"));
        assertThat(r.value("num_cache_clusters").known()).isEqualTo(BigDecimal.ONE);
        assertThat(r.change().actions()).containsExactly("no-op");
    }

    @Test
    void leavesUnknownValueUnknownWithoutConfiguration() throws IOException {
        ObjectNode doc = (ObjectNode) json(FIXTURES.resolve("unknown-values/plan.json"));
        doc.remove("configuration");
        Path plan = write("no-config.json", doc.toString());

        Resource r =
                byAddress(load(plan, LoadOptions.defaults()))
                        .get("aws_elasticache_replication_group.new_key");

        assertThat(r.value("kms_key_id")).isEqualTo(Value.unknown("known after apply"));
        assertThat(r.value("at_rest_encryption_enabled"))
                .isEqualTo(Value.unknown("known after apply"));
        assertThat(r.attr("kms_key_id").references()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // modules

    @Test
    void makesModuleRelativeReferencesAbsolute() {
        Map<String, Resource> rs = byAddress(load("modules"));

        Resource own = rs.get("module.cache_eu.aws_elasticache_replication_group.own_key");
        assertThat(own.modulePath()).isEqualTo("module.cache_eu");
        assertThat(own.attr("kms_key_id").references())
                .containsExactly(
                        "module.cache_eu.aws_kms_key.this.arn", "module.cache_eu.aws_kms_key.this");
        assertThat(own.value("kms_key_id"))
                .isEqualTo(
                        Value.unknown("known after apply: module.cache_eu.aws_kms_key.this.arn"));

        Resource instance =
                rs.get("module.regional[\"a\"].aws_elasticache_replication_group.own_key");
        assertThat(instance.modulePath()).isEqualTo("module.regional[\"a\"]");
        assertThat(instance.attr("kms_key_id").references())
                .containsExactly(
                        "module.regional[\"a\"].aws_kms_key.this.arn",
                        "module.regional[\"a\"].aws_kms_key.this");
    }

    @Test
    void followsModuleVariablesTwoCallsUp() {
        Resource inner =
                byAddress(load("modules"))
                        .get("module.cache_eu.module.redis.aws_elasticache_replication_group.this");

        assertThat(inner.attr("kms_key_id").references())
                .containsExactly("aws_kms_key.shared.arn", "aws_kms_key.shared");
        assertThat(inner.value("kms_key_id"))
                .isEqualTo(Value.unknown("known after apply: aws_kms_key.shared.arn"));
    }

    @Test
    void endsVariableChainAtConstantAndKeepsScopeSymbols() {
        Map<String, Resource> rs = byAddress(load("modules"));
        Resource inner =
                rs.get(
                        "module.regional[\"a\"].module.redis.aws_elasticache_replication_group.this");

        assertThat(inner.value("kms_key_id").asString())
                .endsWith(":key/7b1e9c2a-3d4f-4a5b-8c6d-9e0f1a2b3c4d");
        assertThat(inner.attr("kms_key_id").references()).isEmpty();
        assertThat(inner.attr("replication_group_id").references()).containsExactly("each.key");
        assertThat(inner.attr("description").references()).containsExactly("local.description");
    }

    @Test
    void followsModuleOutputsIntoTheChildModule() {
        Attr kms =
                byAddress(load("modules"))
                        .get("aws_elasticache_replication_group.via_output")
                        .attr("kms_key_id");

        assertThat(kms.references())
                .containsExactly(
                        "module.keys.aws_kms_key.this.arn",
                        "module.keys.aws_kms_key.this",
                        "module.keys");
        assertThat(kms.value())
                .isEqualTo(Value.unknown("known after apply: module.keys.aws_kms_key.this.arn"));
    }

    @Test
    void stopsAtCyclesBetweenModuleInputsAndOutputs() throws IOException {
        // Terraform rejects such a configuration; a crafted file must still load, and quickly.
        String inputs = "{\"references\":[\"module.x.a\",\"module.x.b\",\"module.x\"]}";
        String plan =
                "{\"format_version\":\"1.2\",\"resource_changes\":[{\"address\":\"module.x.aws_kms_key.k\","
                        + "\"module_address\":\"module.x\",\"type\":\"aws_kms_key\",\"name\":\"k\",\"change\":{"
                        + "\"actions\":[\"create\"],\"after\":{},\"after_unknown\":{\"description\":true}}}],"
                        + "\"configuration\":{\"root_module\":{\"module_calls\":{\"x\":{\"expressions\":{\"in\":"
                        + inputs
                        + "},"
                        + "\"module\":{\"outputs\":{\"a\":{\"expression\":{\"references\":[\"var.in\"]}},"
                        + "\"b\":{\"expression\":{\"references\":[\"var.in\"]}}},\"resources\":[{\"address\":\"aws_kms_key.k\","
                        + "\"mode\":\"managed\",\"type\":\"aws_kms_key\",\"name\":\"k\",\"expressions\":{\"description\":"
                        + "{\"references\":[\"var.in\"]}}}]}}}}}}";

        Model model = load(write("cycle.json", plan), LoadOptions.defaults());

        assertThat(model.errors()).isEmpty();
        assertThat(model.resources().get(0).value("description").isUnknown()).isTrue();
        assertThat(model.resources().get(0).attr("description").references()).contains("module.x");
    }

    @Test
    void usesModuleVariableDefaultWhenTheCallLeavesItOut() {
        Resource inner =
                byAddress(load("modules"))
                        .get("module.cache_eu.module.redis.aws_elasticache_replication_group.this");

        assertThat(inner.value("transit_encryption_enabled")).isEqualTo(Value.of(true));
        assertThat(inner.attr("transit_encryption_enabled").references()).isEmpty();
    }

    @Test
    void resolvesUnknownValueToNullModuleDefaultAsAbsent() {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
        // terraform-aws-modules/s3-bucket called without "bucket": var.bucket defaults to null, so
        // the provider
        // names the bucket and the plan lists it unknown.
        Resource bucket =
                byAddress(
                                load(
                                        CORPUS.resolve("checkov-plan-modules-edges.json"),
                                        LoadOptions.defaults()))
                        .get("module.test.module.s3-bucket-1.aws_s3_bucket.this[0]");

        assertThat(bucket.value("bucket").isNull()).isTrue();
        assertThat(bucket.value("force_destroy")).isEqualTo(Value.of(false));
    }

    @Test
    void keepsUnwrappedInstanceReferences() {
        Map<String, Resource> rs = byAddress(load("modules"));

        assertThat(rs.get("aws_elasticache_replication_group.eu").attr("kms_key_id").references())
                .containsExactly(
                        "aws_kms_key.regional[\"eu\"].arn",
                        "aws_kms_key.regional[\"eu\"]",
                        "aws_kms_key.regional");
        Resource key = rs.get("aws_kms_key.regional[\"eu\"]");
        assertThat(key.indexKey()).isEqualTo("eu");
        assertThat(key.blockAddress()).isEqualTo("aws_kms_key.regional");
    }

    // ---------------------------------------------------------------------------------------------------------
    // changes

    @Test
    void skipsDeleteOnlyInstances() {
        assertThat(byAddress(load("changes")))
                .doesNotContainKey("aws_kms_key.retired")
                .containsKeys("aws_kms_key.rotated", "aws_s3_bucket.logs");
    }

    @Test
    void notesReplacementInChange() {
        Map<String, Resource> rs = byAddress(load("changes"));

        Resource replaced = rs.get("aws_elasticache_replication_group.replaced");
        assertThat(replaced.change().isReplace()).isTrue();
        assertThat(replaced.change().actions()).containsExactly("delete", "create");
        assertThat(replaced.change().actionReason()).isEqualTo("replace_because_cannot_update");
        assertThat(replaced.change().replacePaths()).containsExactly("at_rest_encryption_enabled");
        assertThat(replaced.change().before().get("at_rest_encryption_enabled"))
                .isEqualTo(Value.of(false));
        assertThat(replaced.value("at_rest_encryption_enabled")).isEqualTo(Value.of(true));

        Resource cbd = rs.get("aws_elasticache_replication_group.strings");
        assertThat(cbd.change().actions()).containsExactly("create", "delete");
        assertThat(cbd.change().isReplace()).isTrue();
        assertThat(cbd.change().replacePaths())
                .containsExactly("at_rest_encryption_enabled", "node_type");
        assertThat(cbd.change().actionReason()).isNull();

        Resource rotated = rs.get("aws_kms_key.rotated");
        assertThat(rotated.change().before().get("enable_key_rotation")).isEqualTo(Value.of(false));
        assertThat(rotated.value("enable_key_rotation")).isEqualTo(Value.of(true));
    }

    @Test
    void readsStringBooleansLikeBooleans() {
        Resource r = byAddress(load("changes")).get("aws_elasticache_replication_group.strings");

        assertThat(r.value("at_rest_encryption_enabled").asBool()).isTrue();
        assertThat(r.value("transit_encryption_enabled").asBool()).isFalse();
        assertThat(r.change().before().get("at_rest_encryption_enabled").asBool()).isFalse();
    }

    @Test
    void keepsIrrelevantTypesWithAddressAndChangeOnly() {
        Path plan = FIXTURES.resolve("changes/plan.json");
        LoadOptions rules =
                new LoadOptions(RULE_TYPES, List.of(), Map.of(), Path.of("").toAbsolutePath());

        Resource bucket = byAddress(load(plan, rules)).get("aws_s3_bucket.logs");

        assertThat(bucket.attributes()).isEmpty();
        assertThat(bucket.change().actions()).containsExactly("no-op");
        assertThat(
                        byAddress(load(plan, LoadOptions.defaults()))
                                .get("aws_s3_bucket.logs")
                                .value("bucket"))
                .isEqualTo(Value.of("acme-logs"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // secrets

    @Test
    void neverKeepsSensitiveAuthToken() {
        Map<String, Resource> rs = byAddress(load("unknown-values"));
        Attr token = rs.get("aws_elasticache_replication_group.new_key").attr("auth_token");

        assertThat(token.sensitive()).isTrue();
        assertThat(token.value()).isEqualTo(Value.of(PlanValues.SENSITIVE));
        assertThat(
                        rs.get("aws_elasticache_replication_group.legacy_key")
                                .value("auth_token")
                                .isNull())
                .isTrue();
        assertThat(rs.values().toString()).doesNotContain(SECRET);

        Map<String, Resource> changes = byAddress(load("changes"));
        Resource replaced = changes.get("aws_elasticache_replication_group.replaced");
        assertThat(replaced.change().before().get("auth_token"))
                .isEqualTo(Value.of(PlanValues.SENSITIVE));
        assertThat(changes.values().toString()).doesNotContain(SECRET);
    }

    @Test
    void keepsSecretsOutOfErrorMessages() throws IOException {
        Path plan =
                write(
                        "secret.json",
                        "{\"format_version\":\"1.2\",\n\"resource_changes\":[{\"auth_token\": "
                                + "hunter2SuperSecret}]}");

        Model model = load(plan, LoadOptions.defaults());

        assertThat(model.errors()).hasSize(1);
        assertThat(model.errors().get(0).line()).isEqualTo(2);
        assertThat(model.errors().get(0).message())
                .startsWith("invalid JSON")
                .doesNotContain("hunter2");
    }

    // ---------------------------------------------------------------------------------------------------------
    // encodings

    @Test
    void readsByteOrderMarksAndUtf16() throws IOException {
        List<Resource> expected = load("unknown-values").resources();
        List<Path> encoded;
        try (Stream<Path> files = Files.list(FIXTURES.resolve("encodings"))) {
            encoded = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }

        assertThat(encoded).hasSize(3);
        for (Path file : encoded) {
            Model model = load(file, LoadOptions.defaults());
            assertThat(model.errors()).as(file.toString()).isEmpty();
            assertThat(model.resources()).as(file.toString()).isEqualTo(expected);
            assertThat(PlanLoader.looksLikePlan(file)).as(file.toString()).isTrue();
        }
    }

    @Test
    void readsUtf16CorpusPlans() {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
        for (String name : List.of("checkov-plan-utf16.json", "checkov-plan-win-utf16.json")) {
            Path file = CORPUS.resolve(name);
            Model model = load(file, LoadOptions.defaults());
            assertThat(model.errors()).as(name).isEmpty();
            assertThat(model.resources()).as(name).isNotEmpty();
            assertThat(model.resources()).allSatisfy(r -> assertThat(r.attributes()).isNotEmpty());
            assertThat(PlanLoader.looksLikePlan(file)).as(name).isTrue();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // recognition and errors

    @Test
    void recognisesPlansByContent() throws IOException {
        Path renamed = Files.copy(FIXTURES.resolve("modules/plan.json"), tmp.resolve("tfplan.txt"));

        assertThat(PlanLoader.looksLikePlan(renamed)).isTrue();
        assertThat(PlanLoader.looksLikePlan(FIXTURES.resolve("modules/main.tf"))).isFalse();
        assertThat(
                        PlanLoader.looksLikePlan(
                                write("package.json", "{\"name\": \"x\", \"version\": \"1.0.0\"}")))
                .isFalse();
        assertThat(PlanLoader.looksLikePlan(write("empty.json", ""))).isFalse();
        assertThat(PlanLoader.looksLikePlan(tmp.resolve("missing.json"))).isFalse();
    }

    @Test
    void reportsInvalidJsonWithItsLine() throws IOException {
        Path plan =
                write(
                        "broken.json",
                        """
                {
                  "format_version": "1.2",
                  "resource_changes": [
                    {
                      "address": "aws_kms_key.a"
                      "mode": "managed"
                    }
                  ]
                }
                """);

        assertThat(load(plan, LoadOptions.defaults()).errors())
                .extracting(InputError::file, InputError::line)
                .containsExactly(tuple(LoadOptions.defaults().display(plan), 6));
    }

    @Test
    void describesSyntaxErrorsWithoutParserInternals() throws IOException {
        Path plan = write("close.json", "{\"format_version\": \"1.2\",\n\"resource_changes\": [}");

        assertThat(load(plan, LoadOptions.defaults()).errors())
                .extracting(InputError::line, InputError::message)
                .containsExactly(
                        tuple(2, "invalid JSON: unexpected close marker '}': expected ']'"));
    }

    @Test
    void reportsTruncatedPlanAndKeepsResourcesReadBefore() throws IOException {
        String full = Files.readString(FIXTURES.resolve("changes/plan.json"));
        int cut = full.indexOf("\"configuration\"");
        String truncated = full.substring(0, cut + 40);
        Path plan = write("truncated.json", truncated);

        Model model = load(plan, LoadOptions.defaults());

        assertThat(model.errors())
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.message())
                                    .isEqualTo(
                                            "unexpected end of file: the plan JSON is truncated");
                            assertThat(e.line()).isEqualTo((int) truncated.lines().count());
                        });
        assertThat(byAddress(model)).containsKey("aws_kms_key.rotated");
    }

    @Test
    void reportsTrailingData() throws IOException {
        Path plan =
                write("trailing.json", "{\"format_version\":\"1.2\",\"resource_changes\":[]}\n}\n");

        assertThat(load(plan, LoadOptions.defaults()).errors())
                .extracting(InputError::line, InputError::message)
                .containsExactly(tuple(2, "unexpected data after the end of the plan JSON"));
    }

    @Test
    void reportsJsonThatIsNotAPlan() throws IOException {
        assertThat(errorOf("{\"name\": \"x\"}"))
                .isEqualTo(
                        "no resource_changes or planned_values: not a Terraform plan (is this terraform show -json output?)");
        assertThat(errorOf("[1, 2]"))
                .isEqualTo(
                        "expected a JSON object at the top level (is this terraform show -json output?)");
        assertThat(errorOf("{\"format_version\": \"1.2\", \"resource_changes\": {}}"))
                .isEqualTo(
                        "expected an array at \"resource_changes\" (is this terraform show -json output?)");
        assertThat(
                        errorOf(
                                "{\"format_version\": \"1.0\", \"terraform_version\": \"1.9.8\", \"values\": {}}"))
                .startsWith("terraform show -json output of a state, not of a plan");
        assertThat(errorOf("{\"format_version\": \"2.0\", \"resource_changes\": []}"))
                .isEqualTo(
                        "unsupported plan format_version \"2.0\" (tfguard reads format 0.x and 1.x)");
    }

    @Test
    void reportsEmptyAndBinaryFiles() throws IOException {
        assertThat(errorOf("")).isEqualTo("empty file (expected terraform show -json output)");
        assertThat(errorOf("\uFEFF  \n"))
                .isEqualTo("empty file (expected terraform show -json output)");

        Path zip = tmp.resolve("tfplan");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0, 0, 0, (byte) 0x9c, 0x5a});
        assertThat(load(zip, LoadOptions.defaults()).errors())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("a binary plan file, not JSON"));

        Path binary = tmp.resolve("image.png");
        Files.write(
                binary,
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        assertThat(load(binary, LoadOptions.defaults()).errors())
                .singleElement()
                .satisfies(
                        e ->
                                assertThat(e.message())
                                        .isEqualTo(
                                                "not a JSON document (expected terraform show -json output)"));
    }

    @Test
    void reportsDeepNestingAsError() throws IOException {
        int depth = 100_000;
        String deep =
                "{\"format_version\":\"1.2\",\"resource_changes\":[{\"address\":\"a.b\",\"type\":\"a\",\"name\":\"b\","
                        + "\"change\":{\"actions\":[\"create\"],\"after\":{\"x\":"
                        + "[".repeat(depth)
                        + "]".repeat(depth)
                        + "}}}]}";

        Model model = load(write("deep.json", deep), LoadOptions.defaults());

        assertThat(model.errors())
                .singleElement()
                .satisfies(
                        e ->
                                assertThat(e.message())
                                        .isEqualTo("JSON nested more than 1000 levels deep"));
    }

    @Test
    void reportsMissingFileAndFolder() {
        assertThat(load(tmp.resolve("nope.json"), LoadOptions.defaults()).errors())
                .extracting(InputError::line, InputError::message)
                .containsExactly(tuple(0, "no such file"));
        assertThat(load(tmp, LoadOptions.defaults()).errors())
                .extracting(InputError::message)
                .containsExactly("a folder, not a plan file");
    }

    // ---------------------------------------------------------------------------------------------------------
    // planned_values fallback

    @Test
    void readsPlannedValuesWhenThereAreNoResourceChanges() throws IOException {
        ObjectNode doc = (ObjectNode) json(FIXTURES.resolve("unknown-values/plan.json"));
        doc.remove("resource_changes");
        Path plan = write("planned-only.json", doc.toString());

        Model model = load(plan, LoadOptions.defaults());

        assertThat(model.errors()).isEmpty();
        Resource r = byAddress(model).get("aws_elasticache_replication_group.new_key");
        assertThat(r.change()).isNull();
        assertThat(r.value("kms_key_id"))
                .isEqualTo(Value.unknown("known after apply: aws_kms_key.cache.arn"));
        assertThat(r.value("transit_encryption_enabled").asBool()).isTrue();
        assertThat(r.value("at_rest_encryption_enabled").isNull()).isTrue();
        assertThat(r.value("auth_token")).isEqualTo(Value.of(PlanValues.SENSITIVE));
        assertThat(byAddress(model)).hasSize(4);
    }

    /**
     * Issue 20: a plan without sensitivity marks (Terraform 0.12 to 0.14) still hides a MemoryDB
     * user's {@code authentication_mode.passwords}: secret-named arguments inside nested blocks are
     * masked, the block's other arguments kept.
     */
    @Test
    void masksSecretArgumentsInsideBlocksOfUnmarkedPlans() throws IOException {
        ObjectNode doc = (ObjectNode) json(FIXTURES.resolve("rules/memorydb/insecure/plan.json"));
        doc.put("terraform_version", "0.14.11");
        doc.get("resource_changes")
                .forEach(
                        rc ->
                                ((ObjectNode) rc.get("change"))
                                        .remove(List.of("after_sensitive", "before_sensitive")));
        doc.at("/planned_values/root_module/resources")
                .forEach(r -> ((ObjectNode) r).remove("sensitive_values"));
        Path plan = write("unmarked.json", doc.toString());
        assertThat(doc.toString()).contains("example-token-not-a-secret-0003");

        Resource user = byAddress(load(plan, LoadOptions.defaults())).get("aws_memorydb_user.app");

        assertThat(user.attr("authentication_mode").sensitive()).isTrue();
        assertThat(user.value("authentication_mode").toJava())
                .asList()
                .singleElement()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("type", "password")
                .containsEntry("passwords", List.of(PlanValues.SENSITIVE));
    }

    /**
     * Issue 7: a data source read while planning is only in prior_state; rules follow references to
     * it.
     */
    @Test
    void keepsDataSourcesReadWhilePlanning() throws IOException {
        Path plan = Path.of("testdata/plan/rules/caches-and-keys/insecure/plan.json");
        Model model =
                load(
                        plan,
                        new LoadOptions(
                                java.util.Set.of("aws_kms_key"),
                                List.of(),
                                Map.of(),
                                Path.of("").toAbsolutePath()));

        Resource key = byAddress(model).get("data.aws_kms_key.orders");
        assertThat(key.mode()).isEqualTo(dev.tfguard.model.Mode.DATA);
        assertThat(key.value("key_manager").asString()).isEqualTo("AWS");
        assertThat(key.value("key_id").asString()).isEqualTo("alias/aws/elasticache");
        assertThat(model.resources())
                .filteredOn(r -> r.address().equals("data.aws_kms_key.orders"))
                .hasSize(1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // real plans

    @Test
    void loadsEveryCorpusPlan() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present");
        List<Path> plans;
        try (Stream<Path> files = Files.list(CORPUS)) {
            plans = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        List<String> failing = new ArrayList<>();
        for (Path plan : plans) {
            Model model = load(plan, LoadOptions.defaults());
            if (!model.errors().isEmpty()) {
                failing.add(plan.getFileName().toString());
            }
        }

        assertThat(plans).hasSizeGreaterThan(50);
        assertThat(failing).containsExactly("tfjson-invalid.json");
        Map<String, Resource> noChanges =
                byAddress(
                        load(
                                CORPUS.resolve("trivy-plan-no-resource-changes.json"),
                                LoadOptions.defaults()));
        assertThat(noChanges).containsOnlyKeys("null_resource.a");
        // 55 resource changes, and the 4 data sources Terraform read while planning (prior_state
        // only)
        assertThat(
                        byAddress(
                                load(
                                        CORPUS.resolve("checkov-parser-plan-tags.json"),
                                        LoadOptions.defaults())))
                .hasSize(59)
                .containsKeys(
                        "data.aws_ami.amazon-linux-2",
                        "data.aws_caller_identity.current",
                        "data.aws_iam_policy_document.iam_policy_eks",
                        "data.aws_iam_policy_document.policy");
    }

    @Test
    void reportsCorpusTrailingDataAtItsLine() {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not present");

        assertThat(load(CORPUS.resolve("tfjson-invalid.json"), LoadOptions.defaults()).errors())
                .extracting(InputError::line)
                .containsExactly(676);
    }

    @Test
    void matchesGeneratorGroundTruth() throws Exception {
        assumeTrue(Files.isRegularFile(GENERATOR), "generator not present");
        Path plan = tmp.resolve("plan-1k.json");
        Process python;
        try {
            python =
                    new ProcessBuilder(
                                    "python3",
                                    GENERATOR.toString(),
                                    "-n",
                                    "1000",
                                    "-s",
                                    "1",
                                    "-m",
                                    "3",
                                    "-o",
                                    plan.toString())
                            .redirectErrorStream(true)
                            .redirectOutput(tmp.resolve("gen.log").toFile())
                            .start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not available");
            return;
        }
        assumeTrue(
                python.waitFor(120, TimeUnit.SECONDS) && python.exitValue() == 0,
                "generator failed");
        JsonNode expected = json(Path.of(plan + ".expected.json"));
        LoadOptions rules =
                new LoadOptions(RULE_TYPES, List.of(), Map.of(), Path.of("").toAbsolutePath());

        Model model = load(plan, rules);
        Map<String, Resource> rs = byAddress(model);

        assertThat(model.errors()).isEmpty();
        assertThat(rs).hasSameSizeAs(model.resources());
        Set<String> planned = new HashSet<>();
        for (JsonNode rc : json(plan).get("resource_changes")) {
            String type = rc.get("type").textValue();
            boolean deleteOnly = rc.at("/change/actions").toString().equals("[\"delete\"]");
            if ((type.equals(ERG) || type.equals("aws_kms_key")) && !deleteOnly) {
                planned.add(rc.get("address").textValue());
            }
        }
        Set<String> loaded =
                rs.values().stream()
                        .filter(r -> r.type().equals(ERG) || r.type().equals("aws_kms_key"))
                        .map(Resource::address)
                        .collect(Collectors.toSet());
        assertThat(loaded).isEqualTo(planned);
        assertThat(rs.values())
                .filteredOn(r -> !RULE_TYPES.contains(r.type()))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.attributes()).isEmpty());

        JsonNode notes = expected.get("notes");
        for (JsonNode a : notes.get("kms_key_id_unknown_but_referenced")) {
            Attr kms = rs.get(a.textValue()).attr("kms_key_id");
            assertThat(kms.value().isUnknown()).as(a.textValue()).isTrue();
            assertThat(kms.references())
                    .as(a.textValue())
                    .anyMatch(ref -> ref.contains("aws_kms_key."));
        }
        for (JsonNode a : notes.get("kms_key_id_via_module_variable")) {
            Resource r = rs.get(a.textValue());
            String key =
                    r.attr("kms_key_id").references().stream()
                            .filter(ref -> ref.matches("(module\\.[^.]+\\.)*aws_kms_key\\.[^.]+"))
                            .findFirst()
                            .orElseThrow();
            String keyModule = Addresses.modulePathOf(key);
            assertThat(r.modulePath())
                    .as(a.textValue())
                    .startsWith(keyModule)
                    .isNotEqualTo(keyModule);
            assertThat(rs).containsKey(key);
        }
        for (JsonNode a : notes.get("kms_key_id_external_constant")) {
            assertThat(rs.get(a.textValue()).value("kms_key_id").asString())
                    .startsWith("arn:aws:kms:");
        }
        for (JsonNode a : notes.get("auth_token_unknown_random_password")) {
            Attr token = rs.get(a.textValue()).attr("auth_token");
            assertThat(token.value().isUnknown()).isTrue();
            assertThat(token.sensitive()).isTrue();
            assertThat(token.references()).anyMatch(ref -> ref.contains("random_password."));
        }
        for (JsonNode a : notes.get("kms_rotation_enabled_by_this_update")) {
            Resource key = rs.get(a.textValue());
            assertThat(key.change().before().get("enable_key_rotation").asBool()).isFalse();
            assertThat(key.value("enable_key_rotation").asBool()).isTrue();
        }

        // The rules' ground truth, read back from the loaded values.
        JsonNode violations = expected.get("violations");
        assertViolations(
                rs,
                violations,
                "TFG-EC-001",
                ERG,
                r -> r.value("at_rest_encryption_enabled").asBool() != Boolean.TRUE);
        assertViolations(rs, violations, "TFG-EC-002", ERG, r -> r.value("kms_key_id").isNull());
        assertViolations(
                rs,
                violations,
                "TFG-EC-003",
                ERG,
                r -> r.value("transit_encryption_enabled").asBool() != Boolean.TRUE);
        assertViolations(
                rs,
                violations,
                "TFG-EC-004",
                ERG,
                r ->
                        r.value("auth_token").isNull()
                                && (r.value("user_group_ids").isNull()
                                        || r.value("user_group_ids").isEmptyKnown()));
        assertViolations(
                rs,
                violations,
                "TFG-KMS-001",
                "aws_kms_key",
                r ->
                        "SYMMETRIC_DEFAULT".equals(r.value("customer_master_key_spec").asString())
                                && "ENCRYPT_DECRYPT".equals(r.value("key_usage").asString())
                                && r.value("enable_key_rotation").asBool() != Boolean.TRUE);
    }

    private static void assertViolations(
            Map<String, Resource> rs,
            JsonNode violations,
            String rule,
            String type,
            Function<Resource, Boolean> violates) {
        Set<String> expected = new HashSet<>();
        violations.get(rule).forEach(v -> expected.add(v.get("address").textValue()));
        Set<String> actual =
                rs.values().stream()
                        .filter(r -> r.type().equals(type) && violates.apply(r))
                        .map(Resource::address)
                        .collect(Collectors.toSet());
        assertThat(actual).as(rule).isEqualTo(expected);
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private static Model load(String fixture) {
        return load(FIXTURES.resolve(fixture).resolve("plan.json"), LoadOptions.defaults());
    }

    private static Model load(Path plan, LoadOptions options) {
        Model model = new Model();
        new PlanLoader().load(plan, options, model);
        return model;
    }

    private static Map<String, Resource> byAddress(Model model) {
        return model.resources().stream().collect(Collectors.toMap(Resource::address, r -> r));
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    }

    private String errorOf(String content) throws IOException {
        Model model = load(write("input.json", content), LoadOptions.defaults());
        assertThat(model.errors()).hasSize(1);
        return model.errors().get(0).message();
    }
}
