package dev.tfguard.loader.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressesTest {

    @Test
    void keepsInstanceKeysWithDotsAndBracketsOnTheirStep() {
        assertThat(Addresses.steps("module.a[\"x.y]\\\"z\"].aws_kms_key.k[0]"))
                .containsExactly("module", "a[\"x.y]\\\"z\"]", "aws_kms_key", "k[0]");
    }

    @Test
    void stripsInstanceKeysFromModulePaths() {
        assertThat(Addresses.withoutKeys("module.a[\"x.y\"].module.b[0]"))
                .isEqualTo("module.a.module.b");
        assertThat(Addresses.withoutKeys("module.a.module.b")).isEqualTo("module.a.module.b");
        assertThat(Addresses.withoutKeys("")).isEmpty();
    }

    @Test
    void findsTheCallingModule() {
        assertThat(Addresses.parentModule("module.a[\"k\"].module.b[0]"))
                .isEqualTo("module.a[\"k\"]");
        assertThat(Addresses.parentModule("module.a")).isEmpty();
    }

    @Test
    void findsTheModuleOfAResourceAddress() {
        assertThat(Addresses.modulePathOf("module.a[\"k.1\"].module.b.data.aws_region.current"))
                .isEqualTo("module.a[\"k.1\"].module.b");
        assertThat(Addresses.modulePathOf("aws_kms_key.k[\"module.x\"]")).isEmpty();
    }
}
