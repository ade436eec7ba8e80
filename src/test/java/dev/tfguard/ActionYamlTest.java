package dev.tfguard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Structural checks of the composite GitHub Action in {@code action.yml}, which no unit test can
 * run.
 */
class ActionYamlTest {

    private static final Path ACTION = Path.of("action.yml");
    private static final Pattern INPUT_REF =
            Pattern.compile("\\binputs\\.([A-Za-z_][A-Za-z0-9_-]*)");
    private static final Pattern STEP_REF =
            Pattern.compile("\\bsteps\\.([A-Za-z_][A-Za-z0-9_-]*)\\.outputs\\.");
    private static final Pattern ENV_REF =
            Pattern.compile("\\$\\{?(INPUT_[A-Z0-9_]+|TFGUARD_[A-Z0-9_]+|ACTION_PATH)");

    private static JsonNode action() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(ACTION.toFile());
    }

    @Test
    void isACompositeActionWithDescribedInputs() throws IOException {
        JsonNode action = action();
        assertThat(action.path("name").asText()).isEqualTo("tfguard");
        assertThat(action.path("description").asText()).isNotBlank();
        assertThat(action.at("/runs/using").asText()).isEqualTo("composite");
        action.get("inputs")
                .properties()
                .forEach(
                        e ->
                                assertThat(e.getValue().path("description").asText())
                                        .as(e.getKey())
                                        .isNotBlank());
        assertThat(names(action.get("inputs")))
                .contains(
                        "paths",
                        "directory",
                        "format",
                        "output_file",
                        "sarif_file",
                        "fail_on",
                        "soft_fail",
                        "var_files",
                        "extra_args",
                        "java-version");
    }

    @Test
    void everyReferencedInputExists() throws IOException {
        Set<String> declared = names(action().get("inputs"));
        Set<String> referenced = new TreeSet<>();
        Matcher m = INPUT_REF.matcher(Files.readString(ACTION));
        while (m.find()) {
            referenced.add(m.group(1));
        }
        assertThat(referenced).isNotEmpty();
        assertThat(declared).containsAll(referenced);
    }

    @Test
    void everyRunStepSetsItsShell() throws IOException {
        List<String> runSteps = new ArrayList<>();
        for (JsonNode step : action().at("/runs/steps")) {
            assertThat(step.has("run") ^ step.has("uses"))
                    .as("a step either runs or uses: " + step)
                    .isTrue();
            if (step.has("run")) {
                runSteps.add(step.path("name").asText());
                assertThat(step.path("shell").asText()).as(step.path("name").asText()).isNotBlank();
            }
        }
        assertThat(runSteps).isNotEmpty();
    }

    @Test
    void scriptsReadOnlyVariablesTheirStepSets() throws IOException {
        for (JsonNode step : action().at("/runs/steps")) {
            if (!step.has("run")) {
                continue;
            }
            Set<String> env = names(step.path("env"));
            Matcher m = ENV_REF.matcher(step.get("run").asText());
            while (m.find()) {
                assertThat(env)
                        .as("variables of step " + step.path("name").asText())
                        .contains(m.group(1));
            }
            assertThat(step.get("run").asText())
                    .as("inputs reach scripts through env only")
                    .doesNotContain("${{");
        }
    }

    @Test
    void outputsAndStepReferencesPointAtExistingSteps() throws IOException {
        JsonNode action = action();
        Set<String> ids = new TreeSet<>();
        for (JsonNode step : action.at("/runs/steps")) {
            if (step.has("id")) {
                ids.add(step.get("id").asText());
            }
        }
        Matcher m = STEP_REF.matcher(Files.readString(ACTION));
        int found = 0;
        while (m.find()) {
            found++;
            assertThat(ids).contains(m.group(1));
        }
        assertThat(found).isPositive();
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
