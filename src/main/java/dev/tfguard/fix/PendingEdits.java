package dev.tfguard.fix;

import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.HclParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The edits a fix run has planned, by file and by the block they go into, and the summary of
 * changes; applied at the end to each file's text at once, so that edits never shift each other.
 */
final class PendingEdits {

    /**
     * Pending edits by file, then by the block they go into (its start offset; -1 for a file's top
     * level).
     */
    private final Map<Path, Map<Integer, BlockEdits>> pending = new TreeMap<>();

    private final Map<Path, List<Edit>> extra = new TreeMap<>();
    private final Map<Path, SourceText> sources = new HashMap<>();
    private final Map<String, Fixer.Change> changes = new LinkedHashMap<>();
    private final Map<String, Path> changeFiles = new HashMap<>();
    private final Map<String, Integer> changeOrder = new HashMap<>();

    /** The inserts and replacements waiting for one block (or for a file's top level). */
    static final class BlockEdits {
        final SourceText src;
        final Block block;
        final Map<String, String> inserts = new LinkedHashMap<>();
        final Map<Attribute, String> replaces = new LinkedHashMap<>();

        BlockEdits(SourceText src, Block block) {
            this.src = src;
            this.block = block;
        }
    }

    /** The edits waiting for {@code block} of {@code src} (null for the file's top level). */
    BlockEdits edits(SourceText src, Block block) {
        sources.put(src.path, src);
        int key = block == null ? -1 : block.range().start().byteOffset();
        return pending.computeIfAbsent(src.path, p -> new TreeMap<>())
                .computeIfAbsent(key, k -> new BlockEdits(src, block));
    }

    /** An edit of {@code src} outside any attribute: new blocks after a resource. */
    void add(SourceText src, Edit edit) {
        sources.put(src.path, src);
        extra.computeIfAbsent(src.path, p -> new ArrayList<>()).add(edit);
    }

    /**
     * Notes a change for the summary. The same change made for several resources (the instances of
     * a module) is one entry naming them all; {@code order} places it among its file's changes (the
     * line of its block).
     */
    void record(
            SourceText src,
            int line,
            int order,
            String target,
            String change,
            String rule,
            String consequence) {
        String key = src.path + "\u0000" + line + "\u0000" + change;
        Fixer.Change before = changes.get(key);
        List<String> rules = new ArrayList<>(before == null ? List.of() : before.rules());
        if (!rules.contains(rule)) {
            rules.add(rule);
        }
        String targets = target;
        if (before != null && !List.of(before.target().split(", ")).contains(target)) {
            targets = before.target() + ", " + target;
        } else if (before != null) {
            targets = before.target();
        }
        changes.put(
                key,
                new Fixer.Change(
                        src.display,
                        line,
                        targets,
                        change,
                        rules,
                        consequence != null
                                ? consequence
                                : before == null ? null : before.consequence()));
        changeFiles.put(key, src.path);
        changeOrder.putIfAbsent(key, order);
    }

    /** Every changed file: its text before and after, and its changes in order. */
    List<Fixer.FileChange> files() {
        List<Fixer.FileChange> files = new ArrayList<>();
        Set<Path> paths = new TreeSet<>(pending.keySet());
        paths.addAll(extra.keySet());
        for (Path p : paths) {
            SourceText src = sources.get(p);
            List<Edit> edits = new ArrayList<>(extra.getOrDefault(p, List.of()));
            for (BlockEdits be : pending.getOrDefault(p, Map.of()).values()) {
                if (!be.inserts.isEmpty()) {
                    List<Layout.NewAttr> attrs = new ArrayList<>();
                    be.inserts.forEach((k, v) -> attrs.add(new Layout.NewAttr(k, v)));
                    List<Edit> ins = Layout.insert(src, be.block, attrs);
                    if (ins == null) {
                        throw new IllegalStateException(
                                src.display
                                        + ":"
                                        + be.block.range().start().line()
                                        + ": a block written on one line cannot take new attributes");
                    }
                    edits.addAll(ins);
                }
                edits.addAll(Layout.replace(src, be.block, be.replaces));
            }
            byte[] after = Edit.apply(src.bytes, edits);
            if (!HclParser.parse(src.display, after).valid()) {
                throw new IllegalStateException(
                        "the fix of "
                                + src.display
                                + " does not parse: "
                                + HclParser.parse(src.display, after).diagnostics().get(0));
            }
            List<String> keys = new ArrayList<>();
            changes.keySet().stream().filter(k -> changeFiles.get(k).equals(p)).forEach(keys::add);
            keys.sort(
                    java.util.Comparator.comparingInt((String k) -> changeOrder.get(k))
                            .thenComparingInt(
                                    k ->
                                            changes.get(k)
                                                    .line())); // stable: then in the order of the
            // findings
            List<Fixer.Change> fileChanges = keys.stream().map(changes::get).toList();
            files.add(new Fixer.FileChange(src.display, p, src.bytes, after, fileChanges));
        }
        files.sort(java.util.Comparator.comparing(Fixer.FileChange::file));
        return files;
    }
}
