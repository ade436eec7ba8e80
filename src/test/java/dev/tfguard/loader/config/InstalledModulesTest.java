package dev.tfguard.loader.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfguard.cli.CliTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registry, git and nested modules found through {@code .terraform/modules/modules.json} (issue
 * 16).
 */
class InstalledModulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path HERE = Path.of("").toAbsolutePath();

    @Test
    void initialisedConfigurationGivesTheFindingsOfItsLocalCopy() throws IOException {
        JsonNode installed = scan("testdata/config/initialised");
        JsonNode local = scan("testdata/config/local-copy");
        assertThat(installed.get("warnings")).isEmpty();
        assertThat(verdicts(installed))
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(verdicts(local));
        // located in the installed copies, as Terraform would read them
        assertThat(installed.get("findings"))
                .extracting(f -> f.get("file").asText())
                .contains(
                        "testdata/config/initialised/.terraform/modules/cache/main.tf",
                        "testdata/config/initialised/.terraform/modules/cache.key/main.tf",
                        "testdata/config/initialised/.terraform/modules/cache/modules/alarms/main.tf",
                        "testdata/config/initialised/.terraform/modules/queue/redis/main.tf");
    }

    @Test
    void communityModuleInstalledByInitIsScannedWithTheCallChain() throws IOException {
        JsonNode report = scan("testdata/config/community-module");
        JsonNode atRest = null;
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals("TFG-EC-001")) {
                atRest = f;
            }
        }
        assertThat(atRest).isNotNull();
        assertThat(atRest.get("resource").asText())
                .isEqualTo("module.redis.aws_elasticache_replication_group.default");
        assertThat(atRest.get("file").asText())
                .isEqualTo("testdata/config/community-module/.terraform/modules/redis/main.tf");
        assertThat(atRest.get("message").asText())
                .contains("at_rest_encryption_enabled is false")
                .contains(
                        "called through module.redis (testdata/config/community-module/main.tf:1)");
        assertThat(atRest.get("root").asText()).isEqualTo("testdata/config/community-module");
    }

    @Test
    void remoteModuleNotInstalledIsOneWarningPerCallSiteNamingInit(@TempDir Path tmp)
            throws IOException {
        Path dir = tmp.resolve("app");
        Files.createDirectories(dir);
        Files.copy(Path.of("testdata/config/initialised/main.tf"), dir.resolve("main.tf"));
        // the folder and a file in it: two spellings of the same call sites
        CliTestSupport.Run r = CliTestSupport.runIn(tmp, "--format", "json", "app", "app/main.tf");
        List<String> warnings = new ArrayList<>();
        JSON.readTree(r.out())
                .get("warnings")
                .forEach(w -> warnings.add(w.get("message").asText()));
        assertThat(warnings)
                .hasSize(2)
                .allMatch(w -> w.contains("is not installed; run terraform init"));
        assertThat(warnings.get(0)).startsWith("app/main.tf:1: module \"cache\"");
        assertThat(warnings.get(1)).startsWith("app/main.tf:8: module \"queue\"");
    }

    @Test
    void modulesJsonKeysAreTheCallNamesJoinedByDots() {
        ModuleManifest m =
                ModuleManifest.read(
                        Path.of("testdata/config/initialised").toAbsolutePath(),
                        java.util.Map.of());
        assertThat(m.get(ModuleManifest.key(List.of("cache", "key"))).dir())
                .isEqualTo(
                        Path.of("testdata/config/initialised/.terraform/modules/cache.key")
                                .toAbsolutePath());
        assertThat(m.get("queue").dir()).endsWith(Path.of(".terraform/modules/queue/redis"));
        assertThat(m.get("cache.nothing")).isNull();
    }

    @Test
    void dataDirFromTheEnvironmentMovesTheManifest(@TempDir Path tmp) throws IOException {
        Path data = tmp.resolve("tfdata/modules");
        Files.createDirectories(data);
        Files.writeString(
                data.resolve("modules.json"),
                "{\"Modules\":[{\"Key\":\"a\",\"Source\":\"x/y/z\",\"Dir\":\"tfdata/modules/a\"}]}");
        ModuleManifest m = ModuleManifest.read(tmp, java.util.Map.of("TF_DATA_DIR", "tfdata"));
        assertThat(m.get("a").dir()).isEqualTo(tmp.resolve("tfdata/modules/a"));
    }

    static JsonNode scan(String path) throws IOException {
        return JSON.readTree(CliTestSupport.runIn(HERE, "--format", "json", path).out());
    }

    /**
     * Rule, address, attribute and line of every finding and unverified check: what must not depend
     * on layout.
     */
    static List<String> verdicts(JsonNode report) {
        List<String> out = new ArrayList<>();
        Stream.of("findings", "unverified")
                .forEach(
                        k ->
                                report.get(k)
                                        .forEach(
                                                f ->
                                                        out.add(
                                                                f.get("rule").asText()
                                                                        + " "
                                                                        + f.get("resource").asText()
                                                                        + " "
                                                                        + f.get("attribute")
                                                                                .asText()
                                                                        + " "
                                                                        + f.get("line").asText()
                                                                        + " "
                                                                        + f.get("file")
                                                                                .asText()
                                                                                .replaceAll(
                                                                                        ".*/",
                                                                                        ""))));
        return out;
    }
}
