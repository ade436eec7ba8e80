package dev.tfguard.engine;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The built-in rule descriptors in a compact binary form, written at build time ({@link CatalogCompiler}) into
 * {@code rules/catalog.bin}, so that start-up reads plain data instead of running the YAML parser and the
 * databinding behind it (most of a one-file scan's time before this form existed).
 *
 * <p>Entries follow {@code rules/index}; a file that did not parse (or is missing) has no descriptor, so that
 * tfguard reads its YAML and reports the error as before. Each entry records the CRC-32 and length of the YAML
 * it was compiled from. Inside a jar the form is trusted, since the build writes it beside the YAML (reading
 * every rule file through the class loader would cost most of what the form saves); from a folder of classes, as
 * in tests and IDEs, {@link #descriptor(String, byte[])} returns an entry only when the YAML still has that
 * checksum, so a stale form can slow start-up down but never change a rule. The encoding walks records
 * generically (components in declaration order), so new descriptor fields need no change here.
 */
final class CompiledCatalog {
    /** Where the compiled form sits on the class path. */
    static final String RESOURCE = "rules/catalog.bin";

    private static final int MAGIC = 0x54464743; // "TFGC"
    private static final int VERSION = 2;

    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int TRUE = 2;
    private static final int FALSE = 3;
    private static final int INT = 4;
    private static final int LONG = 5;
    private static final int DOUBLE = 6;
    private static final int BIG_INTEGER = 7;
    private static final int BIG_DECIMAL = 8;
    private static final int LIST = 9;
    private static final int MAP = 10;
    private static final int RECORD = 11;

    /** One rule file: the checksum of its YAML and what it parsed to (null when it did not parse). */
    private record Entry(long crc, int length, Descriptor descriptor) {
    }

    private final Map<String, Entry> entries;
    private boolean packaged;

    private CompiledCatalog(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The compiled form on {@code loader}'s class path, or null when there is none or it cannot be read. */
    static CompiledCatalog load(ClassLoader loader) {
        java.net.URL url = loader.getResource(RESOURCE);
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            CompiledCatalog c = read(in);
            if (c != null) {
                c.packaged = "jar".equals(url.getProtocol());
            }
            return c;
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            return null; // an unreadable form only costs time: the YAML is parsed instead
        }
    }

    /** True when the form was read from a jar, which the build wrote together with the rule files. */
    boolean packaged() {
        return packaged;
    }

    /** The rule files, in {@code rules/index} order. */
    List<String> files() {
        return List.copyOf(entries.keySet());
    }

    /** The descriptor compiled from {@code file}, without checking the YAML; null when it did not parse. */
    Descriptor descriptor(String file) {
        Entry e = entries.get(file);
        return e == null ? null : e.descriptor();
    }

    /** The descriptor compiled from {@code file} when {@code yaml} is exactly what it was compiled from, else null. */
    Descriptor descriptor(String file, byte[] yaml) {
        Entry e = entries.get(file);
        return e != null && e.descriptor() != null && e.length() == yaml.length && e.crc() == crc(yaml)
                ? e.descriptor() : null;
    }

    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    // ---------------------------------------------------------------------------------------------------------
    // writing (build time)

    /**
     * Writes one entry per file of {@code yaml} (file name → YAML bytes, in index order; null bytes for a missing
     * file), with its descriptor from {@code parsed} when it has one.
     */
    static void write(Map<String, byte[]> yaml, Map<String, Descriptor> parsed, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(yaml.size());
        for (Map.Entry<String, byte[]> e : yaml.entrySet()) {
            byte[] bytes = e.getValue() == null ? new byte[0] : e.getValue();
            writeString(data, e.getKey());
            data.writeLong(crc(bytes));
            data.writeInt(bytes.length);
            try {
                writeValue(data, parsed.get(e.getKey()));
            } catch (ReflectiveOperationException x) {
                throw new IOException("cannot encode " + e.getKey() + ": " + x, x);
            }
        }
        data.flush();
    }

    private static void writeValue(DataOutputStream out, Object v) throws IOException, ReflectiveOperationException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String s) {
            out.writeByte(STRING);
            writeString(out, s);
        } else if (v instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (v instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (v instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (v instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (v instanceof BigInteger b) {
            out.writeByte(BIG_INTEGER);
            writeString(out, b.toString());
        } else if (v instanceof BigDecimal b) {
            out.writeByte(BIG_DECIMAL);
            writeString(out, b.toString());
        } else if (v instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object x : list) {
                writeValue(out, x);
            }
        } else if (v instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                writeString(out, String.valueOf(e.getKey()));
                writeValue(out, e.getValue());
            }
        } else if (v instanceof Record r) {
            RecordComponent[] components = r.getClass().getRecordComponents();
            out.writeByte(RECORD);
            writeString(out, r.getClass().getName());
            out.writeInt(components.length);
            for (RecordComponent c : components) {
                writeValue(out, c.getAccessor().invoke(r));
            }
        } else {
            throw new IOException("cannot encode a " + v.getClass().getName());
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    // ---------------------------------------------------------------------------------------------------------
    // reading (start-up)

    private static CompiledCatalog read(InputStream in) throws IOException, ReflectiveOperationException {
        DataInputStream data = new DataInputStream(new java.io.ByteArrayInputStream(in.readAllBytes()));
        if (data.readInt() != MAGIC || data.readInt() != VERSION) {
            return null;
        }
        int n = data.readInt();
        Map<String, Entry> entries = new LinkedHashMap<>();
        Reader reader = new Reader(data);
        for (int i = 0; i < n; i++) {
            String file = reader.string();
            long crc = data.readLong();
            int length = data.readInt();
            Object value = reader.value();
            if (value != null && !(value instanceof Descriptor)) {
                return null;
            }
            entries.put(file, new Entry(crc, length, (Descriptor) value));
        }
        return new CompiledCatalog(entries);
    }

    /** Decodes values; collections come back as the mutable kinds the YAML databinding produces. */
    private static final class Reader {
        private final DataInputStream in;
        private final Map<String, Constructor<?>> constructors = new HashMap<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        String string() throws IOException {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }

        Object value() throws IOException, ReflectiveOperationException {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case NULL:
                    return null;
                case STRING:
                    return string();
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case INT:
                    return in.readInt();
                case LONG:
                    return in.readLong();
                case DOUBLE:
                    return in.readDouble();
                case BIG_INTEGER:
                    return new BigInteger(string());
                case BIG_DECIMAL:
                    return new BigDecimal(string());
                case LIST: {
                    int n = in.readInt();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(value());
                    }
                    return list;
                }
                case MAP: {
                    int n = in.readInt();
                    Map<String, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        String k = string();
                        map.put(k, value());
                    }
                    return map;
                }
                case RECORD: {
                    Constructor<?> c = constructor(string());
                    int n = in.readInt();
                    if (n != c.getParameterCount()) {
                        throw new IOException("record shape changed since the catalog was compiled");
                    }
                    Object[] args = new Object[n];
                    for (int i = 0; i < n; i++) {
                        args[i] = value();
                    }
                    return c.newInstance(args);
                }
                default:
                    throw new IOException("unknown tag " + tag);
            }
        }

        private Constructor<?> constructor(String name) throws ReflectiveOperationException, IOException {
            Constructor<?> c = constructors.get(name);
            if (c == null) {
                // only the descriptor's own records: the file cannot make start-up load other classes
                if (!name.startsWith(CompiledCatalog.class.getPackageName() + ".")) {
                    throw new IOException("not a descriptor record: " + name);
                }
                Class<?> type = Class.forName(name, false, CompiledCatalog.class.getClassLoader());
                RecordComponent[] components = type.getRecordComponents();
                if (components == null) {
                    throw new IOException("not a record: " + name);
                }
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                }
                c = type.getDeclaredConstructor(types);
                constructors.put(name, c);
            }
            return c;
        }
    }

    /** The encoded form of {@code parsed}, for tests. */
    static byte[] encode(Map<String, byte[]> yaml, Map<String, Descriptor> parsed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(yaml, parsed, out);
        return out.toByteArray();
    }

    /** Decodes {@link #encode}'s output, for tests. */
    static CompiledCatalog decode(byte[] bytes) throws IOException, ReflectiveOperationException {
        return read(new java.io.ByteArrayInputStream(bytes));
    }
}
