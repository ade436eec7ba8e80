package dev.tfguard.loader.hcl;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfguard.loader.LoadOptions;
import dev.tfguard.model.Model;
import dev.tfguard.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionsTest {

    /** jsonencode writes plain values itself; the text is the one Jackson's mapper writes for the same value. */
    @Test
    void jsonencodeWritesWhatTheMapperWrites(@TempDir Path dir) throws IOException {
        String value = "{b = [1, 2.50, 1e3, -0.5, true, null], a = \"q\\\"<&>\\u00e9\\n\", c = {}, d = [], e = {x = null}}";
        Files.writeString(dir.resolve("main.tf"), "resource \"aws_kms_key\" \"k\" {\n"
                + "  policy = jsonencode(" + value + ")\n"
                + "  raw = " + value + "\n}\n");
        Model model = new Model();
        new HclLoader(1).load(dir, new LoadOptions(null, List.of(), Map.of(), dir), model);
        Resource key = model.resources().get(0);
        String expected = new ObjectMapper().writeValueAsString(key.value("raw").known());
        assertThat(key.value("policy").known()).isEqualTo(expected);
        assertThat(expected).contains("\"b\":[1,2.50,1E+3,-0.5,true,null]");
    }
}
