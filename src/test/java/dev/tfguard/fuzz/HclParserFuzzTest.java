package dev.tfguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Body;
import dev.tfguard.loader.hcl.syntax.ConfigFile;
import dev.tfguard.loader.hcl.syntax.Diagnostic;
import dev.tfguard.loader.hcl.syntax.HclParser;
import dev.tfguard.loader.hcl.syntax.JsonConfigParser;

/**
 * Coverage-guided fuzzing of the HCL parser and the JSON configuration parser (issue 10): any bytes
 * give a file with a body or diagnostics with positions, never an exception, and the trees they
 * return can be walked (references of every expression) without running out of stack.
 */
class HclParserFuzzTest {

    @FuzzTest(maxDuration = FuzzSettings.MAX_DURATION)
    void parsesAnyBytes(byte[] data) {
        check(HclParser.parse("fuzz.tf", data));
        check(JsonConfigParser.parse("fuzz.tf.json", data));
        check(JsonConfigParser.parseAttributes("fuzz.tfvars.json", data));
    }

    private static void check(ConfigFile f) {
        if (f == null || f.body() == null) {
            throw new AssertionError("no body");
        }
        for (Diagnostic d : f.diagnostics()) {
            if (d.line() < 0 || d.summary() == null || d.summary().isBlank()) {
                throw new AssertionError("malformed diagnostic: " + d);
            }
        }
        walk(f.body());
    }

    private static void walk(Body body) {
        for (Attribute a : body.attributes()) {
            a.expr().references();
            a.expr().source();
        }
        for (Block b : body.blocks()) {
            walk(b.body());
        }
    }
}
