package dev.tfguard.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfguard.model.Baseline;
import dev.tfguard.model.Finding;
import dev.tfguard.model.ScanResult;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline file: the findings a team has accepted for now, each identified by {@link Finding#fingerprint()}
 * (rule, resource address, attribute; no line numbers, so edits elsewhere in a file do not disturb it). Written by
 * {@code --baseline-write}, read by {@code --baseline}. Sorted, so that it diffs well in version control.
 */
final class BaselineFile {
    static final int FORMAT = 1;

    /** A baseline file that cannot be read: its line where known. */
    static final class BaselineException extends Exception {
        private final int line;

        BaselineException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private BaselineFile() {
    }

    /** Writes the reported findings and unverified checks of {@code result} to {@code file}. */
    static void write(Path file, ScanResult result) throws IOException {
        Map<String, Baseline.Entry> entries = new LinkedHashMap<>();
        List<Finding> all = new ArrayList<>(result.findings());
        all.addAll(result.unverified());
        all.stream().map(Baseline.Entry::of)
                .sorted(Comparator.comparing(Baseline.Entry::rule).thenComparing(Baseline.Entry::resource)
                        .thenComparing(e -> e.attribute() == null ? "" : e.attribute()))
                .forEach(e -> entries.putIfAbsent(e.fingerprint(), e));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
             JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("tool", "tfguard");
            g.writeNumberField("format", FORMAT);
            g.writeArrayFieldStart("findings");
            for (Baseline.Entry e : entries.values()) {
                g.writeStartObject();
                g.writeStringField("fingerprint", e.fingerprint());
                g.writeStringField("rule", e.rule());
                g.writeStringField("resource", e.resource());
                g.writeStringField("attribute", e.attribute());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            w.write('\n');
        }
    }

    /** The entries of a baseline file. */
    static List<Baseline.Entry> read(Path file) throws BaselineException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new BaselineException(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not a baseline file: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BaselineException(0, Files.exists(file) ? "cannot read the baseline: " + e.getMessage()
                    : "no such baseline file (write one with --baseline-write)");
        }
        if (root == null || !root.path("findings").isArray() || root.path("format").asInt() != FORMAT) {
            throw new BaselineException(1, "not a tfguard baseline (format " + FORMAT
                    + "): write one with --baseline-write");
        }
        List<Baseline.Entry> out = new ArrayList<>();
        for (JsonNode n : root.path("findings")) {
            out.add(new Baseline.Entry(n.path("fingerprint").asText(), n.path("rule").asText(),
                    n.path("resource").asText(), n.path("attribute").isTextual() ? n.path("attribute").asText()
                    : null));
        }
        return out;
    }

    /**
     * Compares this scan's verdicts (before suppression) with the baseline: which of them it holds, and which of
     * its entries no longer occur.
     */
    static Baseline compare(List<Baseline.Entry> entries, String display, List<Finding> verdicts) {
        Set<String> now = new HashSet<>();
        verdicts.forEach(f -> now.add(f.fingerprint()));
        Set<String> recorded = new HashSet<>();
        entries.forEach(e -> recorded.add(e.fingerprint()));
        List<Baseline.Entry> known = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Finding f : verdicts) {
            if (recorded.contains(f.fingerprint()) && seen.add(f.fingerprint())) {
                known.add(Baseline.Entry.of(f));
            }
        }
        List<Baseline.Entry> fixed = entries.stream().filter(e -> !now.contains(e.fingerprint())).toList();
        return new Baseline(display, known, fixed);
    }
}
