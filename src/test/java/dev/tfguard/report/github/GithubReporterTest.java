package dev.tfguard.report.github;

import static dev.tfguard.report.ReportFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.model.Severity;
import dev.tfguard.report.ReportFixtures;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

    /** A workflow command as the runner parses it: name, optional properties, then the message. */
    private static final Pattern COMMAND =
            Pattern.compile("^::(error|warning|notice)( [^:]*)?::(.*)$");

    private static List<String> lines() {
        return render(new GithubReporter(), ReportFixtures.mixed()).lines().toList();
    }

    /** Undoes the runner's escaping, in the order the runner applies it. */
    private static String unescape(String s) {
        return s.replace("%0D", "\r")
                .replace("%0A", "\n")
                .replace("%3A", ":")
                .replace("%2C", ",")
                .replace("%25", "%");
    }

    @Test
    void writesOneCommandPerEntry() {
        assertThat(lines())
                .hasSize(8)
                .allMatch(l -> COMMAND.matcher(l).matches(), "is a workflow command");
    }

    @Test
    void annotatesFindingWithFileLineAndTitle() {
        assertThat(lines().get(0))
                .isEqualTo(
                        "::error file=main.tf,line=12,title=TFG-EC-001%3A ElastiCache"
                                + " replication group is encrypted at rest::aws_elasticache_replication_group.cache:"
                                + " at_rest_encryption_enabled is false%0A%0AFix: Set `at_rest_encryption_enabled = true`.");
    }

    @Test
    void mapsSeverityToCommand() {
        assertThat(GithubReporter.command(Severity.CRITICAL)).isEqualTo("error");
        assertThat(GithubReporter.command(Severity.HIGH)).isEqualTo("error");
        assertThat(GithubReporter.command(Severity.MEDIUM)).isEqualTo("warning");
        assertThat(GithubReporter.command(Severity.LOW)).isEqualTo("warning");
        assertThat(GithubReporter.command(Severity.INFO)).isEqualTo("notice");
        assertThat(lines().get(2))
                .startsWith("::warning file=modules/kms key/main.tf,line=4,title=TFG-KMS-001%3A");
    }

    @Test
    void escapesMessageAndPropertiesTheWayTheRunnerReadsThem() {
        String odd = lines().get(3);
        Matcher m = COMMAND.matcher(odd);
        assertThat(m.matches()).isTrue();
        assertThat(m.group(2))
                .as("no file or line for a plan finding without source")
                .isEqualTo(
                        " title=TFG-EC-004%3A ElastiCache replication group requires authentication");
        assertThat(m.group(3))
                .doesNotContain("\r", "\n")
                .contains("100%25 of clients", "\"read\",%0D%0Aunauthenticated");
        assertThat(unescape(m.group(3))).startsWith(ReportFixtures.ODD_MESSAGE + "\n\nFix: ");
    }

    @Test
    void propertyEscapingCoversColonAndComma() {
        assertThat(GithubReporter.escapeProperty("a:b,c%d\r\ne")).isEqualTo("a%3Ab%2Cc%25d%0D%0Ae");
        assertThat(GithubReporter.escapeData("a:b,c%d\r\ne")).isEqualTo("a:b,c%25d%0D%0Ae");
        assertThat(unescape(GithubReporter.escapeProperty("50%3A literal")))
                .isEqualTo("50%3A literal");
    }

    @Test
    void unverifiedChecksAreNotices() {
        assertThat(lines().get(4))
                .isEqualTo(
                        "::notice file=main.tf,line=31,title=TFG-EC-001 unverified%3A"
                                + " ElastiCache replication group is encrypted at rest::aws_elasticache_replication_group.sessions:"
                                + " at_rest_encryption_enabled is var.encrypt%0Avar.encrypt has no default and no value in a tfvars"
                                + " file");
    }

    @Test
    void inputErrorsAndWarningsFollowFindings() {
        assertThat(lines().subList(5, 8))
                .containsExactly(
                        "::error file=broken.tf,line=3,title=tfguard%3A input not scanned::expected \"}\" to close the block"
                                + " opened on line 1",
                        "::error file=missing.tf,title=tfguard%3A input not scanned::no such file",
                        "::warning title=tfguard::main.tf:50: aws_kms_key.cache is declared twice; the second one is used");
    }

    @Test
    void leavesSuppressedFindingsOut() {
        assertThat(lines()).noneMatch(l -> l.contains("legacy"));
    }

    @Test
    void cleanScanWritesNothing() {
        assertThat(render(new GithubReporter(), ReportFixtures.clean())).isEmpty();
    }
}
