package dev.tfguard.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The diff {@code tfguard fix --diff} prints has the layout of {@code diff -u} (expectations taken
 * from it).
 */
class UnifiedDiffTest {

    private static String diff(String a, String b) {
        return UnifiedDiff.of(
                "f.tf",
                a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8),
                null,
                null);
    }

    @Test
    void equalFilesHaveNoDiff() {
        assertThat(diff("a\nb\n", "a\nb\n")).isEmpty();
    }

    @Test
    void distantChangesAreSeparateHunksAndAMissingFinalNewlineIsMarked() {
        assertThat(
                        diff(
                                "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm",
                                "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn"))
                .isEqualTo(
                        """
                        --- a/f.tf
                        +++ b/f.tf
                        @@ -1,5 +1,5 @@
                         a
                        -b
                        +B
                         c
                         d
                         e
                        @@ -10,4 +10,5 @@
                         j
                         k
                         l
                        -m
                        \\ No newline at end of file
                        +m
                        +n
                        \\ No newline at end of file
                        """);
    }

    @Test
    void insertionAtTheStart() {
        assertThat(diff("x\ny\n", "new\nx\ny\n"))
                .isEqualTo(
                        """
                --- a/f.tf
                +++ b/f.tf
                @@ -1,2 +1,3 @@
                +new
                 x
                 y
                """);
    }

    /**
     * Issue 17, item 6: a diff of a CRLF file keeps the carriage returns, or git apply and patch
     * reject it.
     */
    @Test
    void crlfLinesKeepTheirCarriageReturnSoThatTheDiffApplies() {
        assertThat(diff("a\r\nb\r\n", "a\r\nc\r\n"))
                .isEqualTo(
                        """
                --- a/f.tf
                +++ b/f.tf
                @@ -1,2 +1,2 @@
                 a\r
                -b\r
                +c\r
                """);
    }

    /**
     * Issue 17, item 6: a hidden line is never printed, not even masked (a masked context line
     * makes the diff fail to apply); a change whose trailing context would be one is left out, and
     * a line before the header says so.
     */
    @Test
    void aHiddenLineIsNeverPrintedAndAChangeRightAboveItIsExplained() {
        byte[] a = "k = 1\ntoken = \"s3cret\"\n".getBytes(StandardCharsets.UTF_8);
        byte[] b = "k = 2\ntoken = \"s3cret\"\n".getBytes(StandardCharsets.UTF_8);
        UnifiedDiff.Mask mask =
                line -> line.text().startsWith("token") ? "token = (hidden)\n" : null;
        String diff = UnifiedDiff.of("f.tf", a, b, mask, mask);
        assertThat(diff)
                .doesNotContain("s3cret")
                .doesNotContain("(hidden)")
                .doesNotContain("@@")
                .startsWith("tfguard: f.tf: 1 change is not in this diff");
        // a change below the hidden line has context of its own after it, and none before it
        byte[] c = "token = \"s3cret\"\nk = 1\nx = 1\ny = 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] d = "token = \"s3cret\"\nk = 2\nx = 1\ny = 1\n".getBytes(StandardCharsets.UTF_8);
        assertThat(UnifiedDiff.of("f.tf", c, d, mask, mask))
                .isEqualTo(
                        """
                --- a/f.tf
                +++ b/f.tf
                @@ -2,3 +2,3 @@
                -k = 1
                +k = 2
                 x = 1
                 y = 1
                """);
    }

    /**
     * A hidden line that a change only re-aligns keeps its old alignment in the diff; the changes
     * around it show.
     */
    @Test
    void aHiddenLineThatIsOnlyRealignedStaysAsItWas() {
        byte[] a = "a = 1\ntoken = \"s3cret\"\n\nz = 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] b =
                "a     = 1\ntoken = \"s3cret\"\nlonger = 2\n\nz = 1\n"
                        .getBytes(StandardCharsets.UTF_8);
        byte[] c =
                "a      = 1\ntoken  = \"s3cret\"\nlonger = 2\n\nz = 1\n"
                        .getBytes(StandardCharsets.UTF_8);
        UnifiedDiff.Mask mask =
                line -> line.text().startsWith("token") ? "token = (hidden)\n" : null;
        String diff = UnifiedDiff.of("f.tf", a, c, mask, mask);
        assertThat(diff)
                .doesNotContain("s3cret")
                .contains("+longer = 2\n")
                .startsWith("tfguard: f.tf: 2 changes are not in this diff");
        assertThat(UnifiedDiff.of("f.tf", a, b, mask, mask))
                .doesNotContain("s3cret")
                .contains("+longer = 2\n");
    }
}
