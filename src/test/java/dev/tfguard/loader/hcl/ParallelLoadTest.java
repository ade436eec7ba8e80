package dev.tfguard.loader.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.loader.LoadOptions;
import dev.tfguard.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files parsed on several threads give the very model that one thread gives: the same resources,
 * errors and warnings in the same order, whatever the timing (issue 9).
 */
class ParallelLoadTest {

    private static Model load(Path dir, int threads) {
        Model model = new Model();
        new HclLoader(threads).load(dir, new LoadOptions(null, List.of(), Map.of(), dir), model);
        return model;
    }

    @Test
    void parallelParsingGivesTheSequentialModel(@TempDir Path dir) throws IOException {
        for (int m = 0; m < 3; m++) {
            Path module = Files.createDirectories(dir.resolve(m == 0 ? "." : "mod" + m));
            for (int f = 0; f < 2 * ModuleReader.PARALLEL_MIN_FILES; f++) {
                String name = String.format("f%02d.tf", f);
                String text =
                        f % 7 == 3
                                ? "resource \"aws_kms_key\" \"broken"
                                        + f
                                        + "\" {\n  enable_key_rotation = \n"
                                : "resource \"aws_kms_key\" \"k"
                                        + f
                                        + "\" {\n  enable_key_rotation = "
                                        + (f % 2 == 0)
                                        + "\n  description = local.d\n}\n"
                                        + "resource \"aws_kms_key\" \"k"
                                        + (f / 2)
                                        + "\" {}\n";
                Files.writeString(module.resolve(name), text);
            }
            Files.writeString(module.resolve("locals.tf"), "locals {\n  d = \"key\"\n}\n");
        }
        Model sequential = load(dir, 1);
        assertThat(sequential.resources()).hasSizeGreaterThan(60);
        assertThat(sequential.errors()).hasSizeGreaterThan(5);
        assertThat(sequential.warnings()).isNotEmpty();
        for (int run = 0; run < 5; run++) {
            Model parallel = load(dir, 4);
            assertThat(parallel.resources()).isEqualTo(sequential.resources());
            assertThat(parallel.errors()).isEqualTo(sequential.errors());
            assertThat(parallel.warnings()).isEqualTo(sequential.warnings());
        }
    }

    /**
     * Resource blocks evaluated on several threads: the model of one thread, for a module whose
     * locals and resources refer to each other, one with a warning a cached local gives once, and
     * one with a cycle.
     */
    @Test
    void parallelEvaluationGivesTheSequentialModel(@TempDir Path dir) throws IOException {
        String shared =
                "locals {\n  on = true\n  alias = local.on\n  arn = aws_kms_key.k0.arn\n}\n";
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < HclLoader.PARALLEL_MIN_BLOCKS + 40; i++) {
            blocks.append("resource \"aws_kms_key\" \"k")
                    .append(i)
                    .append("\" {\n")
                    .append("  enable_key_rotation = ")
                    .append(i % 3 == 0 ? "local.alias" : "var.rotate")
                    .append('\n')
                    .append("  description = \"key ${")
                    .append(i % 5 == 0 ? "local.arn" : "\"x\"")
                    .append("}\"\n")
                    .append("  count = ")
                    .append(i % 11 == 0 ? "0" : "1")
                    .append("\n}\n")
                    .append("resource \"aws_elasticache_replication_group\" \"g")
                    .append(i)
                    .append("\" {\n")
                    .append("  kms_key_id = aws_kms_key.k")
                    .append(i)
                    .append(".arn\n}\n");
        }
        String variables = "variable \"rotate\" {\n  default = false\n}\n";
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(plain.resolve("main.tf"), shared + variables + blocks);
        Path warned = Files.createDirectories(dir.resolve("warned"));
        Files.writeString(
                warned.resolve("main.tf"),
                shared.replace("local.on", "var.undeclared") + variables + blocks);
        Path cyclic = Files.createDirectories(dir.resolve("cyclic"));
        Files.writeString(
                cyclic.resolve("main.tf"),
                shared.replace("local.on", "local.back")
                        + "locals {\n  back = local.alias\n}\n"
                        + variables
                        + blocks);
        for (Path tree : List.of(plain, warned, cyclic)) {
            Model sequential = load(tree, 1);
            assertThat(sequential.resources())
                    .hasSizeGreaterThan(2 * HclLoader.PARALLEL_MIN_BLOCKS);
            for (int run = 0; run < 5; run++) {
                Model parallel = load(tree, 4);
                assertThat(parallel.resources()).isEqualTo(sequential.resources());
                assertThat(parallel.errors()).isEqualTo(sequential.errors());
                assertThat(parallel.warnings()).isEqualTo(sequential.warnings());
            }
        }
        assertThat(load(warned, 1).warnings())
                .anyMatch(w -> w.message().contains("var.undeclared is not declared"));
    }
}
