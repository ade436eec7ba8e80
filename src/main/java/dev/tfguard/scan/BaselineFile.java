package dev.tfguard.scan;

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
 * The baseline file: the findings a team has accepted for now, each identified by {@link
 * Finding#fingerprint()} (rule, root module, file, resource address, attribute; no line numbers, so
 * edits elsewhere in a file do not disturb it). Written by {@code --baseline-write}, read by {@code
 * --baseline}. Sorted, so that it diffs well in version control.
 *
 * <p>Format 1, written before findings had a root module, identified entries by rule, address and
 * attribute only, which matched the same resource copied into another root module. Such a baseline
 * is still read, but an entry matches findings of one root module only: when its resource occurs in
 * several roots, it is not known which one it was written from, and none of them is taken as known
 * (a notice asks to write the baseline again).
 */
public final class BaselineFile {
    static final int FORMAT = 2;
    static final int LEGACY_FORMAT = 1;

    /** What a baseline file holds: its format and its entries. */
    record Recorded(int format, List<Baseline.Entry> entries) {}

    /**
     * How this scan compares with a baseline, and what the user should hear about the comparison.
     */
    record Comparison(Baseline baseline, List<String> notices) {}

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

    private BaselineFile() {}

    /** Writes the reported findings and unverified checks of {@code result} to {@code file}. */
    public static void write(Path file, ScanResult result) throws IOException {
        Map<String, Baseline.Entry> entries = new LinkedHashMap<>();
        List<Finding> all = new ArrayList<>(result.findings());
        all.addAll(result.unverified());
        all.stream()
                .map(Baseline.Entry::of)
                .sorted(
                        Comparator.comparing(Baseline.Entry::rule)
                                .thenComparing(e -> e.root() == null ? "" : e.root())
                                .thenComparing(e -> e.file() == null ? "" : e.file())
                                .thenComparing(Baseline.Entry::resource)
                                .thenComparing(e -> e.attribute() == null ? "" : e.attribute()))
                .forEach(e -> entries.putIfAbsent(e.fingerprint(), e));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w =
                        new OutputStreamWriter(
                                Files.newOutputStream(file), StandardCharsets.UTF_8);
                JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.setPrettyPrinter(
                    new DefaultPrettyPrinter()
                            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("tool", "tfguard");
            g.writeNumberField("format", FORMAT);
            g.writeArrayFieldStart("findings");
            for (Baseline.Entry e : entries.values()) {
                g.writeStartObject();
                g.writeStringField("fingerprint", e.fingerprint());
                g.writeStringField("rule", e.rule());
                g.writeStringField("root", e.root());
                g.writeStringField("file", e.file());
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

    /** The entries of a baseline file, of format 1 or 2. */
    static Recorded read(Path file) throws BaselineException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new BaselineException(
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not a baseline file: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BaselineException(
                    0,
                    Files.exists(file)
                            ? "cannot read the baseline: " + IoErrors.reason(e)
                            : "no such baseline file (write one with --baseline-write)");
        }
        int format = root == null ? 0 : root.path("format").asInt();
        if (root == null
                || !root.path("findings").isArray()
                || format != FORMAT && format != LEGACY_FORMAT) {
            throw new BaselineException(
                    1,
                    "not a tfguard baseline (format "
                            + LEGACY_FORMAT
                            + " or "
                            + FORMAT
                            + "): write one with --baseline-write");
        }
        List<Baseline.Entry> out = new ArrayList<>();
        for (JsonNode n : root.path("findings")) {
            out.add(
                    new Baseline.Entry(
                            n.path("fingerprint").asText(),
                            n.path("rule").asText(),
                            text(n, "root"),
                            text(n, "file"),
                            n.path("resource").asText(),
                            text(n, "attribute")));
        }
        return new Recorded(format, out);
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).isTextual() ? n.path(field).asText() : null;
    }

    /**
     * Compares this scan's verdicts (before suppression) with the baseline: which of them it holds,
     * and which of its entries no longer occur.
     */
    static Comparison compare(Recorded recorded, String display, List<Finding> verdicts) {
        if (recorded.format() == LEGACY_FORMAT) {
            return compareLegacy(recorded.entries(), display, verdicts);
        }
        Set<String> now = new HashSet<>();
        verdicts.forEach(f -> now.add(f.fingerprint()));
        Set<String> entries = new HashSet<>();
        recorded.entries().forEach(e -> entries.add(e.fingerprint()));
        List<Baseline.Entry> known = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Finding f : verdicts) {
            if (entries.contains(f.fingerprint()) && seen.add(f.fingerprint())) {
                known.add(Baseline.Entry.of(f));
            }
        }
        List<Baseline.Entry> fixed =
                recorded.entries().stream().filter(e -> !now.contains(e.fingerprint())).toList();
        return new Comparison(new Baseline(display, known, fixed), List.of());
    }

    /**
     * A format-1 baseline: an entry matches this scan's findings with its legacy fingerprint when
     * they all lie in one root module; when they lie in several, none is known, since the entry
     * cannot say which root it was written from (a resource copied into a second root is a new
     * finding, not a known one).
     */
    private static Comparison compareLegacy(
            List<Baseline.Entry> entries, String display, List<Finding> verdicts) {
        Map<String, List<Finding>> byLegacy = new LinkedHashMap<>();
        verdicts.forEach(
                f ->
                        byLegacy.computeIfAbsent(f.legacyFingerprint(), k -> new ArrayList<>())
                                .add(f));
        List<Baseline.Entry> known = new ArrayList<>();
        List<Baseline.Entry> fixed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> ambiguous = new ArrayList<>();
        for (Baseline.Entry e : entries) {
            List<Finding> matches = byLegacy.getOrDefault(e.fingerprint(), List.of());
            Set<String> roots = new java.util.TreeSet<>();
            matches.forEach(f -> roots.add(f.root() == null ? "." : f.root()));
            if (matches.isEmpty()) {
                fixed.add(e);
            } else if (roots.size() > 1) {
                ambiguous.add(
                        e.rule() + " " + e.resource() + " (in " + String.join(", ", roots) + ")");
            } else {
                for (Finding f : matches) {
                    if (seen.add(f.fingerprint())) {
                        known.add(Baseline.Entry.of(f));
                    }
                }
            }
        }
        List<String> notices = new ArrayList<>();
        StringBuilder notice =
                new StringBuilder(display)
                        .append(": a baseline of format ")
                        .append(LEGACY_FORMAT)
                        .append(
                                ", whose entries name no root module or file: each matches findings of one root module only");
        if (!ambiguous.isEmpty()) {
            notice.append("; ")
                    .append(ambiguous.size())
                    .append(ambiguous.size() == 1 ? " entry matches" : " entries match")
                    .append(" several roots and is not taken as known: ")
                    .append(String.join("; ", ambiguous.subList(0, Math.min(3, ambiguous.size()))))
                    .append(ambiguous.size() > 3 ? "; ..." : "");
        }
        notices.add(notice.append(". Write it again with --baseline-write").toString());
        return new Comparison(new Baseline(display, known, fixed), notices);
    }
}
