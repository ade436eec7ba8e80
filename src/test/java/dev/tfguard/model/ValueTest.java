package dev.tfguard.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueTest {

    @Test
    void unknownsSitInsideKnownCollections() {
        Value obj =
                Value.object(
                        Map.of(
                                "encrypt",
                                Value.unknown("known after apply"),
                                "name",
                                Value.string("a")));

        assertThat(obj.isKnown()).isTrue();
        assertThat(obj.isWhollyKnown()).isFalse();
        assertThat(obj.get("encrypt").isUnknown()).isTrue();
        assertThat(obj.get("name").asString()).isEqualTo("a");
        assertThat(obj.get("missing").isNull()).isTrue();
    }

    @Test
    void objectsAndMapsAreOrderedByKeyAsInTerraform() {
        Value obj =
                Value.object(
                        new java.util.LinkedHashMap<>(
                                Map.of("b", Value.number(1), "a", Value.number(2))));

        assertThat(obj.attributes().keySet()).containsExactly("a", "b");
    }

    @Test
    void setsDropDuplicatesAndSortStrings() {
        Value set =
                Value.set(
                        List.of(Value.string("b"), Value.string("a"), Value.string("b")),
                        Type.STRING);

        assertThat(set.toJava()).isEqualTo(List.of("a", "b"));
        assertThat(set.type()).isEqualTo(Type.set(Type.STRING));
    }

    @Test
    void equalityFollowsTerraform() {
        assertThat(Value.same(Value.number(new BigDecimal("1.0")), Value.number(1))).isTrue();
        assertThat(Value.same(Value.string("1"), Value.number(1))).isFalse();
        assertThat(
                        Value.same(
                                Value.tuple(List.of(Value.string("a"))),
                                Value.list(List.of(Value.string("a")), null)))
                .isFalse();
    }

    @Test
    void marksAccumulate() {
        Value v =
                Value.string("x")
                        .withMarks(Marks.ref("aws_kms_key.k.arn"))
                        .withMarks(new Marks(java.util.Set.of(), true, false));

        assertThat(v.marks().refs()).containsExactly("aws_kms_key.k.arn");
        assertThat(v.sensitive()).isTrue();
    }

    @Test
    void unknownRefinementsAreKept() {
        Value.Unknown u = Value.unknown(Type.STRING, "later").refinePrefix("arn:aws:iam::");

        assertThat(u.notNull()).isTrue();
        assertThat(u.prefix()).isEqualTo("arn:aws:iam::");
        assertThat(Value.unknown(Type.STRING, "later").notNull()).isFalse();
    }

    @Test
    void plainJavaDataBecomesValues() {
        Value v = Value.of(Map.of("ids", List.of("a", "b"), "n", 3));

        assertThat(v.get("ids").get(1).asString()).isEqualTo("b");
        assertThat(v.get("n").asNumber()).isEqualByComparingTo("3");
        assertThat(v.toJava())
                .isEqualTo(Map.of("ids", List.of("a", "b"), "n", new BigDecimal("3")));
    }
}
