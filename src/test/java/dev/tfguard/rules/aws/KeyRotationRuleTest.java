package dev.tfguard.rules.aws;

import static dev.tfguard.ResourceBuilder.res;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.engine.Runner;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TFG-KMS-001 edge cases: which keys can rotate, and the caches found through the graph. */
class KeyRotationRuleTest {
    private static final String RG = "aws_elasticache_replication_group.";

    private static List<Finding> run(Resource... resources) {
        return Runner.run(
                List.of(RuleCatalog.builtIn().get("TFG-KMS-001")),
                new ResourceGraph(List.of(resources)));
    }

    @Test
    void flagsOnlyKeysThatCanRotate() {
        List<Finding> f =
                run(
                        res("aws_kms_key.plain").build(),
                        res("aws_kms_key.on").set("enable_key_rotation", true).build(),
                        res("aws_kms_key.string_on").set("enable_key_rotation", "true").build(),
                        res("aws_kms_key.rsa").set("customer_master_key_spec", "RSA_2048").build(),
                        res("aws_kms_key.hmac")
                                .set("customer_master_key_spec", "HMAC_256")
                                .set("key_usage", "GENERATE_VERIFY_MAC")
                                .build(),
                        res("aws_kms_key.sign").set("key_usage", "SIGN_VERIFY").build(),
                        res("aws_kms_key.store").set("custom_key_store_id", "cks-1").build(),
                        res("aws_kms_key.sym")
                                .set("customer_master_key_spec", "SYMMETRIC_DEFAULT")
                                .set("enable_key_rotation", false)
                                .build());
        assertThat(f)
                .extracting(Finding::resource, Finding::unverified)
                .containsExactlyInAnyOrder(
                        tuple("aws_kms_key.plain", false), tuple("aws_kms_key.sym", false));
    }

    @Test
    void namesTheCachesThatUseTheKeyDirectlyOrThroughAnAlias() {
        List<Finding> f =
                run(
                        res("aws_kms_key.k").build(),
                        res("aws_kms_alias.a")
                                .ref("target_key_id", null, "aws_kms_key.k.key_id", "aws_kms_key.k")
                                .build(),
                        res(RG + "direct")
                                .unknown("kms_key_id", "aws_kms_key.k.arn", "aws_kms_key.k")
                                .build(),
                        res(RG + "via_alias")
                                .unknown(
                                        "kms_key_id",
                                        "aws_kms_alias.a.target_key_arn",
                                        "aws_kms_alias.a")
                                .build(),
                        res("aws_cloudwatch_log_group.logs")
                                .unknown("kms_key_id", "aws_kms_key.k.arn")
                                .build());
        assertThat(f)
                .singleElement()
                .extracting(Finding::message)
                .isEqualTo(
                        "aws_kms_key.k: enable_key_rotation is not set, and the provider default is false; it encrypts "
                                + RG
                                + "direct, "
                                + RG
                                + "via_alias");
    }

    @Test
    void keyOutsideTheConfigurationIsUnverified() {
        List<Finding> f =
                run(
                        res("data.aws_kms_key.shared").build(),
                        res(RG + "data_key")
                                .unknown(
                                        "kms_key_id",
                                        "data.aws_kms_key.shared.arn",
                                        "data.aws_kms_key.shared")
                                .build(),
                        res(RG + "literal")
                                .set("kms_key_id", "arn:aws:kms:eu-west-1:111122223333:key/k-1")
                                .build());
        assertThat(f)
                .extracting(Finding::resource, Finding::unverified)
                .containsExactly(tuple(RG + "data_key", true), tuple(RG + "literal", true));
        assertThat(f.get(1).message()).contains("arn:aws:kms:eu-west-1:111122223333:key/k-1");
    }

    @Test
    void moduleInstanceKeysResolveToTheSameInstance() {
        List<Finding> f =
                run(
                        res("module.c[\"eu\"].aws_kms_key.k").build(),
                        res("module.c[\"us\"].aws_kms_key.k")
                                .set("enable_key_rotation", true)
                                .build(),
                        res("module.c[\"eu\"]." + RG + "r")
                                .unknown("kms_key_id", "module.c.aws_kms_key.k.arn")
                                .build());
        assertThat(f)
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .endsWith("it encrypts module.c[\"eu\"]." + RG + "r");
    }

    /**
     * Issue 7: a cache block instantiated twice (two module instances) was named twice ("it
     * encrypts X, X").
     */
    @Test
    void namesEachCacheOnceWhenSeveralInstancesShareAnAddress() {
        List<Finding> f =
                run(
                        res("module.c.aws_kms_key.k").build(),
                        res("module.c." + RG + "r")
                                .unknown("kms_key_id", "module.c.aws_kms_key.k.arn")
                                .build(),
                        res("module.c." + RG + "r")
                                .unknown("kms_key_id", "module.c.aws_kms_key.k.arn")
                                .build());
        assertThat(f)
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .endsWith("; it encrypts module.c." + RG + "r");
    }

    @Test
    void awsManagedKeysAreNotUnverified() {
        List<Finding> f =
                run(
                        res("data.aws_kms_key.managed")
                                .set("key_id", "alias/aws/elasticache")
                                .build(),
                        res(RG + "via_data")
                                .unknown(
                                        "kms_key_id",
                                        "data.aws_kms_key.managed.arn",
                                        "data.aws_kms_key.managed")
                                .build(),
                        res(RG + "literal")
                                .set(
                                        "kms_key_id",
                                        "arn:aws:kms:eu-west-1:111122223333:alias/aws/elasticache")
                                .build());
        assertThat(f).isEmpty();
    }
}
