package dev.tfguard.report.markdown;

import static dev.tfguard.report.ReportFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.model.ScanResult;
import dev.tfguard.report.ReportFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MarkdownReporterTest {

    private static final Path GOLDEN = Path.of("testdata", "golden", "markdown");

    /**
     * Compares the report with its golden file, or rewrites the file when {@code
     * -Dtfguard.updateGolden=true} is given (review the diff before committing it).
     */
    private static void assertGolden(String name, ScanResult result) throws IOException {
        String actual = render(new MarkdownReporter(), result);
        Path file = GOLDEN.resolve(name + ".md");
        if (Boolean.getBoolean("tfguard.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file; create it with -Dtfguard.updateGolden=true").exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void mixedResultMatchesGoldenFile() throws IOException {
        assertGolden("mixed", ReportFixtures.mixed());
    }

    @Test
    void cleanResultMatchesGoldenFile() throws IOException {
        assertGolden("clean", ReportFixtures.clean());
    }

    @Test
    void everyFindingRowHasFiveCells() {
        String md = render(new MarkdownReporter(), ReportFixtures.mixed());
        String table = md.substring(md.indexOf("### Findings"), md.indexOf("### Unverified"));
        assertThat(table.lines().filter(l -> l.startsWith("|")))
                .hasSize(6)
                .allSatisfy(
                        row ->
                                assertThat(
                                                row.replace("\\|", "")
                                                        .chars()
                                                        .filter(c -> c == '|')
                                                        .count())
                                        .as(row)
                                        .isEqualTo(6));
    }

    @Test
    void drawsAffectedResourcesAndTheirKeysOnly() {
        String md = render(new MarkdownReporter(), ReportFixtures.mixed());
        String chart =
                md.substring(
                        md.indexOf("```mermaid"), md.indexOf("```", md.indexOf("```mermaid") + 3));
        assertThat(chart)
                .contains(
                        "aws_elasticache_replication_group.cache<br/>fails TFG-EC-001, TFG-EC-003\"]:::failed",
                        "aws_kms_key.cache<br/>fails TFG-KMS-001\"]:::failed",
                        "aws_elasticache_replication_group.sessions<br/>unverified TFG-EC-001\"]:::unverified",
                        "aws_kms_key.sessions\"]:::passed",
                        "-->|kms_key_id|")
                .doesNotContain("aws_elasticache_replication_group.clean", "\"a,b");
    }

    @Test
    void escapesTableBreakingAndMarkupCharacters() {
        assertThat(MarkdownReporter.text("a|b <i>&amp; *x* [l](u)\r\nnext"))
                .isEqualTo("a\\|b \\<i\\>\\&amp; \\*x\\* \\[l\\](u) next");
        assertThat(MarkdownReporter.text("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(MarkdownReporter.text("1. not a list")).isEqualTo("1\\. not a list");
        assertThat(MarkdownReporter.code("x[\"a|b\"]")).isEqualTo("`x[\"a\\|b\"]`");
        assertThat(MarkdownReporter.code("a`b")).isEqualTo("``a`b``");
        assertThat(MarkdownReporter.mermaid("m.x[\"k\"] <b> #1|2"))
                .isEqualTo("m.x#91;#34;k#34;#93; #60;b#62; #35;1#124;2");
        assertThat(MarkdownReporter.fixLine("```hcl\nx = 1\n```")).isEqualTo("x = 1");
        assertThat(MarkdownReporter.fixLine("Use a | b.\nMore.")).isEqualTo("Use a \\| b.");
    }

    @Test
    void capsTheDiagramSize() {
        ScanResult big = ReportFixtures.manyFindings(MarkdownReporter.MAX_NODES + 5);
        String md = render(new MarkdownReporter(), big);
        assertThat(md).contains("_5 more resources are not drawn._");
        assertThat(md.lines().filter(l -> l.contains(":::failed")).count())
                .isEqualTo(MarkdownReporter.MAX_NODES);
    }
}
