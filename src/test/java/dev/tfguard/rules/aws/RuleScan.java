package dev.tfguard.rules.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.engine.Runner;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.hcl.HclLoader;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Scans Terraform source written by a test with some built-in rules, as a folder scan would. */
final class RuleScan {

    private RuleScan() {}

    /**
     * Findings and unverified checks of {@code ids} on {@code files} (name, content pairs) in
     * {@code dir}.
     */
    static List<Finding> scan(
            Path dir, Map<String, String> environment, List<String> ids, String... files)
            throws IOException {
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(dir.resolve(files[i]), files[i + 1]);
        }
        Model model = new Model();
        RuleCatalog catalog = RuleCatalog.builtIn();
        new HclLoader()
                .load(
                        dir,
                        new LoadOptions(catalog.relevantTypes(), List.of(), environment, dir),
                        model);
        assertThat(model.errors()).isEmpty();
        return Runner.run(
                ids.stream().map(catalog::get).toList(), new ResourceGraph(model.resources()));
    }
}
