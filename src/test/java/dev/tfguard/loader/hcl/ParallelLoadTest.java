package dev.tfguard.loader.hcl;

import dev.tfguard.loader.LoadOptions;
import dev.tfguard.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files parsed on several threads give the very model that one thread gives: the same resources, errors and
 * warnings in the same order, whatever the timing (issue 9).
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
            for (int f = 0; f < 2 * HclLoader.PARALLEL_MIN_FILES; f++) {
                String name = String.format("f%02d.tf", f);
                String text = f % 7 == 3
                        ? "resource \"aws_kms_key\" \"broken" + f + "\" {\n  enable_key_rotation = \n"
                        : "resource \"aws_kms_key\" \"k" + f + "\" {\n  enable_key_rotation = " + (f % 2 == 0)
                                + "\n  description = local.d\n}\n"
                                + "resource \"aws_kms_key\" \"k" + (f / 2) + "\" {}\n";
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
}
