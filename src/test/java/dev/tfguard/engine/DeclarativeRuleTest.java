package dev.tfguard.engine;

import static dev.tfguard.ResourceBuilder.res;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Resource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The declarative matcher through the built-in ElastiCache rules, on models built without a loader.
 */
class DeclarativeRuleTest {
    private static final String RG = "aws_elasticache_replication_group.";
    private final RuleCatalog catalog = RuleCatalog.builtIn();

    private List<Finding> run(String id, Resource... resources) {
        return Runner.run(List.of(catalog.get(id)), new ResourceGraph(List.of(resources)));
    }

    @Test
    void atRestDefaultDependsOnEngine() {
        List<Finding> f =
                run(
                        "TFG-EC-001",
                        res(RG + "redis").build(),
                        res(RG + "valkey").set("engine", "valkey").build(),
                        res(RG + "explicit_redis").set("engine", "redis").build());
        assertThat(f)
                .extracting(Finding::resource, Finding::message)
                .containsExactly(
                        tuple(
                                RG + "explicit_redis",
                                RG
                                        + "explicit_redis: at_rest_encryption_enabled is not set, and the "
                                        + "provider default for engine \"redis\" is false"),
                        tuple(
                                RG + "redis",
                                RG
                                        + "redis: at_rest_encryption_enabled is not set, and the provider default "
                                        + "for engine (not set) is false"));
    }

    @Test
    void stringBooleansMeanTheSameAsBooleans() {
        List<Finding> f =
                run(
                        "TFG-EC-001",
                        res(RG + "a").set("at_rest_encryption_enabled", "true").build(),
                        res(RG + "b").set("at_rest_encryption_enabled", "false").build(),
                        res(RG + "c").set("at_rest_encryption_enabled", false).build());
        assertThat(f).extracting(Finding::resource).containsExactly(RG + "b", RG + "c");
    }

    @Test
    void unknownValueIsUnverifiedNotAPass() {
        List<Finding> f =
                run(
                        "TFG-EC-003",
                        res(RG + "a").unknown("transit_encryption_enabled", "var.tls").build());
        assertThat(f)
                .singleElement()
                .satisfies(
                        x -> {
                            assertThat(x.unverified()).isTrue();
                            assertThat(x.reason()).isEqualTo("known after apply");
                        });
    }

    @Test
    void unknownEngineMakesTheDefaultUnverified() {
        List<Finding> f = run("TFG-EC-001", res(RG + "a").unknown("engine").build());
        assertThat(f).singleElement().satisfies(x -> assertThat(x.unverified()).isTrue());
    }

    @Test
    void authPassesWithTokenOrRbacAndNeverPrintsTheToken() {
        List<Finding> f =
                run(
                        "TFG-EC-004",
                        res(RG + "token").sensitive("auth_token", "s3cr3t-value-123456").build(),
                        res(RG + "rbac").set("user_group_ids", List.of("app")).build(),
                        res(RG + "empty_rbac")
                                .set("user_group_ids", List.of())
                                .set("auth_token", "")
                                .build(),
                        res(RG + "required_var").unknown("auth_token", "var.token").build());
        assertThat(f).extracting(Finding::resource).containsExactly(RG + "empty_rbac");
        assertThat(f.get(0).message()).doesNotContain("s3cr3t");
    }

    @Test
    void keyIdMustBeNonEmpty() {
        List<Finding> f =
                run(
                        "TFG-EC-002",
                        res(RG + "none").build(),
                        res(RG + "empty").set("kms_key_id", "").build(),
                        res(RG + "arn")
                                .set("kms_key_id", "arn:aws:kms:eu-west-1:111122223333:key/abc")
                                .build(),
                        res(RG + "later").unknown("kms_key_id", "aws_kms_key.k.arn").build());
        assertThat(f).extracting(Finding::resource).containsExactly(RG + "empty", RG + "none");
    }
}
