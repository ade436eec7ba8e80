package dev.tfguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Structural checks of the launcher {@code bin/tfguard}; {@code .ci/run} runs it (archive made on
 * first use, a read-only cache folder) and {@code .ci/precommit-test.sh} runs it through
 * pre-commit.
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
        Matcher pom =
                Pattern.compile("<artifactId>tfguard</artifactId>\\s*<version>([^<]+)</version>")
                        .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(pom.find()).isTrue();
        assertThat(Files.readString(LAUNCHER)).contains("\nversion=" + pom.group(1) + "\n");
    }

    @Test
    void trainsWithAClassThatExists() throws IOException {
        assertThat(Files.readString(LAUNCHER))
                .contains("dev.tfguard.cli.Training", "dev.tfguard.cli.Main");
        assertThat(Path.of("src/main/java/dev/tfguard/cli/Training.java")).isRegularFile();
    }

    @Test
    void asksForTheExitThatMainKnows() throws IOException {
        assertThat(Files.readString(LAUNCHER))
                .contains(
                        "-D"
                                + dev.tfguard.cli.Main.EXIT_PROPERTY
                                + "="
                                + dev.tfguard.cli.Main.HALT);
    }

    @Test
    void thePreCommitHookRunsTheLauncher() throws IOException {
        assertThat(Files.readString(Path.of("bin", "tfguard-pre-commit")))
                .contains("\"$here/bin/tfguard\"");
    }

    /**
     * Issue 17, item 10: a launcher for Windows with the same jar, Java and options as bin/tfguard.
     */
    @Test
    void windowsLauncherRunsTheSameJarWithTheSameOptions() throws IOException {
        Path cmd = Path.of("bin", "tfguard.cmd");
        assertThat(cmd).isRegularFile();
        String text = Files.readString(cmd);
        assertThat(text.lines().count())
                .isEqualTo(text.split("\r\n", -1).length - 1); // CRLF, as cmd.exe wants
        assertThat(text)
                .contains(
                        "%TFGUARD_JAR%",
                        "%TFGUARD_JAVA%",
                        "%TFGUARD_JAVA_OPTS%",
                        "JAVA_HOME",
                        "..\\lib\\tfguard\\tfguard.jar",
                        "..\\target\\tfguard.jar",
                        "dev.tfguard.cli.Main %*",
                        "exit /b %ERRORLEVEL%",
                        "LSS 17");
        // every failure of its own is exit 4, as bin/tfguard's
        assertThat(text.lines().filter(l -> l.startsWith("exit /b ")).toList())
                .containsExactly("exit /b %ERRORLEVEL%", "exit /b 4", "exit /b 4", "exit /b 4");
    }

    /** Issue 17, item 10: the README's install steps use only what BSD and macOS tools have. */
    @Test
    void readmeInstallStepsAvoidGnuOnlyOptions() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String install = readme.substring(readme.indexOf("## Install"), readme.indexOf("## Usage"));
        assertThat(install)
                .doesNotContain("install -D")
                .contains("mkdir -p")
                .contains("tfguard.cmd");
    }
}
