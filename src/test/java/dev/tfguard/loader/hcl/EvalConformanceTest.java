package dev.tfguard.loader.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.model.Model;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * tfguard's values ({@code tfguard values}) against Terraform's recorded plan for every case of the
 * conformance suite in {@code testdata/eval} (issue 15): the same value, unknown-ness and
 * sensitivity for each output. Cases listed in {@code exclusions.txt} are compared by type only, or
 * not at all, as the list says; an excluded case that comes to agree with Terraform fails, so that
 * the list is kept to what still differs.
 */
class EvalConformanceTest {

    private static final ObjectMapper MAPPER =
            new ObjectMapper()
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    /** How an excluded case is compared. */
    enum Mode {
        TYPE_ONLY,
        EXCLUDED
    }

    record Exclusion(Mode mode, String reason) {}

    /**
     * {@code exclusions.txt}: {@code group/output type-only|excluded reason}, {@code #} comments.
     */
    static Map<String, Exclusion> exclusions() throws IOException {
        Map<String, Exclusion> out = new LinkedHashMap<>();
        for (String line :
                Files.readAllLines(EvalSuiteCoverageTest.SUITE.resolve("exclusions.txt"))) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\s+", 3);
            if (parts.length < 3) {
                throw new IllegalStateException(
                        "exclusions.txt: a case, a mode and a reason: " + line);
            }
            Mode mode =
                    switch (parts[1]) {
                        case "type-only" -> Mode.TYPE_ONLY;
                        case "excluded" -> Mode.EXCLUDED;
                        default ->
                                throw new IllegalStateException(
                                        "exclusions.txt: unknown mode " + parts[1]);
                    };
            out.put(parts[0], new Exclusion(mode, parts[2]));
        }
        return out;
    }

    static List<Path> groups() throws IOException {
        try (Stream<Path> s = Files.list(EvalSuiteCoverageTest.SUITE.resolve("cases"))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("expected.json"))).sorted().toList();
        }
    }

    /**
     * tfguard's {@code output_changes} for one group, as {@code tfguard values --show-secrets}
     * prints them.
     */
    static JsonNode actual(Path group) throws IOException {
        Model model = new Model();
        Path abs = group.toAbsolutePath();
        ObjectNode doc =
                new HclLoader(1)
                        .values(abs, new LoadOptions(null, List.of(), Map.of(), abs), model, true);
        return MAPPER.readTree(MAPPER.writeValueAsString(doc.get("output_changes")));
    }

    @TestFactory
    Stream<DynamicNode> everyCaseAgreesWithTerraform() throws IOException {
        Map<String, Exclusion> excluded = exclusions();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path group : groups()) {
            String name = group.getFileName().toString();
            JsonNode expected =
                    MAPPER.readTree(group.resolve("expected.json").toFile()).get("output_changes");
            JsonNode evaluated;
            RuntimeException crash = null;
            try {
                evaluated = actual(group);
            } catch (RuntimeException e) {
                evaluated = MAPPER.createObjectNode();
                crash = e;
            }
            JsonNode actual = evaluated;
            RuntimeException failure = crash;
            List<DynamicTest> tests = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String id = name + "/" + e.getKey();
                JsonNode want = e.getValue();
                JsonNode got = actual.get(e.getKey());
                Exclusion ex = excluded.get(id);
                tests.add(
                        DynamicTest.dynamicTest(
                                e.getKey(),
                                () -> {
                                    if (failure != null) {
                                        throw new AssertionError(
                                                name + " could not be evaluated", failure);
                                    }
                                    check(id, want, got, ex);
                                }));
            }
            nodes.add(DynamicContainer.dynamicContainer(name, tests));
        }
        return nodes.stream();
    }

    private static void check(String id, JsonNode want, JsonNode got, Exclusion ex) {
        String diff = difference(want, got);
        if (ex == null) {
            if (diff != null) {
                fail(id + ": " + diff + "\n  terraform: " + want + "\n  tfguard:   " + got);
            }
        } else if (ex.mode() == Mode.TYPE_ONLY) {
            assertThat(got).as(id).isNotNull();
            assertThat(type(got.get("after")))
                    .as(id + ": type of after")
                    .isEqualTo(type(want.get("after")));
            assertThat(got.get("after_unknown")).as(id).isEqualTo(want.get("after_unknown"));
        } else if (diff == null) {
            fail(
                    id
                            + " agrees with Terraform now: remove it from exclusions.txt ("
                            + ex.reason()
                            + ")");
        }
    }

    /** Why tfguard's entry differs from Terraform's, or null when they agree. */
    static String difference(JsonNode want, JsonNode got) {
        if (got == null) {
            return "tfguard has no such output";
        }
        if (want.has("error")) {
            return got.has("error")
                    ? null
                    : "Terraform reports an error ("
                            + want.get("error").asText()
                            + "), tfguard does not";
        }
        if (got.has("error")) {
            return "tfguard reports an error: " + got.get("error").asText();
        }
        if (!same(want.get("after_unknown"), got.get("after_unknown"))) {
            return "after_unknown differs";
        }
        if (want.has("after") != got.has("after")
                || want.has("after") && !same(want.get("after"), got.get("after"))) {
            return "after differs";
        }
        if (!same(want.get("after_sensitive"), got.get("after_sensitive"))) {
            return "after_sensitive differs";
        }
        return null;
    }

    /** JSON equality with numbers compared by value. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return new BigDecimal(a.asText()).compareTo(new BigDecimal(b.asText())) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!same(a.get(k), b.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static String type(JsonNode n) {
        return n == null ? "absent" : n.getNodeType().toString();
    }

    @Test
    void exclusionsNameRecordedCases() throws IOException {
        List<String> known = new ArrayList<>();
        for (Path group : groups()) {
            JsonNode expected =
                    MAPPER.readTree(group.resolve("expected.json").toFile()).get("output_changes");
            expected.fieldNames().forEachRemaining(n -> known.add(group.getFileName() + "/" + n));
        }
        assertThat(known).containsAll(exclusions().keySet());
    }
}
