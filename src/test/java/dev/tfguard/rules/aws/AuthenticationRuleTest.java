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

/** TFG-EC-004's version logic (ElastiCache.6): RBAC counts from Redis OSS 6 on and on Valkey. */
class AuthenticationRuleTest {
    private static final String RG = "aws_elasticache_replication_group.";

    private static List<Finding> run(Resource... resources) {
        return Runner.run(
                List.of(RuleCatalog.builtIn().get("TFG-EC-004")),
                new ResourceGraph(List.of(resources)));
    }

    @Test
    void rbacCountsOnlyWhereTheEngineHasIt() {
        List<Finding> f =
                run(
                        res(RG + "redis5")
                                .set("engine_version", "5.0.6")
                                .set("user_group_ids", List.of("u"))
                                .build(),
                        res(RG + "redis5_token")
                                .set("engine_version", "5.0.6")
                                .set("user_group_ids", List.of("u"))
                                .sensitive("auth_token", "(sensitive)")
                                .build(),
                        res(RG + "redis6x")
                                .set("engine_version", "6.x")
                                .set("user_group_ids", List.of("u"))
                                .build(),
                        res(RG + "default_version").set("user_group_ids", List.of("u")).build(),
                        res(RG + "valkey")
                                .set("engine", "valkey")
                                .set("engine_version", "7.2")
                                .set("user_group_ids", List.of("u"))
                                .build(),
                        res(RG + "unknown_version")
                                .unknown("engine_version", "var.version")
                                .set("user_group_ids", List.of("u"))
                                .build());
        assertThat(f)
                .extracting(Finding::resource, Finding::unverified)
                .containsExactlyInAnyOrder(
                        tuple(RG + "redis5", false), tuple(RG + "unknown_version", true));
        assertThat(f.get(0).message()).contains("needs Redis OSS 6 or later").contains("\"5.0.6\"");
    }
}
