package dev.tfguard.loader.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Body;
import dev.tfguard.loader.hcl.syntax.ConfigFile;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.HclParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite in {@code testdata/eval} calls every built-in function that Terraform lists
 * (issue 15): a function in {@code functions.json} ({@code terraform metadata functions -json})
 * that no case calls fails here.
 */
class EvalSuiteCoverageTest {

    static final Path SUITE = Path.of("testdata", "eval");

    /** The built-in functions of the recorded listing, without the {@code core::} duplicates. */
    static Set<String> listedFunctions() throws IOException {
        JsonNode listing = new ObjectMapper().readTree(SUITE.resolve("functions.json").toFile());
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = listing.get("function_signatures").fieldNames();
                it.hasNext(); ) {
            String name = it.next();
            if (!name.startsWith("core::")) {
                names.add(name);
            }
        }
        return names;
    }

    @Test
    void everyListedFunctionHasACase() throws IOException {
        Set<String> listed = listedFunctions();
        assertThat(listed)
                .hasSizeGreaterThan(100)
                .contains("format", "templatefile", "plantimestamp");
        Set<String> called = new TreeSet<>();
        for (Path file : tfFiles()) {
            ConfigFile cf = HclParser.parse(file.toString(), Files.readAllBytes(file));
            assertThat(cf.diagnostics()).as(file.toString()).isEmpty();
            collect(cf.body(), called);
        }
        Set<String> missing = new TreeSet<>(listed);
        missing.removeAll(called);
        assertThat(missing)
                .as("functions listed by terraform metadata functions that no case calls")
                .isEmpty();
    }

    @Test
    void suiteHasAtLeastFifteenHundredCases() throws IOException {
        int outputs = 0;
        for (Path file : tfFiles()) {
            if (file.getParent().getParent().getFileName().toString().equals("cases")) {
                outputs +=
                        HclParser.parse(file.toString(), Files.readAllBytes(file))
                                .body()
                                .blocks("output")
                                .size();
            }
        }
        assertThat(outputs).isGreaterThanOrEqualTo(1500);
    }

    static List<Path> tfFiles() throws IOException {
        try (Stream<Path> s = Files.walk(SUITE.resolve("cases"))) {
            return s.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
        }
    }

    private static void collect(Body body, Set<String> into) {
        for (Attribute a : body.attributes()) {
            walk(a.expr(), into);
        }
        for (Block b : body.blocks()) {
            collect(b.body(), into);
        }
    }

    private static void walk(Expr e, Set<String> into) {
        List<Expr> kids = new ArrayList<>();
        if (e instanceof Expr.FunctionCall f) {
            into.add(f.name());
            kids.addAll(f.args());
        } else if (e instanceof Expr.Template t) {
            kids.addAll(t.parts());
        } else if (e instanceof Expr.TemplateIf t) {
            kids.add(t.condition());
            kids.add(t.then());
            if (t.otherwise() != null) {
                kids.add(t.otherwise());
            }
        } else if (e instanceof Expr.TemplateFor t) {
            kids.add(t.collection());
            kids.add(t.body());
        } else if (e instanceof Expr.RelativeTraversal r) {
            kids.add(r.base());
        } else if (e instanceof Expr.Index i) {
            kids.add(i.collection());
            kids.add(i.key());
        } else if (e instanceof Expr.Splat s) {
            kids.add(s.base());
            kids.add(s.each());
        } else if (e instanceof Expr.Tuple t) {
            kids.addAll(t.elements());
        } else if (e instanceof Expr.ObjectCons o) {
            o.items()
                    .forEach(
                            i -> {
                                kids.add(i.key());
                                kids.add(i.value());
                            });
        } else if (e instanceof Expr.Conditional c) {
            kids.add(c.condition());
            kids.add(c.then());
            kids.add(c.otherwise());
        } else if (e instanceof Expr.BinaryOp b) {
            kids.add(b.left());
            kids.add(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            kids.add(u.operand());
        } else if (e instanceof Expr.For f) {
            kids.add(f.collection());
            kids.add(f.valueExpr());
            if (f.keyExpr() != null) {
                kids.add(f.keyExpr());
            }
            if (f.condition() != null) {
                kids.add(f.condition());
            }
        } else if (e instanceof Expr.Paren p) {
            kids.add(p.inner());
        }
        kids.forEach(k -> walk(k, into));
    }
}
