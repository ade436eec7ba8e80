package dev.tfguard.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.model.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed pages in {@code docs/rules/} equal what the generator writes from the rule files.
 * To regenerate after changing a rule: {@code mvn -q test -Dtest=RulePageTest
 * -Dtfguard.updateDocs=true}.
 */
class RulePageTest {
    private static final Path DOCS = Path.of("docs/rules");

    @Test
    void committedPagesAreFresh() throws IOException {
        RuleCatalog catalog = RuleCatalog.builtIn();
        boolean update = Boolean.getBoolean("tfguard.updateDocs");
        List<String> stale = new ArrayList<>();
        List<String> expectedFiles = new ArrayList<>();
        Files.createDirectories(DOCS);
        for (RuleInfo r : catalog.infos()) {
            Path page = DOCS.resolve(r.id() + ".md");
            expectedFiles.add(page.getFileName().toString());
            String want = RulePage.render(r, catalog.file(r.id()));
            if (update) {
                Files.writeString(page, want, StandardCharsets.UTF_8);
            } else if (!Files.exists(page)
                    || !Files.readString(page, StandardCharsets.UTF_8).equals(want)) {
                stale.add(page.toString());
            }
        }
        assertThat(stale)
                .as(
                        "stale rule pages: regenerate with "
                                + "mvn -q test -Dtest=RulePageTest -Dtfguard.updateDocs=true")
                .isEmpty();
        try (Stream<Path> s = Files.list(DOCS)) {
            assertThat(
                            s.map(p -> p.getFileName().toString())
                                    .filter(n -> n.endsWith(".md"))
                                    .sorted())
                    .as("pages of rules that no longer exist")
                    .containsExactlyInAnyOrderElementsOf(expectedFiles);
        }
    }

    @Test
    void pageShowsExamplesWithTheirMarkersAndTheReplacementWarning() {
        RuleCatalog catalog = RuleCatalog.builtIn();
        String page = RulePage.render(catalog.get("TFG-EC-001").info(), catalog.file("TFG-EC-001"));
        assertThat(page)
                .startsWith(
                        "<!-- generated from rules/aws/elasticache/elasticache-at-rest-encryption.yaml")
                .contains("| AWS Security Hub | ElastiCache.4 |")
                .contains("# expect TFG-EC-001")
                .contains("This replaces the replication group")
                .contains("# tfguard:ignore:TFG-EC-001");
    }
}
