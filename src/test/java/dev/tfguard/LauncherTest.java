package dev.tfguard;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Structural checks of the launcher {@code bin/tfguard}; {@code .ci/run} runs it (archive made on first use, a
 * read-only cache folder) and {@code .ci/precommit-test.sh} runs it through pre-commit.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("bin", "tfguard");

    @Test
    void isAnExecutableScript() {
        assertThat(LAUNCHER).isRegularFile();
        assertThat(Files.isExecutable(LAUNCHER)).isTrue();
    }

    @Test
    void keysItsCacheByThePomVersion() throws IOException {
        Matcher pom = Pattern.compile("<artifactId>tfguard</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(pom.find()).isTrue();
        assertThat(Files.readString(LAUNCHER)).contains("\nversion=" + pom.group(1) + "\n");
    }

    @Test
    void trainsWithAClassThatExists() throws IOException {
        assertThat(Files.readString(LAUNCHER)).contains("dev.tfguard.cli.Training", "dev.tfguard.cli.Main");
        assertThat(Path.of("src/main/java/dev/tfguard/cli/Training.java")).isRegularFile();
    }

    @Test
    void asksForTheExitThatMainKnows() throws IOException {
        assertThat(Files.readString(LAUNCHER))
                .contains("-D" + dev.tfguard.cli.Main.EXIT_PROPERTY + "=" + dev.tfguard.cli.Main.HALT);
    }

    @Test
    void thePreCommitHookRunsTheLauncher() throws IOException {
        assertThat(Files.readString(Path.of("bin", "tfguard-pre-commit"))).contains("\"$here/bin/tfguard\"");
    }
}
