package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository of several root modules is scanned root by root, and every path is relative to the
 * repository root whichever folder tfguard runs in (issue 16).
 */
class RepositoryRootsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPO = Path.of("testdata/config/repo-examples");

    @Test
    void eachExampleIsItsOwnRootAndItsFindingsSayWhich() throws IOException {
        CliTestSupport.Run r =
                CliTestSupport.runIn(
                        Path.of("").toAbsolutePath(), "--format", "json", REPO.toString());
        JsonNode report = JSON.readTree(r.out());
        List<JsonNode> all = new ArrayList<>();
        report.get("findings").forEach(all::add);
        report.get("unverified").forEach(all::add);
        String top = "testdata/config/repo-examples";
        // the module at the top is called by both examples: it is no root of its own, and its
        // resource is
        // scanned once through each example, with that example's inputs
        assertThat(all)
                .extracting(f -> f.get("root").asText())
                .containsOnly(top + "/examples/a", top + "/examples/b");
        assertThat(report.get("findings"))
                .filteredOn(f -> f.get("rule").asText().equals("TFG-EC-001"))
                .extracting(
                        f -> f.get("root").asText(),
                        f -> f.get("resource").asText(),
                        f -> f.get("file").asText())
                .containsExactly(
                        tuple(
                                top + "/examples/a",
                                "module.cache.aws_elasticache_replication_group.this",
                                top + "/main.tf"));
    }

    @Test
    void textAndMarkdownReportsHeadEachRoot() {
        CliTestSupport.Run text =
                CliTestSupport.runIn(Path.of("").toAbsolutePath(), REPO.toString());
        assertThat(text.out())
                .contains("Root module testdata/config/repo-examples/examples/a\n")
                .contains("Root module testdata/config/repo-examples/examples/b\n");
        CliTestSupport.Run md =
                CliTestSupport.runIn(
                        Path.of("").toAbsolutePath(), "--format", "markdown", REPO.toString());
        assertThat(md.out())
                .contains("#### Root module `testdata/config/repo-examples/examples/a`");
    }

    @Test
    void sarifFromASubfolderEqualsSarifFromTheTop(@TempDir Path tmp) throws IOException {
        Path repo = copy(REPO, tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        String fromTop = run(repo, "--format", "sarif", ".").out();
        String fromExample = run(repo.resolve("examples/a"), "--format", "sarif", "../..").out();
        assertThat(fromExample).isEqualTo(fromTop);
        JsonNode location =
                JSON.readTree(fromTop).at("/runs/0/results/0/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("main.tf");
        assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(
                        JSON.readTree(fromTop)
                                .at("/runs/0/originalUriBaseIds/%SRCROOT%/description/text")
                                .asText())
                .isNotEmpty();
        assertThat(JSON.readTree(fromTop).at("/runs/0/results/0/properties/root").asText())
                .startsWith("examples/");
        assertThat(fromTop).doesNotContain(tmp.toString());
    }

    @Test
    void annotationsAreRelativeToTheActionsWorkspace(@TempDir Path tmp) throws IOException {
        Path repo = copy(REPO, tmp.resolve("checkout/infra"));
        Files.createDirectories(repo.resolve(".git"));
        StringWriter out = new StringWriter();
        Main.run(
                new String[] {"--format", "github", "."},
                new PrintWriter(out),
                new PrintWriter(new StringWriter()),
                Map.of("GITHUB_WORKSPACE", tmp.resolve("checkout").toString()),
                false,
                repo.resolve("examples/a"));
        assertThat(out.toString()).contains("::error file=infra/main.tf,line=14,");
    }

    @Test
    void rootOptionChoosesTheBaseOfPaths(@TempDir Path tmp) throws IOException {
        Path repo = copy(REPO, tmp.resolve("repo"));
        CliTestSupport.Run r =
                run(repo.resolve("examples/a"), "--root", "../..", "--format", "json", ".");
        JsonNode f = JSON.readTree(r.out()).get("findings").get(0);
        assertThat(f.get("file").asText()).isEqualTo("main.tf");
        assertThat(f.get("root").asText()).isEqualTo("examples/a");
        // without a repository or --root, paths are relative to the working folder, those above it
        // with ../
        JsonNode g =
                JSON.readTree(run(repo.resolve("examples/a"), "--format", "json", ".").out())
                        .get("findings")
                        .get(0);
        assertThat(g.get("file").asText()).isEqualTo("../../main.tf");
        assertThat(g.get("root").asText()).isEqualTo(".");
    }

    static CliTestSupport.Run run(Path workDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                Main.run(
                        args, new PrintWriter(out), new PrintWriter(err), Map.of(), false, workDir);
        return new CliTestSupport.Run(code, out.toString(), err.toString());
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
