package dev.tfguard.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.model.Finding;
import dev.tfguard.model.RuleInfo;
import dev.tfguard.model.Severity;
import dev.tfguard.model.SourceRef;
import dev.tfguard.model.Suppression;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Suppression matching and expiry with an injected date (issue 6). */
class SuppressorTest {
    private static final RuleInfo AT_REST =
            new RuleInfo(
                    "TFG-EC-001",
                    "at-rest",
                    "at rest",
                    Severity.HIGH,
                    "aws_elasticache_replication_group",
                    "d",
                    "r",
                    List.of(),
                    Map.of("checkov", List.of("CKV_AWS_29"), "trivy", List.of("AVD-AWS-0045")),
                    List.of(),
                    List.of());
    private static final Suppressor SUPPRESSOR = new Suppressor(List.of(AT_REST));

    private static Finding finding(String resource, String file, int line) {
        return new Finding(
                "TFG-EC-001",
                "at rest",
                Severity.HIGH,
                resource,
                "at_rest_encryption_enabled",
                file == null ? null : SourceRef.of(file, line),
                resource + ": no",
                "fix",
                List.of(),
                null);
    }

    private static Suppression until(String id, LocalDate expires, Suppression.Scope scope) {
        return new Suppression(
                id, "accepted", expires, "inline", SourceRef.of("main.tf", 1), scope);
    }

    @Test
    void holdsThroughItsLastDayAndNotAfter() {
        Finding f = finding("aws_x.c", "main.tf", 5);
        Suppression s =
                until(
                        "TFG-EC-001",
                        LocalDate.of(2027, 3, 31),
                        new Suppression.Lines("main.tf", 1, 9));
        assertThat(SUPPRESSOR.apply(List.of(f), List.of(s), LocalDate.of(2027, 3, 31)).suppressed())
                .hasSize(1);
        Suppressor.Outcome after =
                SUPPRESSOR.apply(List.of(f), List.of(s), LocalDate.of(2027, 4, 1));
        assertThat(after.kept()).containsExactly(f);
        assertThat(after.notices())
                .containsExactly(
                        "main.tf:1: suppression of TFG-EC-001 expired on 2027-03-31; aws_x.c is reported again");
    }

    @Test
    void peerIdsReachTheRuleThroughItsAliasesInAnyCase() {
        Finding f = finding("aws_x.c", "main.tf", 5);
        Suppression s = until("avd-aws-0045", null, new Suppression.Lines("main.tf", 1, 9));
        assertThat(SUPPRESSOR.apply(List.of(f), List.of(s), LocalDate.of(2026, 1, 1)).suppressed())
                .extracting(x -> x.suppression().id())
                .containsExactly("avd-aws-0045");
    }

    @Test
    void linesCoverOnlyTheirBlockInTheirFile() {
        Suppression s = until("TFG-EC-001", null, new Suppression.Lines("main.tf", 3, 9));
        List<Finding> fs =
                List.of(
                        finding("aws_x.a", "main.tf", 2),
                        finding("aws_x.b", "main.tf", 9),
                        finding("aws_x.c", "other.tf", 5),
                        finding("aws_x.d", null, 0));
        assertThat(SUPPRESSOR.apply(fs, List.of(s), LocalDate.of(2026, 1, 1)).suppressed())
                .extracting(x -> x.finding().resource())
                .containsExactly("aws_x.b");
    }

    @Test
    void addressCoversInstancesAndModuleContentsButNotLookalikes() {
        Suppression module = until("TFG-EC-001", null, new Suppression.Address("module.legacy"));
        Suppression resource = until("TFG-EC-001", null, new Suppression.Address("aws_x.c"));
        List<Finding> fs =
                List.of(
                        finding("module.legacy.aws_x.c", null, 0),
                        finding("module.legacy[\"eu\"].aws_x.c[0]", null, 0),
                        finding("module.legacy_two.aws_x.c", null, 0),
                        finding("aws_x.c[\"k\"]", null, 0),
                        finding("aws_x.cc", null, 0));
        assertThat(
                        SUPPRESSOR
                                .apply(fs, List.of(module, resource), LocalDate.of(2026, 1, 1))
                                .suppressed())
                .extracting(x -> x.finding().resource())
                .containsExactly(
                        "module.legacy.aws_x.c",
                        "module.legacy[\"eu\"].aws_x.c[0]",
                        "aws_x.c[\"k\"]");
    }

    @Test
    void ownSuppressionNamingNoRuleIsReported() {
        Suppression typo = until("TFG-EC-01", null, new Suppression.Lines("main.tf", 1, 9));
        Suppression peer =
                new Suppression(
                        "CKV_AWS_999",
                        null,
                        null,
                        "checkov",
                        SourceRef.of("main.tf", 2),
                        new Suppression.Lines("main.tf", 1, 9));
        assertThat(
                        SUPPRESSOR
                                .apply(List.of(), List.of(typo, peer), LocalDate.of(2026, 1, 1))
                                .notices())
                .containsExactly(
                        "main.tf:1: suppression names TFG-EC-01, which is neither a rule id nor another "
                                + "scanner's id for one; it suppresses nothing");
    }
}
