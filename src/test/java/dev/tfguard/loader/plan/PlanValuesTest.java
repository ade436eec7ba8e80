package dev.tfguard.loader.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void marksUnknownListElementsAndObjectMembers() throws Exception {
        // Terraform writes unknown list elements as null and leaves unknown object members out of
        // "after".
        Object v =
                PlanValues.convert(
                        json(
                                "{\"ids\": [null, \"sg-1\"], \"log\": [{\"destination_type\": \"s3\"}]}"),
                        json("{\"ids\": [true, false], \"log\": [{\"destination\": true}]}"),
                        null);

        assertThat(v)
                .isEqualTo(
                        Map.of(
                                "ids",
                                Arrays.asList(PlanValues.UNKNOWN, "sg-1"),
                                "log",
                                List.of(
                                        Map.of(
                                                "destination_type",
                                                "s3",
                                                "destination",
                                                PlanValues.UNKNOWN))));
    }

    @Test
    void masksOnlyTheSensitiveParts() throws Exception {
        Object v =
                PlanValues.convert(
                        json("{\"Name\": \"cache\", \"Token\": \"abc\", \"Empty\": \"\"}"),
                        null,
                        json("{\"Token\": true, \"Empty\": true}"));

        assertThat(v)
                .isEqualTo(Map.of("Name", "cache", "Token", PlanValues.SENSITIVE, "Empty", ""));
        assertThat(PlanValues.anyTrue(json("{\"Token\": true}"))).isTrue();
        assertThat(PlanValues.anyTrue(json("{\"tags\": {}, \"ids\": [false]}"))).isFalse();
    }

    @Test
    void masksWholeSecretsButKeepsTheirShape() {
        assertThat(PlanValues.mask("")).isEqualTo("");
        assertThat(PlanValues.mask(null)).isNull();
        assertThat(PlanValues.mask(Boolean.TRUE)).isEqualTo(PlanValues.SENSITIVE);
        assertThat(PlanValues.mask(Map.of("k", List.of("a", ""))))
                .isEqualTo(Map.of("k", List.of(PlanValues.SENSITIVE, "")));
    }

    @Test
    void keepsNumbersExact() throws Exception {
        Object v = PlanValues.convert(json("[1, 12345678901234567890, 0.1]"), null, null);

        assertThat(v)
                .isEqualTo(
                        List.of(
                                BigDecimal.ONE,
                                new BigDecimal("12345678901234567890"),
                                new BigDecimal("0.1")));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
