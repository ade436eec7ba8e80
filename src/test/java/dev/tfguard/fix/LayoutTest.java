package dev.tfguard.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text edits that keep a file's layout, as terraform fmt would lay out the new lines (issue 8). */
class LayoutTest {

    private static SourceText text(String s) {
        return new SourceText(Path.of("main.tf"), "main.tf", s.getBytes(StandardCharsets.UTF_8));
    }

    private static String insert(String source, String name, String value) {
        SourceText src = text(source);
        Block block = src.parsed.body().blocks().get(0);
        List<Edit> edits = Layout.insert(src, block, List.of(new Layout.NewAttr(name, value)));
        return new String(Edit.apply(src.bytes, edits), StandardCharsets.UTF_8);
    }

    @Test
    void opensAnEmptyBlock() {
        assertThat(insert("resource \"a\" \"b\" {}\n", "x", "true"))
                .isEqualTo("resource \"a\" \"b\" {\n  x = true\n}\n");
    }

    @Test
    void putsABlankLineBeforeANestedBlockRightBelow() {
        assertThat(insert("resource \"a\" \"b\" {\n  lifecycle {}\n}\n", "x", "true"))
                .isEqualTo("resource \"a\" \"b\" {\n  x = true\n\n  lifecycle {}\n}\n");
    }

    @Test
    void realignsAnAlignedRunAndLeavesAnUnalignedOneAlone() {
        assertThat(insert("r \"a\" \"b\" {\n  a  = 1\n  bb = 2\n}\n", "longer", "3"))
                .isEqualTo("r \"a\" \"b\" {\n  a      = 1\n  bb     = 2\n  longer = 3\n}\n");
        assertThat(insert("r \"a\" \"b\" {\n  a = 1\n  bb = 2\n}\n", "longer", "3"))
                .isEqualTo("r \"a\" \"b\" {\n  a = 1\n  bb = 2\n  longer = 3\n}\n");
    }

    @Test
    void aRunEndsAtACommentLineOrABlankLine() {
        assertThat(insert("r \"a\" \"b\" {\n  a = 1\n  # c\n  bb = 2\n}\n", "ccc", "3"))
                .isEqualTo("r \"a\" \"b\" {\n  a = 1\n  # c\n  bb  = 2\n  ccc = 3\n}\n");
    }

    @Test
    void refusesABlockOnOneLine() {
        SourceText src = text("r \"a\" \"b\" { a = 1 }\n");
        assertThat(Layout.canInsert(src.parsed.body().blocks().get(0))).isFalse();
    }

    @Test
    void keepsTrailingCommentsAligned() {
        SourceText src =
                text(
                        "r \"a\" \"b\" {\n  a = \"long\" # x\n  b = false  # y\n  c = false  # z\n}\n");
        Block block = src.parsed.body().blocks().get(0);
        Map<Attribute, String> values = new LinkedHashMap<>();
        values.put(block.body().attribute("b").orElseThrow(), "true");
        values.put(block.body().attribute("c").orElseThrow(), "true");
        String out =
                new String(
                        Edit.apply(src.bytes, Layout.replace(src, block, values)),
                        StandardCharsets.UTF_8);
        assertThat(out)
                .isEqualTo(
                        "r \"a\" \"b\" {\n  a = \"long\" # x\n  b = true   # y\n  c = true   # z\n}\n");
    }

    @Test
    void keepsTheFilesLineEndingAndIndentation() {
        assertThat(insert("r \"a\" \"b\" {\r\n\tk = 1\r\n}\r\n", "x", "2"))
                .isEqualTo("r \"a\" \"b\" {\r\n\tk = 1\r\n\tx = 2\r\n}\r\n");
    }

    @Test
    void insertsAfterABlockCommentThatEndsOnALaterLine() {
        assertThat(insert("r \"a\" \"b\" {\n  a = 1 /* one\n  two */\n}\n", "x", "2"))
                .isEqualTo("r \"a\" \"b\" {\n  a = 1 /* one\n  two */\n  x = 2\n}\n");
    }
}
