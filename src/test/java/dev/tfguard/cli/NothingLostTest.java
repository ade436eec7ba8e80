package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken input among many costs its own findings and nothing else (issue 10): every other file,
 * folder and plan keeps exactly the findings it has when nothing is broken, and each broken input
 * is one error.
 */
class NothingLostTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FILES = 24;

    /** Ways to break a file, each a different part of the readers. */
    private static final Map<String, byte[]> BREAKS =
            new TreeMap<>(
                    Map.of(
                            "truncated",
                                    "resource \"aws_kms_key\" \"t\" {\n  description = \"cut"
                                            .getBytes(StandardCharsets.UTF_8),
                            "binary",
                                    new byte[] {
                                        0x7f,
                                        'E',
                                        'L',
                                        'F',
                                        2,
                                        1,
                                        1,
                                        0,
                                        0,
                                        0,
                                        (byte) 0xff,
                                        (byte) 0xfe
                                    },
                            "deep",
                                    ("locals {\n  x = " + "[".repeat(50_000) + "\n}\n")
                                            .getBytes(StandardCharsets.UTF_8),
                            "utf8", new byte[] {'a', ' ', '=', ' ', '"', (byte) 0xC3, '"', '\n'},
                            "unclosed",
                                    "resource \"aws_kms_key\" \"u\" {\n  tags = {\n"
                                            .getBytes(StandardCharsets.UTF_8)));

    private static String file(int i) {
        return """
                resource "aws_kms_key" "k%1$d" {
                  enable_key_rotation = %2$s
                }

                resource "aws_elasticache_replication_group" "g%1$d" {
                  replication_group_id       = "g%1$d"
                  description                = "g%1$d"
                  at_rest_encryption_enabled = %3$s
                  transit_encryption_enabled = %4$s
                  kms_key_id                 = aws_kms_key.k%1$d.arn
                }
                """
                .formatted(i, i % 2 == 0, i % 3 == 0, i % 5 != 0);
    }

    /** Findings by file, each as "rule resource line". */
    private static Map<String, TreeSet<String>> byFile(CliTestSupport.Run r) throws IOException {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (String section : List.of("findings", "unverified")) {
            for (JsonNode f : JSON.readTree(r.out()).get(section)) {
                out.computeIfAbsent(f.get("file").asText(), k -> new TreeSet<>())
                        .add(
                                f.get("rule").asText()
                                        + " "
                                        + f.get("resource").asText()
                                        + " "
                                        + f.get("line").asText());
            }
        }
        return out;
    }

    @Test
    void brokenFilesAmongManyLeaveTheOthersIntact(@TempDir Path dir) throws IOException {
        for (String folder : List.of("a", "b/nested", "c")) {
            Path d = Files.createDirectories(dir.resolve(folder));
            for (int i = 0; i < FILES; i++) {
                Files.writeString(d.resolve("f" + i + ".tf"), file(i));
            }
        }
        CliTestSupport.Run clean = CliTestSupport.runIn(dir, "--format", "json", ".");
        assertThat(clean.code()).as(clean.err()).isEqualTo(1);
        Map<String, TreeSet<String>> before = byFile(clean);
        assertThat(before).hasSize(3 * FILES);

        List<String> broken = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, byte[]> b : BREAKS.entrySet()) {
            String name = List.of("a", "b/nested", "c").get(n % 3) + "/f" + (n * 5 % FILES) + ".tf";
            Files.write(dir.resolve(name), b.getValue());
            broken.add(name);
            n++;
        }
        CliTestSupport.Run r = CliTestSupport.runIn(dir, "--format", "json", ".");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).doesNotContain("internal error");
        List<String> errors = new ArrayList<>();
        JSON.readTree(r.out()).get("errors").forEach(e -> errors.add(e.get("file").asText()));
        assertThat(errors).containsExactlyInAnyOrderElementsOf(broken);

        Map<String, TreeSet<String>> expected = new TreeMap<>(before);
        broken.forEach(expected::remove);
        assertThat(byFile(r)).isEqualTo(expected);
    }

    @Test
    void brokenPlanBesideOthersLeavesTheirFindingsIntact(@TempDir Path dir) throws IOException {
        Path good = Path.of("testdata/plan/insecure/plan.json").toAbsolutePath();
        Path other = Path.of("testdata/plan/changes/plan.json").toAbsolutePath();
        CliTestSupport.Run clean =
                CliTestSupport.runIn(dir, "--format", "json", good.toString(), other.toString());
        Files.writeString(dir.resolve("broken.json"), Files.readString(good).substring(0, 3000));
        Files.write(
                dir.resolve("garbage.json"),
                new byte[] {
                    '{', '"', 'f', 'o', 'r', 'm', 'a', 't', '_', 'v', 'e', 'r', 's', 'i', 'o', 'n',
                    '"', ':', 0, 0, 0
                });
        CliTestSupport.Run r =
                CliTestSupport.runIn(
                        dir,
                        "--format",
                        "json",
                        good.toString(),
                        "broken.json",
                        "garbage.json",
                        other.toString());
        assertThat(r.code()).isEqualTo(3);
        // named relative to the repository of the first path, which the temporary folder lies
        // outside of: never absolute, whichever folder the checkout and the temporary folder sit in
        assertThat(r.err().lines())
                .hasSize(2)
                .allMatch(
                        l ->
                                l.matches(
                                        "tfguard: (\\.\\./)*([^/]+/)*(broken|garbage)\\.json:\\d+: .+"));
        // the truncated plan keeps the resources read before the cut; the others are as they were
        List<String> cleanFindings = addresses(clean);
        assertThat(addresses(r)).containsAll(cleanFindings);
    }

    @Test
    void blockThatTerraformRejectsIsAWarningNotASilentGap(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("main.tf"), "resource \"aws_kms_key\" {\n}\n\nmodule {\n}\n" + file(1));
        CliTestSupport.Run r = CliTestSupport.runIn(dir, "--format", "json", ".");
        assertThat(r.code()).isEqualTo(1);
        assertThat(JSON.readTree(r.out()).get("warnings"))
                .extracting(w -> w.get("message").asText())
                .containsExactly(
                        "main.tf:1: a resource block has 2 labels (type and name), this one 1; it is not scanned",
                        "main.tf:4: a module block has 1 label (name), this one 0; it is not scanned");
        assertThat(byFile(r).get("main.tf")).isNotEmpty();
    }

    private static List<String> addresses(CliTestSupport.Run r) throws IOException {
        List<String> out = new ArrayList<>();
        JSON.readTree(r.out())
                .get("findings")
                .forEach(f -> out.add(f.get("rule").asText() + " " + f.get("resource").asText()));
        return out;
    }
}
