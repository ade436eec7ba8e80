package dev.tfguard.loader.hcl;

import dev.tfguard.loader.config.Overrides;
import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.ConfigFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declarations of one module folder, collected from its valid {@code .tf} and {@code .tf.json}
 * files: nothing evaluated yet, each item with the file it is written in.
 */
final class ModuleSource {
    /**
     * A block or attribute with the file it came from; for a block that an override file changed,
     * the arguments and nested blocks taken from the override file, with that file's display path.
     */
    record Located<T>(T item, Path file, String display, Map<Object, String> fromOverride) {

        Located(T item, Path file, String display) {
            this(item, file, display, Map.of());
        }

        /**
         * The display path of the file that {@code part} (an argument or nested block of the item)
         * is written in.
         */
        String displayOf(Object part) {
            String other = fromOverride.isEmpty() ? null : fromOverride.get(part);
            return other != null ? other : display;
        }
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

    /**
     * {@link #resources} by {@link #key}, kept as files are added (rebuilding it per file was
     * quadratic).
     */
    private final Map<String, Located<Block>> seenResources = new LinkedHashMap<>();

    /**
     * Merges the blocks of an override file into the declarations read so far, by Terraform's rules
     * ({@link Overrides}): a block overrides the block of the same kind and name, each local value
     * the local of that name. A block that overrides nothing is reported, as Terraform rejects it.
     */
    void override(ConfigFile file, Path path, String display) {
        for (Block b : file.body().blocks()) {
            String where = display + ":" + b.range().start().line();
            switch (b.type()) {
                case "variable", "output", "module" -> {
                    Map<String, Located<Block>> table =
                            b.type().equals("variable")
                                    ? variables
                                    : b.type().equals("output") ? outputs : moduleCalls;
                    String name = b.labels().size() == 1 ? b.labels().get(0) : null;
                    Located<Block> base = name == null ? null : table.get(name);
                    if (base == null) {
                        warnings.add(
                                where
                                        + ": "
                                        + b.type()
                                        + " \""
                                        + name
                                        + "\" in an override file overrides no "
                                        + b.type()
                                        + " block; it is not scanned");
                    } else {
                        table.put(name, merged(base, b, display));
                    }
                }
                case "locals" ->
                        b.body()
                                .attributes()
                                .forEach(
                                        a -> locals.put(a.name(), new Located<>(a, path, display)));
                case "resource", "data" -> {
                    Located<Block> base = b.labels().size() == 2 ? seenResources.get(key(b)) : null;
                    if (base == null) {
                        warnings.add(
                                where
                                        + ": "
                                        + (b.labels().size() == 2
                                                ? key(b)
                                                : "a " + b.type() + " block")
                                        + " in an override file overrides no "
                                        + b.type()
                                        + " block; it is not scanned");
                    } else {
                        Located<Block> m = merged(base, b, display);
                        seenResources.put(key(b), m);
                        resources.set(resources.indexOf(base), m);
                    }
                }
                default -> {}
            }
        }
    }

    /**
     * {@code base} with {@code override} merged in, remembering which parts came from the override
     * file.
     */
    private static Located<Block> merged(Located<Block> base, Block override, String display) {
        Block m = Overrides.merge(base.item(), override);
        Map<Object, String> from = new IdentityHashMap<>(base.fromOverride());
        override.body().items().forEach(i -> from.put(i, display));
        // a lifecycle block merged argument by argument keeps the original's position
        return new Located<>(m, base.file(), base.display(), from);
    }

    void add(ConfigFile file, Path path, String display) {
        for (Block b : file.body().blocks()) {
            Located<Block> at = new Located<>(b, path, display);
            switch (b.type()) {
                case "variable" -> {
                    if (b.labels().size() == 1) {
                        variables.putIfAbsent(b.labels().get(0), at);
                    }
                }
                case "locals" ->
                        b.body()
                                .attributes()
                                .forEach(
                                        a -> {
                                            if (locals.putIfAbsent(
                                                            a.name(),
                                                            new Located<>(a, path, display))
                                                    != null) {
                                                warnings.add(
                                                        display
                                                                + ":"
                                                                + a.range().start().line()
                                                                + ": local."
                                                                + a.name()
                                                                + " is defined more than once");
                                            }
                                        });
                case "resource", "data" -> {
                    if (b.labels().size() == 2) {
                        Located<Block> before = seenResources.putIfAbsent(key(b), at);
                        if (before != null) {
                            warnings.add(
                                    display
                                            + ":"
                                            + b.range().start().line()
                                            + ": "
                                            + key(b)
                                            + " is declared twice (first at "
                                            + before.display()
                                            + ":"
                                            + before.item().range().start().line()
                                            + "); the second is not scanned");
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
                default -> {}
            }
        }
    }

    /** The managed resource block {@code TYPE.NAME} (the first declared), or null. */
    Located<Block> resource(String typeDotName) {
        Located<Block> r = seenResources.get(typeDotName);
        return r != null && r.item().type().equals("resource") ? r : null;
    }

    /** The data block {@code data.TYPE.NAME} declares, or null. */
    Located<Block> dataSource(String dataDotTypeDotName) {
        Located<Block> r = seenResources.get(dataDotTypeDotName);
        return r != null && r.item().type().equals("data") ? r : null;
    }

    /**
     * Terraform rejects such a block; it is not scanned, and says so rather than vanish: a block
     * that disappears in silence would pass a gate unchecked.
     */
    private void misLabelled(Block b, String display, int labels, String what) {
        warnings.add(
                display
                        + ":"
                        + b.range().start().line()
                        + ": a "
                        + b.type()
                        + " block has "
                        + labels
                        + (labels == 1 ? " label" : " labels")
                        + " ("
                        + what
                        + "), this one "
                        + b.labels().size()
                        + "; it is not scanned");
    }

    static String key(Block b) {
        return (b.type().equals("data") ? "data." : "")
                + b.labels().get(0)
                + "."
                + b.labels().get(1);
    }
}
