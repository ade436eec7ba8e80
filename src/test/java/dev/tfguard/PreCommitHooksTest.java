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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Structural checks of {@code .pre-commit-hooks.yaml}; {@code .ci/precommit-test.sh} runs the hooks
 * with the real pre-commit tool.
 */
class PreCommitHooksTest {

    private static JsonNode hooks() throws IOException {
        return new ObjectMapper(new YAMLFactory())
                .readTree(Path.of(".pre-commit-hooks.yaml").toFile());
    }

    @Test
    void offersScriptSystemAndDockerHooks() throws IOException {
        List<String> rows = new ArrayList<>();
        for (JsonNode h : hooks()) {
            rows.add(
                    h.get("id").asText()
                            + " "
                            + h.get("language").asText()
                            + " "
                            + h.get("entry").asText());
            assertThat(h.get("pass_filenames").asBoolean()).isTrue();
            assertThat(h.get("require_serial").asBoolean()).isTrue();
            assertThat(h.path("name").asText()).isNotBlank();
        }
        assertThat(rows)
                .containsExactly(
                        "tfguard script bin/tfguard-pre-commit",
                        "tfguard-system system tfguard",
                        "tfguard-docker docker tfguard");
    }

    @Test
    void selectsTerraformFilesOnly() throws IOException {
        for (JsonNode h : hooks()) {
            Pattern files = Pattern.compile(h.get("files").asText());
            for (String yes : List.of("main.tf", "modules/a/b.tf", "x.tf.json", "prod.tfvars")) {
                assertThat(files.matcher(yes).find()).as(yes).isTrue();
            }
            for (String no :
                    List.of("plan.json", "main.tf.bak", "README.md", "terraform.tfstate")) {
                assertThat(files.matcher(no).find()).as(no).isFalse();
            }
        }
    }

    @Test
    void scriptHookEntryIsAnExecutableScript() {
        Path script = Path.of("bin", "tfguard-pre-commit");
        assertThat(script).isRegularFile();
        assertThat(Files.isExecutable(script)).isTrue();
    }

    @Test
    void dockerHookEntryIsTheImageCommand() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile)
                .contains("/usr/local/bin/tfguard", "ENTRYPOINT [\"tfguard\"]", "WORKDIR /src");
    }
}
