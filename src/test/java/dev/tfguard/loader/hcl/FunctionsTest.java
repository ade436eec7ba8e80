package dev.tfguard.loader.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tfguard.loader.LoadOptions;
import dev.tfguard.model.Model;
import dev.tfguard.model.Resource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionsTest {

    /**
     * jsonencode writes what Terraform writes (terraform console, 1.11): numbers without exponent
     * or trailing zeros, keys in order, {@code < > &} and U+2028 escaped (issue 15, "What was seen"
     * 5).
     */
    @Test
    void jsonencodeWritesWhatTerraformWrites(@TempDir Path dir) throws IOException {
        String value =
                "{b = [1, 2.50, 1e3, -0.5, true, null], a = \"q\\\"<&>\\u00e9\\n\\u2028\", c = {}, d = [], e = {x = null}}";
        Files.writeString(
                dir.resolve("main.tf"),
                "resource \"aws_kms_key\" \"k\" {\n" + "  policy = jsonencode(" + value + ")\n}\n");
        Model model = new Model();
        new HclLoader(1).load(dir, new LoadOptions(null, List.of(), Map.of(), dir), model);
        Resource key = model.resources().get(0);
        assertThat(key.value("policy").known())
                .isEqualTo(
                        "{\"a\":\"q\\\"\\u003c\\u0026\\u003e\u00e9\\n\\u2028\",\"b\":[1,2.5,1000,-0.5,true,null],"
                                + "\"c\":{},\"d\":[],\"e\":{\"x\":null}}");
    }
}
