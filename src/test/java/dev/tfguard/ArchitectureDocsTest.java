package dev.tfguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ARCHITECTURE.md and CONTRIBUTING.md name only what exists (issue 18): every path, package and
 * class they write as code, so that a move or a rename that leaves them behind fails the build.
 */
class ArchitectureDocsTest {
    private static final Path ROOT = Path.of("");
    private static final Path JAVA = Path.of("src/main/java/dev/tfguard");
    private static final Pattern CODE = Pattern.compile("`([^`\\s]+)`");
    private static final Pattern PATH = Pattern.compile("[\\w.-]+(/[\\w.-]+)*/?");
    private static final Pattern PACKAGE = Pattern.compile("dev\\.tfguard(\\.[a-z]+)+");
    private static final Pattern CLASS = Pattern.compile("([A-Z][A-Za-z0-9]*)(\\.\\w+(\\(\\))?)?");

    /** Placeholders the documents use for a name the reader chooses. */
    private static final Set<String> PLACEHOLDERS = Set.of("XRule", "XTest");

    @Test
    void everyNamedPathPackageAndClassExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String doc : List.of("ARCHITECTURE.md", "CONTRIBUTING.md")) {
            missing.addAll(missing(doc, Files.readString(ROOT.resolve(doc))));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void reportsANameThatDoesNotExist() throws IOException {
        assertThat(
                        missing(
                                "doc",
                                "`loader/hcl/` `dev.tfguard.graph` `ResourceGraph` `KeyUsers.BUILT_IN`"
                                        + " `loader/yaml/` `dev.tfguard.aws` `ScanPipeline`"
                                        + " `docs/nothing.md`"))
                .containsExactly(
                        "doc: loader/yaml/",
                        "doc: dev.tfguard.aws",
                        "doc: ScanPipeline",
                        "doc: docs/nothing.md");
    }

    private static List<String> missing(String doc, String text) throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!exists(name)) {
                out.add(doc + ": " + name);
            }
        }
        return out;
    }

    private static boolean exists(String name) throws IOException {
        if (name.startsWith(".")) {
            return true; // a file of the scanned configuration, such as .terraform/modules/
        }
        if (name.contains("/") && PATH.matcher(name).matches() && !name.startsWith("http")) {
            return Files.exists(ROOT.resolve(name)) || Files.exists(JAVA.resolve(name));
        }
        if (PACKAGE.matcher(name).matches()) {
            return Files.isDirectory(Path.of("src/main/java", name.replace('.', '/')));
        }
        Matcher c = CLASS.matcher(name);
        if (c.matches() && !PLACEHOLDERS.contains(c.group(1))) {
            return classExists(c.group(1));
        }
        return true; // options, values and file names written as code: not names of the tree
    }

    private static boolean classExists(String simpleName) throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src"))) {
            return s.anyMatch(p -> p.getFileName().toString().equals(simpleName + ".java"));
        }
    }
}
