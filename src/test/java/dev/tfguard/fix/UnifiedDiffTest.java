package dev.tfguard.fix;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The diff {@code tfguard fix --diff} prints has the layout of {@code diff -u} (expectations taken from it). */
class UnifiedDiffTest {

    private static String diff(String a, String b) {
        return UnifiedDiff.of("f.tf", a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8), null,
                null);
    }

    @Test
    void equalFilesHaveNoDiff() {
        assertThat(diff("a\nb\n", "a\nb\n")).isEmpty();
    }

    @Test
    void distantChangesAreSeparateHunksAndAMissingFinalNewlineIsMarked() {
        assertThat(diff("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm", "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn"))
                .isEqualTo("""
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
        assertThat(diff("x\ny\n", "new\nx\ny\n")).isEqualTo("""
                --- a/f.tf
                +++ b/f.tf
                @@ -1,2 +1,3 @@
                +new
                 x
                 y
                """);
    }

    @Test
    void crlfLinesArePrintedWithoutTheCarriageReturn() {
        assertThat(diff("a\r\nb\r\n", "a\r\nc\r\n")).isEqualTo("""
                --- a/f.tf
                +++ b/f.tf
                @@ -1,2 +1,2 @@
                 a
                -b
                +c
                """);
    }

    @Test
    void aMaskHidesPartOfALine() {
        byte[] a = "k = 1\ntoken = \"s3cret\"\n".getBytes(StandardCharsets.UTF_8);
        byte[] b = "k = 2\ntoken = \"s3cret\"\n".getBytes(StandardCharsets.UTF_8);
        UnifiedDiff.Mask mask = line -> line.text().startsWith("token") ? "token = (hidden)\n" : null;
        assertThat(UnifiedDiff.of("f.tf", a, b, mask, mask)).doesNotContain("s3cret").contains(" token = (hidden)\n");
    }
}
