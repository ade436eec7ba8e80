package dev.tfguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terminal conveniences (issue 5): --quiet, the progress line, shell completion. */
class TerminalTest {
    @TempDir Path tmp;

    @Test
    void quietPrintsNothingForACleanScanAndNoWarnings() throws Exception {
        Files.writeString(
                tmp.resolve("main.tf"),
                """
                module "remote" {
                  source = "terraform-aws-modules/elasticache/aws"
                }
                """);
        CliTestSupport.Run loud = CliTestSupport.runIn(tmp, "--format", "json", ".");
        assertThat(loud.err()).contains("tfguard: warning: main.tf:1: module \"remote\"");
        CliTestSupport.Run quiet = CliTestSupport.runIn(tmp, "--quiet", ".");
        assertThat(quiet.code()).isZero();
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void quietStillReportsFindings() throws Exception {
        Files.writeString(
                tmp.resolve("main.tf"),
                """
                resource "aws_kms_key" "k" {
                  description = "k"
                }
                """);
        CliTestSupport.Run run = CliTestSupport.runIn(tmp, "-q", ".");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("TFG-KMS-001");
    }

    @Test
    void progressIsDrawnOnlyWhenEnabledAndErasedAtTheEnd() throws Exception {
        StringWriter off = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(off), false)) {
            Thread.sleep(600);
            p.show("main.tf");
        }
        assertThat(off.toString()).isEmpty();
        StringWriter on = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(on), true)) {
            p.show("early.tf");
            Thread.sleep(600);
            p.show("late.tf");
        }
        assertThat(on.toString())
                .doesNotContain("early.tf")
                .contains("late.tf")
                .endsWith("\r\u001b[K");
    }

    @Test
    void generatesABashCompletionScript() {
        StringWriter out = new StringWriter();
        int code =
                Main.run(
                        new String[] {"generate-completion"},
                        new PrintWriter(out),
                        new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("complete -F")
                .contains("--fail-on")
                .contains("--baseline");
    }
}
