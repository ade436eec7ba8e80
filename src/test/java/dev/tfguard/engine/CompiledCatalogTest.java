package dev.tfguard.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule catalog compiled at build time ({@code rules/catalog.bin}) holds exactly what the YAML parses to, for
 * every built-in rule, and is ignored for a rule file whose bytes differ from what it was compiled from.
 */
class CompiledCatalogTest {

    private static Map<String, byte[]> builtInYaml() throws IOException {
        Map<String, byte[]> yaml = new LinkedHashMap<>();
        for (String name : RuleCatalog.index()) {
            try (InputStream in = RuleCatalog.class.getClassLoader().getResourceAsStream("rules/" + name)) {
                assertThat(in).as(name).isNotNull();
                yaml.put("rules/" + name, in.readAllBytes());
            }
        }
        return yaml;
    }

    @Test
    void theBuildCompiledEveryBuiltInRuleToWhatItsYamlSays() throws IOException {
        CompiledCatalog compiled = CompiledCatalog.load(RuleCatalog.class.getClassLoader());
        assertThat(compiled).as("target/classes/" + CompiledCatalog.RESOURCE + " (written by the Maven build)")
                .isNotNull();
        builtInYaml().forEach((file, yaml) ->
                assertThat(compiled.descriptor(file, yaml)).as(file).isEqualTo(RuleCatalog.parse(file, yaml)));
    }

    @Test
    void roundTripsEveryDescriptor() throws Exception {
        Map<String, byte[]> yaml = builtInYaml();
        Map<String, Descriptor> parsed = new LinkedHashMap<>();
        yaml.forEach((file, bytes) -> parsed.put(file, RuleCatalog.parse(file, bytes)));
        CompiledCatalog decoded = CompiledCatalog.decode(CompiledCatalog.encode(yaml, parsed));
        parsed.forEach((file, d) -> assertThat(decoded.descriptor(file, yaml.get(file))).as(file).isEqualTo(d));
    }

    @Test
    void ignoresAnEntryWhoseYamlChanged() throws Exception {
        Map<String, byte[]> yaml = builtInYaml();
        Map<String, Descriptor> parsed = new LinkedHashMap<>();
        yaml.forEach((file, bytes) -> parsed.put(file, RuleCatalog.parse(file, bytes)));
        CompiledCatalog decoded = CompiledCatalog.decode(CompiledCatalog.encode(yaml, parsed));
        String file = yaml.keySet().iterator().next();
        byte[] changed = yaml.get(file).clone();
        changed[changed.length - 1] ^= 1;
        assertThat(decoded.descriptor(file, changed)).isNull();
        assertThat(decoded.descriptor("rules/none.yaml", yaml.get(file))).isNull();
    }

    @Test
    void listsEveryIndexedFileAndLeavesMalformedOnesToTheYaml() throws Exception {
        Map<String, byte[]> yaml = new LinkedHashMap<>(builtInYaml());
        Map<String, Descriptor> parsed = new LinkedHashMap<>();
        yaml.forEach((file, bytes) -> parsed.put(file, RuleCatalog.parse(file, bytes)));
        yaml.put("rules/broken.yaml", "id: [".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        yaml.put("rules/missing.yaml", null);
        CompiledCatalog decoded = CompiledCatalog.decode(CompiledCatalog.encode(yaml, parsed));
        assertThat(decoded.files()).containsExactlyElementsOf(yaml.keySet());
        assertThat(decoded.descriptor("rules/broken.yaml")).isNull();
        assertThat(decoded.descriptor("rules/missing.yaml")).isNull();
        assertThat(decoded.packaged()).isFalse();
    }

    @Test
    void builtInCatalogIsTheSameWithOrWithoutTheCompiledForm() {
        RuleCatalog fromYaml = new RuleCatalog();
        RuleCatalog.index().forEach(name -> {
            try (InputStream in = RuleCatalog.class.getClassLoader().getResourceAsStream("rules/" + name)) {
                fromYaml.add("rules/" + name, in.readAllBytes());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(RuleCatalog.builtIn().infos()).isEqualTo(fromYaml.infos());
        assertThat(RuleCatalog.builtIn().relevantTypes()).isEqualTo(fromYaml.relevantTypes());
    }
}
