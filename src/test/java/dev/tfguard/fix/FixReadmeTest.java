package dev.tfguard.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's before/after example of {@code tfguard fix} is what the command really does (issue
 * 8).
 */
class FixReadmeTest {

    @TempDir Path tmp;

    @Test
    void readmeExampleIsWhatFixDoes() throws IOException {
        String readme = Files.readString(Path.of("README.md")).replace("\r\n", "\n");
        Matcher m =
                Pattern.compile(
                                "Before \\(`main\\.tf`\\):\\n\\n```hcl\\n(.*?)```\\n\\n`tfguard fix ([^`]*) \\.` "
                                        + "turns it into:\\n\\n```hcl\\n(.*?)```\\n\\nand prints what that does:\\n\\n```\\n(.*?)```",
                                Pattern.DOTALL)
                        .matcher(readme);
        assertThat(m.find()).as("the README has the tfguard fix example").isTrue();
        Files.writeString(tmp.resolve("main.tf"), m.group(1));
        List<String> args = new ArrayList<>(List.of("fix"));
        args.addAll(List.of(m.group(2).split(" ")));
        args.add(tmp.toString());
        StringWriter out = new StringWriter();
        int code =
                Main.run(
                        args.toArray(new String[0]),
                        new PrintWriter(out),
                        new PrintWriter(new StringWriter()),
                        Map.of(),
                        false,
                        tmp);
        assertThat(code).isZero();
        assertThat(Files.readString(tmp.resolve("main.tf"))).isEqualTo(m.group(3));
        assertThat(out.toString()).isEqualTo(m.group(4));
    }
}
