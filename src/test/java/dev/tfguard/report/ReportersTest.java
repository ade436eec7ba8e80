package dev.tfguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.report.github.GithubReporter;
import dev.tfguard.report.junit.JunitReporter;
import dev.tfguard.report.markdown.MarkdownReporter;
import dev.tfguard.report.sarif.SarifReporter;
import org.junit.jupiter.api.Test;

class ReportersTest {

    @Test
    void findsEachFormatByNameInAnyCase() {
        assertThat(Reporters.forFormat("sarif")).isInstanceOf(SarifReporter.class);
        assertThat(Reporters.forFormat("JUnit")).isInstanceOf(JunitReporter.class);
        assertThat(Reporters.forFormat("github")).isInstanceOf(GithubReporter.class);
        assertThat(Reporters.forFormat("markdown")).isInstanceOf(MarkdownReporter.class);
        assertThat(Reporters.names()).contains("sarif", "junit", "github", "markdown");
    }

    @Test
    void unknownFormatIsNull() {
        assertThat(Reporters.forFormat("xml")).isNull();
        assertThat(Reporters.forFormat(null)).isNull();
    }

    @Test
    void everyFormatWritesTheSameBytesEveryTime() {
        for (String name : Reporters.names()) {
            String first = ReportFixtures.render(Reporters.forFormat(name), ReportFixtures.mixed());
            assertThat(first)
                    .as(name)
                    .isEqualTo(
                            ReportFixtures.render(
                                    Reporters.forFormat(name), ReportFixtures.mixed()));
        }
    }
}
