package dev.tfguard.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceTest {

    @Test
    void splitsModuleResourceKeyAndPath() {
        Reference r = Reference.parse("module.a[\"x\"].module.b.aws_kms_key.k[\"eu\"].arn");
        assertThat(r.modulePath()).isEqualTo("module.a[\"x\"].module.b");
        assertThat(r.blockAddress()).isEqualTo("module.a.module.b.aws_kms_key.k");
        assertThat(r.indexKey()).isEqualTo("[\"eu\"]");
        assertThat(r.path()).containsExactly("arn");
    }

    @Test
    void dataSourcesAndCountIndexes() {
        assertThat(Reference.parse("data.aws_kms_key.by_alias.arn").blockAddress())
                .isEqualTo("data.aws_kms_key.by_alias");
        Reference counted = Reference.parse("aws_kms_key.k[0].key_id");
        assertThat(counted.indexKey()).isEqualTo("[0]");
        assertThat(counted.path()).isEqualTo(List.of("key_id"));
    }

    @Test
    void variablesLocalsAndModuleOutputsNameNoResource() {
        assertThat(Reference.parse("var.kms_key_arn").blockAddress()).isNull();
        assertThat(Reference.parse("local.key").blockAddress()).isNull();
        assertThat(Reference.parse("each.value").blockAddress()).isNull();
        assertThat(Reference.parse("module.kms.key_arn").blockAddress()).isNull();
    }

    @Test
    void keysWithDotsAndQuotesStayWhole() {
        assertThat(Reference.steps("aws_x.y[\"a.b\\\"c\"].id"))
                .containsExactly("aws_x", "y", "[\"a.b\\\"c\"]", "id");
    }
}
