package dev.tfguard.fix;

import dev.tfguard.loader.config.ConfigFiles;
import dev.tfguard.loader.config.VariableInputs;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Body;
import dev.tfguard.loader.hcl.syntax.ConfigFile;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.loader.hcl.syntax.JsonConfigParser;
import dev.tfguard.loader.hcl.syntax.Traversal;
import dev.tfguard.model.Finding;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a value written as {@code var.X} comes from, and the place to fix it: a {@code .tfvars}
 * entry or the variable's default in a root module, the argument of the module call in a module
 * (followed up the calls). A variable is changed only when nothing else reads it.
 */
final class ValueSources {
    private final FixRun run;
    private final Set<Path> moduleDirs = new TreeSet<>();
    private final List<Path> namedVarFiles = new ArrayList<>();

    ValueSources(FixRun run) {
        this.run = run;
    }

    /**
     * Notes the module folders of the paths a run was given, and the {@code .tfvars} files named.
     */
    void add(List<Path> paths) {
        for (Path p : paths) {
            Path abs = run.options.workDir().resolve(p).toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                walk(abs);
            } else if (abs.getParent() != null) {
                moduleDirs.add(abs.getParent());
                String n = ConfigFiles.name(abs);
                if (n.endsWith(".tfvars")) {
                    namedVarFiles.add(abs);
                }
            }
        }
    }

    /**
     * Fixes the value of {@code var.X} in module folder {@code dir} (reached through the module
     * calls {@code chain}) where it comes from: a {@code .tfvars} entry or the default at the root,
     * the argument of the module call (added when the call does not pass one) in a module. Only
     * when {@code var.X} is used by nothing else.
     */
    boolean source(
            Finding f,
            Path dir,
            List<String> chain,
            String var,
            String attrName,
            String value,
            String consequence,
            SourceText usedIn,
            Attribute use) {
        List<String> uses = uses(dir, var);
        if (uses.size() != 1) {
            List<String> others = new ArrayList<>(uses);
            others.remove(usedIn.display + ":" + use.range().start().line());
            run.leave(
                    f,
                    attrName
                            + " comes from var."
                            + var
                            + ", which is also used at "
                            + String.join(", ", others)
                            + ": changing it would change those too. Set "
                            + attrName
                            + " = "
                            + value
                            + " in this block, or give it a variable of its own");
            return false;
        }
        String rule = f.rule();
        if (chain.isEmpty()) {
            if (run.options.environment().containsKey("TF_VAR_" + var)) {
                run.leave(
                        f,
                        attrName
                                + " comes from var."
                                + var
                                + ", set by the environment variable TF_VAR_"
                                + var
                                + ": set it to "
                                + value
                                + " there");
                return false;
            }
            Attribute entry = null;
            SourceText entryFile = null;
            for (Path vf : varFiles(dir)) {
                if (ConfigFiles.name(vf).endsWith(".json")) {
                    if (Files.isRegularFile(vf) && jsonSets(vf, var)) {
                        run.leave(
                                f,
                                attrName
                                        + " comes from var."
                                        + var
                                        + ", set in "
                                        + run.display(vf)
                                        + ": set it to "
                                        + value
                                        + " there (tfguard fix edits HCL only)");
                        return false;
                    }
                    continue;
                }
                SourceText t = run.text(vf);
                if (t == null) {
                    continue;
                }
                Optional<Attribute> a = t.parsed.body().attribute(var);
                if (a.isPresent()) {
                    entry = a.get();
                    entryFile = t;
                }
            }
            if (entry != null) {
                if (!FixRun.literal(entry.expr())) {
                    run.leave(
                            f,
                            attrName
                                    + " comes from var."
                                    + var
                                    + " in "
                                    + entryFile.display
                                    + ", which is not a literal value; set it to "
                                    + value);
                    return false;
                }
                return run.replaceAt(
                        entryFile,
                        null,
                        entry,
                        value,
                        "var." + var + " (for " + f.resource() + "." + attrName + ")",
                        rule,
                        consequence);
            }
            Located decl = declaration(dir, var);
            Optional<Attribute> def =
                    decl == null ? Optional.empty() : decl.block.body().attribute("default");
            if (def.isEmpty() || !FixRun.literal(def.get().expr())) {
                run.leave(
                        f,
                        attrName
                                + " comes from var."
                                + var
                                + ", whose value is not written as a literal "
                                + "default; set it to "
                                + value
                                + " where it is given");
                return false;
            }
            return run.replaceAt(
                    decl.text,
                    decl.block,
                    def.get(),
                    value,
                    "var." + var + " (for " + f.resource() + "." + attrName + ")",
                    rule,
                    consequence);
        }
        String callName = chain.get(chain.size() - 1);
        List<Located> callers = callers(dir, callName);
        if (callers.size() != 1) {
            run.leave(
                    f,
                    attrName
                            + " comes from var."
                            + var
                            + " of module \""
                            + callName
                            + "\", whose call "
                            + (callers.isEmpty() ? "was not found" : "is written in several places")
                            + "; pass "
                            + var
                            + " = "
                            + value
                            + " to it");
            return false;
        }
        Located call = callers.get(0);
        String target = "module." + callName + " (for " + f.resource() + "." + attrName + ")";
        Optional<Attribute> arg = call.block.body().attribute(var);
        if (arg.isEmpty()) {
            if (!Layout.canInsert(call.block)) {
                run.leave(
                        f, "the module block is written on one line; pass " + var + " = " + value);
                return false;
            }
            run.edits.edits(call.text, call.block).inserts.putIfAbsent(var, value);
            run.edits.record(
                    call.text,
                    Layout.insertionLine(call.block),
                    call.block.range().start().line(),
                    target,
                    "adds " + var + " = " + value,
                    rule,
                    consequence);
            return true;
        }
        Expr e = arg.get().expr();
        if (FixRun.literal(e)) {
            return run.replaceAt(
                    call.text, call.block, arg.get(), value, target, rule, consequence);
        }
        String outer = FixRun.variable(e);
        if (outer == null) {
            run.leave(
                    f,
                    attrName
                            + " comes from the argument "
                            + var
                            + " of module."
                            + callName
                            + ", computed by "
                            + e.source()
                            + "; make it give "
                            + value);
            return false;
        }
        return source(
                f,
                call.text.path.getParent(),
                chain.subList(0, chain.size() - 1),
                outer,
                attrName,
                value,
                consequence,
                call.text,
                arg.get());
    }

    /**
     * Where {@code var.NAME} is read in the module in {@code dir}, as {@code file:line}; its own
     * block excluded.
     */
    private List<String> uses(Path dir, String name) {
        List<String> out = new ArrayList<>();
        for (SourceText t : moduleFiles(dir)) {
            collectUses(t.parsed.body(), name, t.display, out);
        }
        // a .tf.json file of the module reads variables as well, though fix does not edit it
        for (Path p : configFiles(dir)) {
            if (ConfigFiles.name(p).endsWith(".json")) {
                try {
                    ConfigFile json = JsonConfigParser.parse(p.toString(), Files.readAllBytes(p));
                    collectUses(json.body(), name, run.display(p), out);
                } catch (IOException e) {
                    // the scan reports a file it cannot read
                }
            }
        }
        return out;
    }

    private static void collectUses(Body top, String name, String file, List<String> out) {
        for (Block b : top.blocks()) {
            if (!(b.type().equals("variable") && b.labels().equals(List.of(name)))) {
                collectAttributeUses(b.body(), name, file, out);
            }
        }
    }

    private static void collectAttributeUses(
            Body body, String name, String file, List<String> out) {
        for (Attribute a : body.attributes()) {
            for (Traversal t : a.expr().references()) {
                if (t.root().equals("var")
                        && !t.steps().isEmpty()
                        && t.steps().get(0) instanceof Traversal.Attr s
                        && s.name().equals(name)) {
                    out.add(file + ":" + t.range().start().line());
                }
            }
        }
        for (Block b : body.blocks()) {
            collectAttributeUses(b.body(), name, file, out);
        }
    }

    private record Located(SourceText text, Block block) {}

    private Located declaration(Path dir, String name) {
        for (SourceText t : moduleFiles(dir)) {
            for (Block b : t.parsed.body().blocks("variable")) {
                if (b.labels().equals(List.of(name))) {
                    return new Located(t, b);
                }
            }
        }
        return null;
    }

    /**
     * The {@code module "NAME"} blocks, in any scanned folder, whose local source is {@code dir}.
     */
    private List<Located> callers(Path dir, String name) {
        List<Located> out = new ArrayList<>();
        for (Path d : moduleDirs) {
            for (SourceText t : moduleFiles(d)) {
                for (Block b : t.parsed.body().blocks("module")) {
                    if (!b.labels().equals(List.of(name))) {
                        continue;
                    }
                    Optional<Attribute> s = b.body().attribute("source");
                    if (s.isPresent()
                            && s.get().expr() instanceof Expr.Template tpl
                            && tpl.isStringLiteral()) {
                        String v = tpl.literalValue();
                        if ((v.startsWith("./") || v.startsWith("../"))
                                && d.resolve(v).normalize().equals(dir)) {
                            out.add(new Located(t, b));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The {@code .tfvars} files Terraform reads for a root module, lowest precedence first: those
     * it reads by itself ({@link VariableInputs#automaticFiles}), the config file's {@code
     * var-files}, {@code --var-file}, then {@code .tfvars} files named as paths.
     */
    private List<Path> varFiles(Path dir) {
        List<Path> files = new ArrayList<>(VariableInputs.automaticFiles(dir));
        run.options.settings().varFiles().forEach(v -> files.add(v.toAbsolutePath().normalize()));
        run.options
                .varFiles()
                .forEach(
                        v ->
                                files.add(
                                        run.options
                                                .workDir()
                                                .resolve(v)
                                                .toAbsolutePath()
                                                .normalize()));
        namedVarFiles.stream().filter(v -> dir.equals(v.getParent())).forEach(files::add);
        return files;
    }

    private static boolean jsonSets(Path file, String var) {
        try {
            var cf =
                    dev.tfguard.loader.hcl.syntax.JsonConfigParser.parseAttributes(
                            file.toString(), Files.readAllBytes(file));
            return cf.body().attribute(var).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** The HCL files of the module in {@code dir}, as the scan reads them, parsed for editing. */
    private List<SourceText> moduleFiles(Path dir) {
        List<SourceText> out = new ArrayList<>();
        // JSON files have no HCL text to edit
        for (Path p : configFiles(dir)) {
            if (!ConfigFiles.name(p).endsWith(".json")) {
                SourceText t = run.text(p);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * The files that make up the module in {@code dir}, as the scan reads them ({@link
     * ConfigFiles}).
     */
    private static List<Path> configFiles(Path dir) {
        try (var s = Files.list(dir)) {
            List<Path> listed =
                    s.filter(p -> ConfigFiles.isConfig(ConfigFiles.name(p))).sorted().toList();
            return ConfigFiles.select(listed).inOrder();
        } catch (IOException e) {
            // an unreadable folder has no files to look at; the scan reports it
            return List.of();
        }
    }

    private void walk(Path root) {
        try {
            // as the scan walks: links to folders followed, hidden folders (.terraform among them)
            // skipped
            Files.walkFileTree(
                    root,
                    java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
                    64,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(
                                Path d, BasicFileAttributes attrs) {
                            String n = ConfigFiles.name(d);
                            return !d.equals(root)
                                            && (n.startsWith(".") || run.options.excluded().test(d))
                                    ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                            if (ConfigFiles.isConfig(ConfigFiles.name(f))) {
                                moduleDirs.add(f.getParent());
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            // reported by the scan
        }
    }
}
