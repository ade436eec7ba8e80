package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training run scans its examples without a trace: no output, no files left behind.
 */
class TrainingTest {

    @Test
    void runsAndCleansUp() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (Stream<Path> s = Files.list(tmp)) {
            before =
                    s.filter(p -> p.getFileName().toString().startsWith("tfguard-training"))
                            .count();
        }
        Training.main(new String[0]);
        Path files = tmp.resolve("tfguard-training-files-" + ProcessHandle.current().pid());
        Training.main(new String[] {"files", files.toString()});
        assertThat(files).doesNotExist();
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(
                            s.filter(p -> p.getFileName().toString().startsWith("tfguard-training"))
                                    .count())
                    .isLessThanOrEqualTo(before);
        }
    }
}
