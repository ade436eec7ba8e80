package dev.tfguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tfguard.engine.RuleCatalog;
import dev.tfguard.engine.Runner;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.loader.Inputs;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.model.Model;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzzing of a whole source scan (issue 10): one Terraform file goes through the
 * HCL loader, the evaluator (variables, locals, functions, count and for_each), the graph and every
 * built-in rule. Whatever the file, the scan ends with findings, errors or warnings, never with an
 * exception or a hang.
 */
class ScanFuzzTest {
    private static final RuleCatalog CATALOG = RuleCatalog.builtIn();
    private final FuzzFiles files = new FuzzFiles("scan-fuzz");

    @FuzzTest(maxDuration = FuzzSettings.MAX_DURATION)
    void scansAnyTerraformFile(byte[] data) {
        Path main = files.write("main.tf", data);
        LoadOptions options =
                new LoadOptions(CATALOG.relevantTypes(), List.of(), Map.of(), files.dir());
        Model model = new Model();
        Inputs.load(List.of(main.getParent()), options, model);
        FuzzFiles.checkErrors(model);
        Runner.run(CATALOG.rules(), new ResourceGraph(model.resources()));
    }
}
