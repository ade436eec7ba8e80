package dev.tfguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: a gate that cannot be bypassed or misread. Each test names the item of the issue it holds to. */
class GateTest {
    private static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(Map<String, String> env, boolean terminal, InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env, terminal, REPO, stdin);
        return new Run(code, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return run(Map.of(), false, InputStream.nullInputStream(), args);
    }

    static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    /** rule, resource, file and line of every finding and unverified check of a JSON report. */
    static List<String> keys(JsonNode report) {
        List<String> keys = new java.util.ArrayList<>();
        for (String part : List.of("findings", "unverified")) {
            for (JsonNode f : report.path(part)) {
                keys.add(f.path("rule").asText() + " " + f.path("resource").asText() + " " + f.path("file").asText()
                        + ":" + f.path("line").asText());
            }
        }
        return keys;
    }

    @Test
    void item2PlanNamedWithItsOwnFolderReportsEachFindingOnce() throws IOException {
        Run plan = run("--format", "json", "testdata/plan/insecure/plan.json");
        Run both = run("--format", "json", "testdata/plan/insecure", "testdata/plan/insecure/plan.json");
        List<String> keys = keys(json(both.out()));
        assertThat(keys).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(keys(json(plan.out())));
        assertThat(both.code()).isEqualTo(plan.code());
        // both sources are named: the plan and the folder it overlaps
        assertThat(json(both.out()).path("warnings").toString())
                .contains("testdata/plan/insecure/plan.json and the scanned folders both hold 3 resources");
    }

    @Test
    void item2OverlappingPathsAndRepeatedPathsReportOnce() throws IOException {
        Run one = run("--format", "json", "testdata/plan/insecure/plan.json");
        Run twice = run("--format", "json", "testdata/plan/insecure/plan.json", "./testdata/plan/insecure/plan.json");
        assertThat(keys(json(twice.out()))).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(keys(json(one.out())));
        Run folder = run("--format", "json", "testdata/hcl/scan");
        Run nested = run("--format", "json", "testdata/hcl/scan", "testdata/hcl/scan/main.tf", "testdata/hcl");
        List<String> all = keys(json(nested.out()));
        assertThat(all).doesNotHaveDuplicates().containsAll(keys(json(folder.out())));
    }

    @Test
    void item3FolderWithoutTerraformIsAnInputError() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("typo"));
        Files.writeString(empty.resolve("README.md"), "nothing here\n");
        Run r = run("--format", "json", empty.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("tfguard: " + empty + ": no Terraform files (.tf, .tf.json, .tofu, .tfvars) "
                + "or plan found");
        assertThat(json(r.out()).path("errors").get(0).path("message").asText()).startsWith("no Terraform files");
        Run allowed = run("--allow-empty", "--format", "json", empty.toString());
        assertThat(allowed.code()).isZero();
        assertThat(json(allowed.out()).path("errors")).isEmpty();
        // the same through picocli (an option order that the fast path leaves to it)
        assertThat(run("--format", "json", "--allow-empty", "--quiet", "--", empty.toString()).code()).isZero();
    }

    @Test
    void item3FolderHoldingOnlyAPlanSaysAPlanIsReadWhenNamed() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("plans"));
        Files.copy(Path.of("testdata/plan/insecure/plan.json"), dir.resolve("tfplan.json"));
        Run r = run(dir.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("no Terraform files").contains("read only when named: tfplan.json");
    }

    @Test
    void item7DashReadsAPlanFromStandardInput() throws IOException {
        byte[] plan = Files.readAllBytes(Path.of("testdata/plan/insecure/plan.json"));
        Run file = run("--format", "json", "testdata/plan/insecure/plan.json");
        Run piped = run(Map.of(), false, new ByteArrayInputStream(plan), "--format", "json", "-");
        assertThat(piped.code()).isEqualTo(1);
        Set<String> rules = new HashSet<>();
        json(piped.out()).path("findings").forEach(f -> rules.add(f.path("rule").asText() + f.path("resource")));
        Set<String> expected = new HashSet<>();
        json(file.out()).path("findings").forEach(f -> expected.add(f.path("rule").asText() + f.path("resource")));
        assertThat(rules).isEqualTo(expected);
        Run empty = run(Map.of(), false, InputStream.nullInputStream(), "-");
        assertThat(empty.code()).isEqualTo(3);
        assertThat(empty.err()).startsWith("tfguard: -: standard input is empty");
    }
}
