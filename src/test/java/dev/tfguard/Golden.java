package dev.tfguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code testdata/golden/}; {@code
 * -Dtfguard.updateGolden=true} rewrites the file instead (review the diff before committing).
 */
public final class Golden {

    private Golden() {}

    public static void assertMatches(String actual, String goldenPath) throws IOException {
        Path golden = Path.of("testdata/golden").resolve(goldenPath);
        String normalised = actual.replace("\r\n", "\n");
        if (Boolean.getBoolean("tfguard.updateGolden") || !Files.exists(golden)) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, normalised, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("tfguard.updateGolden")) {
                throw new AssertionError(
                        "golden file " + golden + " was missing and has been written: review it");
            }
        }
        assertThat(normalised).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
