package dev.tfguard.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The built-in rule descriptors as plain Java code, generated at build time ({@link
 * CatalogCompiler}) into the class {@value #GENERATED}, so that start-up neither runs the YAML
 * parser and the databinding behind it (most of a one-file scan's time before a compiled form
 * existed) nor reads a resource or builds records by reflection: the generated constructor calls
 * {@link #add} once per rule file with the descriptor written out as constructor calls, and the
 * class comes from the launcher's class-data archive like any other.
 *
 * <p>Entries follow {@code rules/index}; a file that did not parse (or is missing) has no
 * descriptor, so that tfguard reads its YAML and reports the error as before. Each entry records
 * the CRC-32 and length of the YAML it was compiled from. Inside a jar the compiled form is
 * trusted, since the build writes it beside the YAML (reading every rule file through the class
 * loader would cost most of what the form saves); from a folder of classes, as in tests and IDEs,
 * {@link #descriptor(String, byte[])} returns an entry only when the YAML still has that checksum,
 * so a stale form can slow start-up down but never change a rule.
 */
class CompiledCatalog {
    /** The class the build generates: a subclass whose constructor adds every rule file. */
    static final String GENERATED = "dev.tfguard.engine.CompiledRules";

    /**
     * One rule file: the checksum of its YAML and what it parsed to (null when it did not parse).
     */
    private record Entry(long crc, int length, Descriptor descriptor) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private boolean packaged;

    /**
     * The compiled form on {@code loader}'s class path, or null when the build did not generate it.
     */
    static CompiledCatalog load(ClassLoader loader) {
        CompiledCatalog c;
        try {
            c =
                    (CompiledCatalog)
                            Class.forName(GENERATED, true, loader)
                                    .getDeclaredConstructor()
                                    .newInstance();
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return null; // a missing or unusable form only costs time: the YAML is parsed instead
        }
        java.security.CodeSource source = c.getClass().getProtectionDomain().getCodeSource();
        c.packaged =
                source != null
                        && source.getLocation() != null
                        && source.getLocation().getPath().endsWith(".jar");
        return c;
    }

    /**
     * Adds the entry of one rule file; the generated constructor calls this in {@code rules/index}
     * order.
     */
    protected final void add(String file, long crc, int length, Descriptor descriptor) {
        entries.put(file, new Entry(crc, length, descriptor));
    }

    /**
     * True when the form was loaded from a jar, which the build wrote together with the rule files.
     */
    boolean packaged() {
        return packaged;
    }

    /** The rule files, in {@code rules/index} order. */
    List<String> files() {
        return List.copyOf(entries.keySet());
    }

    /**
     * The descriptor compiled from {@code file}, without checking the YAML; null when it did not
     * parse.
     */
    Descriptor descriptor(String file) {
        Entry e = entries.get(file);
        return e == null ? null : e.descriptor();
    }

    /**
     * The descriptor compiled from {@code file} when {@code yaml} is exactly what it was compiled
     * from, else null.
     */
    Descriptor descriptor(String file, byte[] yaml) {
        Entry e = entries.get(file);
        return e != null
                        && e.descriptor() != null
                        && e.length() == yaml.length
                        && e.crc() == crc(yaml)
                ? e.descriptor()
                : null;
    }

    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /**
     * A list as the generated code writes one; mutable, as the YAML databinding makes them. The
     * element type is the one the descriptor's component declares, which the values were parsed
     * into.
     */
    @SuppressWarnings("unchecked")
    protected static <T> List<T> list(Object... items) {
        List<Object> list = new ArrayList<>(items.length);
        for (Object item : items) {
            list.add(item);
        }
        return (List<T>) list;
    }

    /**
     * A map from alternating keys and values, in order; mutable, as the YAML databinding makes
     * them.
     */
    @SuppressWarnings("unchecked")
    protected static <V> Map<String, V> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return (Map<String, V>) map;
    }
}
