package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.model.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores tfguard on real Terraform from public repositories ({@code testdata/realworld/}, issue
 * 15): each root module's {@code expected.json} says, for every rule and every relevant resource
 * instance, whether tfguard must report a finding, must report the check as unverified, or must
 * stay silent ("pass"), judged from the code before tfguard was run. Every disagreement must be
 * listed in {@code known-failures.json} with its cause, and every listed disagreement must still
 * occur: the list only shrinks. The README's score line is checked too.
 *
 * <p>An expectation is written on Terraform's instance address ({@code module.m.aws_x.y[0]}); a
 * result that tfguard reports on the block address ({@code module.m.aws_x.y}) stands for every
 * instance of the block. Run with {@code -Dtfguard.updateRealworld=true} to rewrite the known
 * failures (causes of entries still present are kept; new entries get an empty cause, which the
 * test refuses until one is written).
 */
class RealWorldCorpusTest {

    private static final Path CORPUS = Path.of("testdata/realworld");
    private static final Path KNOWN = CORPUS.resolve("known-failures.json");
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern INSTANCE_KEY = Pattern.compile("\\[[^\\]]*\\]");
    private static final Set<String> VERDICTS = Set.of("finding", "pass", "unverified");

    /** One root module's comparison. */
    private record Tally(int total, int met, int falsePositives) {}

    @Test
    void matchesEveryJudgedExpectationOrListsTheGap() throws IOException {
        List<String> rules =
                RuleCatalog.builtIn().infos().stream().map(RuleInfo::id).sorted().toList();
        Map<String, String> mismatches = new TreeMap<>();
        List<String> malformed = new ArrayList<>();
        int total = 0;
        int met = 0;
        int falsePositives = 0;
        int roots = 0;
        Set<String> repositories = new TreeSet<>();
        for (Path expectedFile : expectedFiles()) {
            Path repo = expectedFile.getParent();
            String repoName = repo.getFileName().toString();
            repositories.add(repoName);
            checkSource(repo, malformed);
            JsonNode doc = JSON.readTree(expectedFile.toFile());
            if (!doc.path("judged_before_running_tfguard").isTextual()) {
                malformed.add(expectedFile + ": no judged_before_running_tfguard statement");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("roots").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> root = it.next();
                roots++;
                String caseName = repoName + "/" + root.getKey();
                Tally tally =
                        scoreRoot(
                                repo,
                                caseName,
                                root.getKey(),
                                root.getValue(),
                                rules,
                                mismatches,
                                malformed);
                total += tally.total();
                met += tally.met();
                falsePositives += tally.falsePositives();
            }
        }
        assertThat(malformed).as("malformed corpus files").isEmpty();
        assertThat(roots).as("root modules in the corpus").isGreaterThanOrEqualTo(20);
        assertThat(repositories).as("repositories in the corpus").hasSizeGreaterThanOrEqualTo(8);

        Map<String, String> known = readKnown();
        if (Boolean.getBoolean("tfguard.updateRealworld")) {
            writeKnown(mismatches, known);
            known = readKnown();
        }
        String score =
                String.format(
                        "Score: %d of %d judged expectations met, %d false positives (%d root modules, "
                                + "%d repositories)",
                        met, total, falsePositives, roots, repositories.size());
        System.out.println("real-world corpus: " + score);

        Set<String> fixed = new TreeSet<>(known.keySet());
        fixed.removeAll(mismatches.keySet());
        Set<String> unlisted = new TreeSet<>(mismatches.keySet());
        unlisted.removeAll(known.keySet());
        List<String> problems = new ArrayList<>();
        for (String f : fixed) {
            problems.add("now met, remove it from known-failures.json: " + f);
        }
        for (String u : unlisted) {
            problems.add(
                    "new disagreement (fix it, or list it with its cause in known-failures.json): "
                            + u
                            + "  ["
                            + mismatches.get(u)
                            + "]");
        }
        known.forEach(
                (k, cause) -> {
                    if (cause.isBlank()) {
                        problems.add("known failure without a cause: " + k);
                    }
                });
        assertThat(problems)
                .as("real-world corpus against testdata/realworld/known-failures.json")
                .isEmpty();
        String readme = Files.readString(CORPUS.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme)
                .as("testdata/realworld/README.md states the current score")
                .contains(score);
    }

