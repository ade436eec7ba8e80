package dev.tfguard.loader.hcl;

import dev.tfguard.loader.LoadOptions;
import dev.tfguard.loader.config.ConfigFiles;
import dev.tfguard.loader.hcl.syntax.ConfigFile;
import dev.tfguard.loader.hcl.syntax.Diagnostic;
import dev.tfguard.loader.hcl.syntax.HclParser;
import dev.tfguard.loader.hcl.syntax.JsonConfigParser;
import dev.tfguard.model.InputError;
import dev.tfguard.model.Model;
import dev.tfguard.model.Parallel;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Finds the module folders of a scan and reads each folder's configuration files into a {@link
 * ModuleSource}, once: a file that cannot be read or parsed is reported to the model once, and the
 * rest is still read. Files are parsed on several threads when there are many.
 */
final class ModuleReader {
    /** Files larger than this are reported, not parsed: no Terraform source is this big. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /**
     * Below this many files a scan parses on the calling thread only: starting threads would cost
     * more.
     */
    static final int PARALLEL_MIN_FILES = 16;

    private final Map<Path, ModuleSource> modules = new HashMap<>();

    /** Files read so far: an error in one is reported once. */
    private final Set<Path> parsed = new HashSet<>();

    /**
     * Configuration files parsed by {@link #parseAhead}, waiting for {@link #module} to take them
     * in order.
     */
    private final Map<Path, Read> parsedAhead = new HashMap<>();

    /** Folder listings, so that a folder is listed once. */
    private final Map<Path, List<Path>> listings = new HashMap<>();

    private final Map<Path, IOException> listingErrors = new HashMap<>();

    /** Symbolic links named like configuration files that lead to no file, by folder. */
    private final Map<Path, List<Path>> brokenLinks = new HashMap<>();

    private final int threads;
    private final Supplier<LoadOptions> options;

    /** Where errors go: the loader's model of the moment. */
    private final Supplier<Model> model;

    ModuleReader(int threads, Supplier<LoadOptions> options, Supplier<Model> model) {
        this.threads = threads;
        this.options = options;
        this.model = model;
    }

    /** Drops what {@link #parseAhead} parsed and {@link #module} did not take. */
    void parsedAheadDone() {
        parsedAhead.clear();
    }

    /** The modules read so far (null for a folder without configuration). */
    Collection<ModuleSource> modules() {
        return modules.values();
    }

