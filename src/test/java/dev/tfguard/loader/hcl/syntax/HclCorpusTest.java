package dev.tfguard.loader.hcl.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the parser over the shared conformance corpus (real module files with the reference parser's
 * results) and compares what the corpus's {@code compare.py} compares: validity; for valid files
 * each block's type, labels and start line, each attribute's name, start line and reference set;
 * for invalid files the first error's line (within 3 lines of the reference's, or at the end of the
 * file). Skipped when the corpus is not there, so that the project builds on its own.
 */
class HclCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Path corpus() {
        Path sibling = Path.of("").toAbsolutePath().getParent().resolve("shared/hcl-corpus");
        for (Path p : List.of(sibling, Path.of("/work/shared/hcl-corpus"))) {
            if (Files.isDirectory(p.resolve("files")) && Files.isDirectory(p.resolve("ref"))) {
                return p;
            }
        }
        return null;
    }

    @Test
    @Timeout(60)
    void matchesTheReferenceParserOnEveryCorpusFile() throws IOException {
        Path root = corpus();
        assumeTrue(root != null, "hcl-corpus not found next to the project");
        Path files = root.resolve("files");
        List<Path> inputs;
        try (Stream<Path> walk = Files.walk(files)) {
            inputs = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> differences = new ArrayList<>();
        for (Path input : inputs) {
            String rel = files.relativize(input).toString();
            JsonNode ref = JSON.readTree(root.resolve("ref").resolve(rel + ".json").toFile());
            byte[] bytes = Files.readAllBytes(input);
            ConfigFile got =
                    rel.endsWith(".json")
                            ? JsonConfigParser.parse(rel, bytes)
                            : HclParser.parse(rel, bytes);
            String problem = compare(ref, got, bytes, rel.endsWith(".tf.json"));
            if (problem != null) {
                differences.add(rel + ": " + problem);
            }
        }
        assertThat(inputs).hasSizeGreaterThan(100);
        assertThat(differences).as("files that differ from the reference parser").isEmpty();
    }

    private static String compare(JsonNode ref, ConfigFile got, byte[] bytes, boolean jsonSyntax) {
        boolean valid = ref.get("valid").asBoolean();
        if (valid != got.valid()) {
            return valid
                    ? "rejected a valid file: " + got.diagnostics().get(0)
                    : "accepted an invalid file";
        }
        if (!valid) {
            int want = ref.get("diagnostics").get(0).get("line").asInt();
            int have = got.diagnostics().get(0).line();
            int last = 1;
            for (byte b : bytes) {
                if (b == '\n') {
                    last++;
                }
            }
            return Math.abs(have - want) <= 3 || have >= last - 1
                    ? null
                    : "error at line " + have + ", reference at " + want;
        }
        return jsonSyntax ? null : body(ref, got.body(), "body");
    }

    private static String body(JsonNode ref, Body got, String where) {
        JsonNode attrs = ref.get("attributes");
        List<Attribute> gotAttrs = got.attributes();
        if (attrs.size() != gotAttrs.size()) {
            return where + ": " + attrs.size() + " attributes, parser found " + gotAttrs.size();
        }
        for (int i = 0; i < attrs.size(); i++) {
            JsonNode a = attrs.get(i);
            Attribute b = gotAttrs.get(i);
            String name = a.get("name").asText();
            if (!name.equals(b.name())) {
                return where + ": attribute " + name + " vs " + b.name();
            }
            if (a.get("start").get(0).asInt() != b.range().start().line()) {
                return where
                        + "."
                        + name
                        + ": line "
                        + a.get("start").get(0)
                        + " vs "
                        + b.range().start().line();
            }
            Set<String> want = new TreeSet<>();
            a.get("references").forEach(r -> want.add(r.asText()));
            Set<String> have = new TreeSet<>();
            b.expr().references().forEach(r -> have.add(r.toString()));
            if (!want.equals(have)) {
                return where + "." + name + ": references " + want + " vs " + have;
            }
        }
        JsonNode blocks = ref.get("blocks");
        List<Block> gotBlocks = got.blocks();
        if (blocks.size() != gotBlocks.size()) {
            return where + ": " + blocks.size() + " blocks, parser found " + gotBlocks.size();
        }
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode a = blocks.get(i);
            Block b = gotBlocks.get(i);
            List<String> labels = new ArrayList<>();
            a.get("labels").forEach(l -> labels.add(l.asText()));
            String label = (a.get("type").asText() + " " + String.join(" ", labels)).strip();
            if (!a.get("type").asText().equals(b.type()) || !labels.equals(b.labels())) {
                return where + ": block " + label + " vs " + b.type() + " " + b.labels();
            }
            if (a.get("start").get(0).asInt() != b.range().start().line()) {
                return where
                        + " > "
                        + label
                        + ": line "
                        + a.get("start").get(0)
                        + " vs "
                        + b.range().start().line();
            }
            String nested = body(a, b.body(), where + " > " + label);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }
}
