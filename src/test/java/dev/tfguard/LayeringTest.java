package dev.tfguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (STYLE.md): model at the bottom; loaders and the graph on the model;
 * the engine and reports on the graph and model; Java rules on the engine; fix on the loaders,
 * engine and graph; the scan pipeline on loaders and engine; fix on the scan; the CLI on anything.
 * Loaders never see rules, and rules never see loaders, files or output.
 */
class LayeringTest {
    private static final Map<String, Set<String>> ALLOWED =
            Map.of(
                    "model", Set.of("model"),
                    "loader", Set.of("loader", "model"),
                    "graph", Set.of("graph", "model"),
                    "engine", Set.of("engine", "graph", "model"),
                    "rules", Set.of("rules", "engine", "graph", "model"),
                    "report", Set.of("report", "graph", "model"),
                    "docs", Set.of("docs", "engine", "model"),
                    // the scan pipeline: config file, loaders, rules, suppressions, baseline
                    "scan", Set.of("scan", "loader", "engine", "graph", "model"),
                    // fix scans like the CLI (loaders, engine, graph) and edits the text the HCL
                    // parser located
                    "fix", Set.of("fix", "scan", "loader", "engine", "graph", "model"));
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?dev\\.tfguard\\.([a-z]+)\\.", Pattern.MULTILINE);

    /**
     * The graph and the engine name no provider's resource types: what an AWS resource means lives
     * in {@code rules/aws/knowledge} (issue 18).
     */
    @Test
    void graphAndEngineAreProviderNeutral() throws IOException {
        Pattern providerLiteral = Pattern.compile("\"(aws|azurerm|google)_[a-z_]+\"|alias/aws/");
        List<String> violations = new ArrayList<>();
        for (String layer : List.of("graph", "engine")) {
            try (Stream<Path> s = Files.walk(Path.of("src/main/java/dev/tfguard", layer))) {
                for (Path file : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).strip();
                        boolean comment =
                                line.startsWith("*")
                                        || line.startsWith("/*")
                                        || line.startsWith("//");
                        if (!comment && providerLiteral.matcher(line).find()) {
                            violations.add(file + ":" + (i + 1) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void dependenciesPointDown() throws IOException {
        Path root = Path.of("src/main/java/dev/tfguard");
        List<String> violations = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String layer = root.relativize(file).getName(0).toString();
            Set<String> allowed = ALLOWED.get(layer);
            if (allowed == null) {
                continue; // cli may depend on anything
            }
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                if (!allowed.contains(m.group(1))) {
                    violations.add(root.relativize(file) + " imports dev.tfguard." + m.group(1));
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