    /**
     * Finds module folders under {@code root}: hidden folders and {@code .terraform} are skipped.
     * Symbolic links to folders are followed (a root named through a link, a module linked in from
     * elsewhere); a folder reached twice is scanned once, under its path without links if it has
     * one, else its first in name order; a link back to an ancestor adds nothing new.
     */
    void walk(Path root, Set<Path> dirs) {
        Map<Path, Path> byRealPath = new HashMap<>();
        Set<Path> seen = new HashSet<>();
        try {
            Files.walkFileTree(
                    root,
                    EnumSet.of(FileVisitOption.FOLLOW_LINKS),
                    64,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(
                                Path d, BasicFileAttributes attrs) {
                            String n = ConfigFiles.name(d);
                            if (!d.equals(root)
                                    && (n.startsWith(".")
                                            || n.equals(".terraform")
                                            || options.get().excluded().test(d))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                            Path dir = f.getParent();
                            if (isConfig(f) && !options.get().excluded().test(f) && seen.add(dir)) {
                                Path real = realPath(dir);
                                byRealPath.merge(real, dir, (a, b) -> preferred(real, a, b));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            if (!(e instanceof java.nio.file.FileSystemLoopException)) {
                                model.get()
                                        .error(
                                                new InputError(
                                                        options.get().display(f),
                                                        0,
                                                        "cannot read: " + reason(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            model.get()
                    .error(
                            new InputError(
                                    options.get().display(root), 0, "cannot read: " + reason(e)));
        }
        dirs.addAll(byRealPath.values());
    }

    /**
     * Of two paths to the folder {@code real}: the one without links, else the first in name order.
     */
    private static Path preferred(Path real, Path a, Path b) {
        if (a.equals(real) || b.equals(real)) {
            return a.equals(real) ? a : b;
        }
        return a.toString().compareTo(b.toString()) <= 0 ? a : b;
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir;
        }
    }

    static boolean isConfig(Path f) {
        return ConfigFiles.isConfig(ConfigFiles.name(f));
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException
                ? "permission denied"
                : e instanceof java.nio.file.FileSystemLoopException
                        ? "symbolic link loop"
                        : e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    /** Why a symbolic link named like a Terraform file cannot be read. */
    private static String brokenLink(Path link) {
        try {
            Files.readAttributes(link, BasicFileAttributes.class);
            return "a symbolic link to something that is not a file";
        } catch (java.nio.file.NoSuchFileException e) {
            return "a symbolic link to a missing file";
        } catch (java.nio.file.FileSystemException e) {
            // Linux says ELOOP as "Too many levels of symbolic links"
            return String.valueOf(e.getReason()).contains("levels of symbolic links")
                    ? "symbolic link loop"
                    : reason(e);
        } catch (IOException e) {
            return reason(e);
        }
    }

    /**
     * The module in {@code dir}, parsed once; null when the folder holds no Terraform
     * configuration.
     */
    ModuleSource module(Path dir) {
        if (modules.containsKey(dir)) {
            return modules.get(dir);
        }
        List<Path> files = configFiles(dir);
        if (files == null) {
            model.get()
                    .error(
                            new InputError(
                                    options.get().display(dir),
                                    0,
                                    "cannot read: " + reason(listingErrors.get(dir))));
            files = List.of();
        }
        for (Path link : brokenLinks.getOrDefault(dir, List.of())) {
            // a link that leads nowhere is reported, not dropped in silence: its file would go
            // unchecked
            model.get()
                    .error(
                            new InputError(
                                    options.get().display(link),
                                    0,
                                    "cannot read: " + brokenLink(link)));
        }
        if (files.isEmpty()) {
            modules.put(dir, null);
            return null;
        }
        ModuleSource m = new ModuleSource(dir);
        ConfigFiles.Selection selection = ConfigFiles.select(files);
        for (Path f : selection.inOrder()) {
            ConfigFile cf = parse(f, false);
            if (cf != null) {
                if (selection.overrides().contains(f)) {
                    m.override(cf, f, options.get().display(f));
                } else {
                    m.add(cf, f, options.get().display(f));
                }
                InlineSuppressions found =
                        new InlineSuppressions(cf, options.get().display(f), model.get()::warn);
                found.inBlocks.forEach(model.get()::suppress);
                m.callSuppressions.addAll(found.onModules);
            }
        }
        modules.put(dir, m);
        return m;
    }

    /**
     * Parses a file; a file that cannot be read or parsed becomes an error (once) and yields null.
     */
    ConfigFile parse(Path f, boolean attributesOnly) {
        String display = options.get().display(f);
        boolean first = parsed.add(f);
        Read read = attributesOnly ? null : parsedAhead.remove(f);
        if (read == null) {
            read = read(f, display, attributesOnly);
        }
        if (read.error() != null && first) {
            model.get().error(read.error());
        }
        return read.file();
    }

    /** What reading one file gave: a valid file, or the error to report. */
    private record Read(ConfigFile file, InputError error) {}

    /** Reads and parses a file; touches no state, so that files can be read on several threads. */
    private static Read read(Path f, String display, boolean attributesOnly) {
        try {
            if (Files.size(f) > MAX_FILE_BYTES) {
                return new Read(
                        null,
                        new InputError(
                                display,
                                0,
                                "larger than "
                                        + (MAX_FILE_BYTES >> 20)
                                        + " MB: not read (is this a Terraform file?)"));
            }
            byte[] bytes = Files.readAllBytes(f);
            boolean json = ConfigFiles.name(f).endsWith(".json");
            ConfigFile cf =
                    json
                            ? (attributesOnly
                                    ? JsonConfigParser.parseAttributes(display, bytes)
                                    : JsonConfigParser.parse(display, bytes))
                            : HclParser.parse(display, bytes);
            if (!cf.valid()) {
                Diagnostic d = cf.diagnostics().get(0);
                String msg =
                        d.detail() == null || d.detail().isBlank()
                                ? d.summary()
                                : d.summary() + ": " + d.detail();
                return new Read(null, new InputError(display, Math.max(1, d.line()), msg));
            }
            return new Read(cf, null);
        } catch (IOException e) {
            return new Read(null, new InputError(display, 0, "cannot read: " + reason(e)));
        }
    }

    /**
     * The folder's {@code .tf}/{@code .tf.json} files in name order; null when it cannot be listed.
     */
    private List<Path> configFiles(Path dir) {
        if (listings.containsKey(dir)) {
            return listings.get(dir);
        }
        List<Path> files = new ArrayList<>();
        List<Path> links = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(ModuleReader::isConfig)
                    .sorted()
                    .forEach(
                            p -> {
                                if (Files.isRegularFile(p)) {
                                    files.add(p);
                                } else if (Files.isSymbolicLink(p)) {
                                    links.add(p);
                                }
                            });
            if (!links.isEmpty()) {
                brokenLinks.put(dir, links);
            }
        } catch (IOException e) {
            listingErrors.put(dir, e);
            listings.put(dir, null);
            return null;
        }
        listings.put(dir, files);
        return files;
    }

    /**
     * Parses the configuration files of {@code dirs} on all cores before the modules are built.
     * Only the parsing runs in parallel: results are taken in the same order as before, one folder
     * and one file after the other, so findings, errors and warnings do not depend on thread timing
     * or on the order of directory listings.
     */
    void parseAhead(Set<Path> dirs) {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            List<Path> listed = configFiles(dir);
            if (listed != null) {
                files.addAll(listed);
            }
        }
        int threads = files.size() < PARALLEL_MIN_FILES ? 1 : this.threads;
        if (threads < 2) {
            return; // module() parses them one by one
        }
        String[] display = new String[files.size()];
        for (int i = 0; i < display.length; i++) {
            display[i] = options.get().display(files.get(i));
        }
        Read[] reads = new Read[files.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker =
                () -> {
                    for (int i = next.getAndIncrement();
                            i < reads.length;
                            i = next.getAndIncrement()) {
                        try {
                            reads[i] = read(files.get(i), display[i], false);
                        } catch (RuntimeException | StackOverflowError e) {
                            // left for module() to parse again on the calling thread, where it
                            // fails as it always did
                            reads[i] = null;
                        }
                    }
                };
        if (!Parallel.run(worker, threads, "tfguard-parse")) {
            return; // what was not parsed ahead is parsed in module()
        }
        for (int i = 0; i < reads.length; i++) {
            if (reads[i] != null) {
                parsedAhead.put(files.get(i), reads[i]);
            }
        }
    }
}