    private static Tally scoreRoot(
            Path repo,
            String caseName,
            String rootPath,
            JsonNode root,
            List<String> rules,
            Map<String, String> mismatches,
            List<String> malformed) {
        Set<String> judged = new TreeSet<>();
        root.path("not_applicable").fieldNames().forEachRemaining(judged::add);
        List<String> args = new ArrayList<>(List.of("--format", "json", "--no-config"));
        root.path("var_files")
                .forEach(
                        v -> {
                            args.add("--var-file");
                            args.add(repo.resolve(rootPath).resolve(v.asText()).toString());
                        });
        args.add(repo.resolve(rootPath).toString());
        CliTestSupport.Run run = CliTestSupport.runIn(Path.of("."), args.toArray(String[]::new));
        if (run.code() == 4 || run.code() == 2) {
            malformed.add(caseName + ": exit " + run.code() + "\n" + run.err());
            return new Tally(0, 0, 0);
        }
        int wantExit = root.path("exit").asInt(-1);
        boolean exitMet =
                wantExit < 0 ? run.code() == 0 || run.code() == 1 : run.code() == wantExit;
        if (!exitMet) {
            mismatches.put(
                    key(
                            caseName,
                            "-",
                            "-",
                            wantExit < 0 ? "exit 0 or 1" : "exit " + wantExit,
                            "exit " + run.code()),
                    firstLine(run.err()));
        }
        Map<String, String> reported = new LinkedHashMap<>();
        JsonNode report;
        try {
            report = JSON.readTree(run.out());
        } catch (IOException e) {
            malformed.add(caseName + ": the JSON report could not be read: " + e.getMessage());
            return new Tally(0, 0, 0);
        }
        report.path("findings")
                .forEach(
                        f ->
                                reported.put(
                                        f.path("resource").asText() + "|" + f.path("rule").asText(),
                                        "finding"));
        report.path("unverified")
                .forEach(
                        f ->
                                reported.putIfAbsent(
                                        f.path("resource").asText() + "|" + f.path("rule").asText(),
                                        "unverified"));

        int total = 0;
        int met = 0;
        Set<String> explained = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("resources").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            String address = resource.getKey();
            for (Iterator<Map.Entry<String, JsonNode>> r = resource.getValue().fields();
                    r.hasNext(); ) {
                Map.Entry<String, JsonNode> e = r.next();
                String rule = e.getKey();
                judged.add(rule);
                String verdict = e.getValue().asText().split(":", 2)[0].trim();
                if (!VERDICTS.contains(verdict) || !rules.contains(rule)) {
                    malformed.add(
                            caseName + ": " + address + " " + rule + ": " + e.getValue().asText());
                    continue;
                }
                String actual = actual(reported, address, rule, explained);
                total++;
                if (actual.equals(verdict)) {
                    met++;
                } else {
                    mismatches.put(
                            key(caseName, address, rule, verdict, actual), e.getValue().asText());
                }
            }
        }
        for (Iterator<String> it = root.path("absent").fieldNames(); it.hasNext(); ) {
            String address = it.next();
            for (Map.Entry<String, String> rep : reported.entrySet()) {
                String[] parts = rep.getKey().split("\\|", 2);
                if (strip(parts[0]).equals(strip(address))) {
                    explained.add(rep.getKey());
                    mismatches.put(
                            key(caseName, parts[0], parts[1], "absent", rep.getValue()),
                            "the resource has no instance: "
                                    + root.path("absent").path(address).asText());
                }
            }
        }
        int falsePositives = 0;
        for (Map.Entry<String, String> rep : reported.entrySet()) {
            if (explained.contains(rep.getKey())) {
                continue;
            }
            String[] parts = rep.getKey().split("\\|", 2);
            mismatches.put(
                    key(caseName, parts[0], parts[1], "not judged", rep.getValue()),
                    "reported on a resource or rule the expectations do not name");
        }
        for (String k : mismatches.keySet()) {
            if (k.startsWith(caseName + " | ")
                    && k.endsWith("-> finding")
                    && !k.contains("| finding ->")) {
                falsePositives++;
            }
        }
        for (String rule : rules) {
            if (!judged.contains(rule)) {
                malformed.add(
                        caseName
                                + ": rule "
                                + rule
                                + " is neither judged on a resource nor not_applicable");
            }
        }
        return new Tally(total, met, falsePositives);
    }

    /** What tfguard said about this instance: its own address first, else the block's address. */
    private static String actual(
            Map<String, String> reported, String address, String rule, Set<String> explained) {
        String exact = address + "|" + rule;
        if (reported.containsKey(exact)) {
            explained.add(exact);
            return reported.get(exact);
        }
        String block = strip(address) + "|" + rule;
        if (!block.equals(exact) && reported.containsKey(block)) {
            explained.add(block);
            return reported.get(block);
        }
        return "pass";
    }

    private static String strip(String address) {
        Matcher m = INSTANCE_KEY.matcher(address);
        return m.replaceAll("");
    }

    private static String key(
            String caseName, String address, String rule, String expected, String actual) {
        return caseName + " | " + address + " | " + rule + " | " + expected + " -> " + actual;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static void checkSource(Path repo, List<String> malformed) {
        Path source = repo.resolve("SOURCE");
        try {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            for (String field : List.of("repository:", "commit:", "licence:")) {
                if (!text.contains(field)) {
                    malformed.add(source + ": no " + field);
                }
            }
        } catch (IOException e) {
            malformed.add(
                    source + ": missing (repository, commit and licence of the copied files)");
        }
        if (!Files.exists(repo.resolve("LICENSE"))) {
            malformed.add(repo + ": no LICENSE beside the copied files");
        }
    }

    private static List<Path> expectedFiles() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.map(p -> p.resolve("expected.json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    private static Map<String, String> readKnown() throws IOException {
        Map<String, String> known = new TreeMap<>();
        if (!Files.exists(KNOWN)) {
            return known;
        }
        for (JsonNode n : JSON.readTree(KNOWN.toFile()).path("known_failures")) {
            String k =
                    key(
                            n.path("case").asText(),
                            n.path("resource").asText(),
                            n.path("rule").asText(),
                            n.path("expected").asText(),
                            n.path("actual").asText());
            known.put(k, n.path("cause").asText());
        }
        return known;
    }

    private static void writeKnown(Map<String, String> mismatches, Map<String, String> known)
            throws IOException {
        ObjectNode doc = JSON.createObjectNode();
        doc.put(
                "about",
                "Disagreements between tfguard and the judged expectations of testdata/realworld, each with "
                        + "its cause. RealWorldCorpusTest fails on a disagreement missing here and on an entry here that "
                        + "no longer occurs.");
        ArrayNode list = doc.putArray("known_failures");
        for (String k : mismatches.keySet()) {
            String[] p = k.split(" \\| ", 4);
            String[] ea = p[3].split(" -> ", 2);
            ObjectNode n = list.addObject();
            n.put("case", p[0]);
            n.put("resource", p[1]);
            n.put("rule", p[2]);
            n.put("expected", ea[0]);
            n.put("actual", ea[1]);
            n.put("cause", known.getOrDefault(k, ""));
        }
        Files.writeString(KNOWN, JSON.writeValueAsString(doc) + "\n", StandardCharsets.UTF_8);
    }
}
