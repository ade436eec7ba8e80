package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.ConfigFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declarations of one module folder, collected from its valid {@code .tf} and {@code .tf.json} files: nothing
 * evaluated yet, each item with the file it is written in.
 */
final class ModuleSource {
    /** A block or attribute with the file it came from. */
    record Located<T>(T item, Path file, String display) {
    }

    final Path dir;
    final Map<String, Located<Block>> variables = new LinkedHashMap<>();
    final Map<String, Located<Attribute>> locals = new LinkedHashMap<>();
    final List<Located<Block>> resources = new ArrayList<>();
    final Map<String, Located<Block>> moduleCalls = new LinkedHashMap<>();
    final Map<String, Located<Block>> outputs = new LinkedHashMap<>();
    final List<String> warnings = new ArrayList<>();
    /** Suppressions written on module calls, by call name: scoped to each instance of the call. */
    final List<InlineSuppressions.OnModule> callSuppressions = new ArrayList<>();

    ModuleSource(Path dir) {
        this.dir = dir;
    }

    /** {@link #resources} by {@link #key}, kept as files are added (rebuilding it per file was quadratic). */
    private final Map<String, Located<Block>> seenResources = new LinkedHashMap<>();

    void add(ConfigFile file, Path path, String display) {
        for (Block b : file.body().blocks()) {
            Located<Block> at = new Located<>(b, path, display);
            switch (b.type()) {
                case "variable" -> {
                    if (b.labels().size() == 1) {
                        variables.putIfAbsent(b.labels().get(0), at);
                    }
                }
                case "locals" -> b.body().attributes().forEach(a -> {
                    if (locals.putIfAbsent(a.name(), new Located<>(a, path, display)) != null) {
                        warnings.add(display + ":" + a.range().start().line() + ": local." + a.name()
                                + " is defined more than once");
                    }
                });
                case "resource", "data" -> {
                    if (b.labels().size() == 2) {
                        Located<Block> before = seenResources.putIfAbsent(key(b), at);
                        if (before != null) {
                            warnings.add(display + ":" + b.range().start().line() + ": " + key(b)
                                    + " is declared twice (first at " + before.display() + ":"
                                    + before.item().range().start().line() + "); the second is not scanned");
                        } else {
                            resources.add(at);
                        }
                    } else {
                        misLabelled(b, display, 2, "type and name");
                    }
                }
                case "module" -> {
                    if (b.labels().size() == 1) {
                        moduleCalls.putIfAbsent(b.labels().get(0), at);
                    } else {
                        misLabelled(b, display, 1, "name");
                    }
                }
                case "output" -> {
                    if (b.labels().size() == 1) {
                        outputs.putIfAbsent(b.labels().get(0), at);
                    }
                }
                default -> { }
            }
        }
    }

    /** The managed resource block {@code TYPE.NAME} (the first declared), or null. */
    Located<Block> resource(String typeDotName) {
        Located<Block> r = seenResources.get(typeDotName);
        return r != null && r.item().type().equals("resource") ? r : null;
    }

    /** Terraform rejects such a block; it is not scanned, and says so rather than vanish (issue 10). */
    private void misLabelled(Block b, String display, int labels, String what) {
        warnings.add(display + ":" + b.range().start().line() + ": a " + b.type() + " block has " + labels
                + (labels == 1 ? " label" : " labels") + " (" + what + "), this one " + b.labels().size()
                + "; it is not scanned");
    }

    static String key(Block b) {
        return (b.type().equals("data") ? "data." : "") + b.labels().get(0) + "." + b.labels().get(1);
    }
}
