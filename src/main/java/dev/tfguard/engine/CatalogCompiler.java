package dev.tfguard.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Build step that compiles the built-in rule files into the class {@value
 * CompiledCatalog#GENERATED} ({@link CompiledCatalog}): Java source that constructs every
 * descriptor, compiled into the class output. The Maven build runs it as an annotation processor in
 * the {@code process-classes} phase (see pom.xml), because javac is the one tool the offline build
 * can run code with. Options: {@code -Atfguard.rules=DIR} names the rule folder, {@code
 * -Atfguard.classes=DIR} the class output (where the descriptor records are, and where the class
 * goes), {@code -Atfguard.sources=DIR} where the generated source is kept.
 *
 * <p>A rule file that does not parse is listed without a descriptor, so that tfguard reads it from
 * YAML at run time and reports the same error it always did.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions({
    CatalogCompiler.RULES_OPTION,
    CatalogCompiler.CLASSES_OPTION,
    CatalogCompiler.SOURCES_OPTION
})
public final class CatalogCompiler extends AbstractProcessor {
    static final String RULES_OPTION = "tfguard.rules";
    static final String CLASSES_OPTION = "tfguard.classes";
    static final String SOURCES_OPTION = "tfguard.sources";

    /** The longest string a class file constant holds (bytes of modified UTF-8). */
    private static final int MAX_CONSTANT = 65535;

    private boolean done;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (done) {
            return false;
        }
        done = true;
        Map<String, String> options = processingEnv.getOptions();
        if (options.get(RULES_OPTION) == null
                || options.get(CLASSES_OPTION) == null
                || options.get(SOURCES_OPTION) == null) {
            processingEnv
                    .getMessager()
                    .printMessage(
                            Diagnostic.Kind.ERROR,
                            "-A"
                                    + RULES_OPTION
                                    + ", -A"
                                    + CLASSES_OPTION
                                    + " and -A"
                                    + SOURCES_OPTION
                                    + " are needed");
            return false;
        }
        try {
            Path rules = Path.of(options.get(RULES_OPTION));
            Map<String, byte[]> yaml = new LinkedHashMap<>();
            Map<String, Descriptor> parsed = new LinkedHashMap<>();
            for (String line : Files.readAllLines(rules.resolve("index"))) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                String resource = "rules/" + name;
                if (!Files.isRegularFile(rules.resolve(name))) {
                    yaml.put(resource, null); // tfguard reports it as missing, as without this form
                    continue;
                }
                byte[] bytes = Files.readAllBytes(rules.resolve(name));
                yaml.put(resource, bytes);
                try {
                    parsed.put(resource, RuleCatalog.parse(resource, bytes));
                } catch (RuleDefinitionException e) {
                    processingEnv
                            .getMessager()
                            .printMessage(Diagnostic.Kind.NOTE, "not compiled: " + e.describe());
                }
            }
            String classes = options.get(CLASSES_OPTION);
            String problems =
                    compile(
                            CompiledCatalog.GENERATED,
                            source(CompiledCatalog.GENERATED, yaml, parsed),
                            Path.of(options.get(SOURCES_OPTION)),
                            Path.of(classes),
                            classes);
            if (problems != null) {
                processingEnv
                        .getMessager()
                        .printMessage(
                                Diagnostic.Kind.ERROR,
                                "cannot compile the rule catalog: " + problems);
            }
        } catch (IOException | ReflectiveOperationException | IllegalArgumentException e) {
            processingEnv
                    .getMessager()
                    .printMessage(Diagnostic.Kind.ERROR, "cannot write the rule catalog: " + e);
        }
        return false;
    }

    /**
     * Writes {@code source}, the class {@code className}, into {@code sources} and compiles it
     * against {@code classPath} into {@code output}; returns javac's messages when it fails, else
     * null.
     */
    static String compile(
            String className, String source, Path sources, Path output, String classPath)
            throws IOException {
        int dot = className.lastIndexOf('.');
        Path dir = sources.resolve(className.substring(0, dot + 1).replace('.', '/'));
        Files.createDirectories(dir);
        Path file = dir.resolve(className.substring(dot + 1) + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status =
                javac.run(
                        null,
                        new PrintStream(messages, true, StandardCharsets.UTF_8),
                        new PrintStream(messages, true, StandardCharsets.UTF_8),
                        "--release",
                        "17",
                        "-proc:none",
                        "-implicit:none",
                        "-nowarn",
                        "-encoding",
                        "UTF-8",
                        "-cp",
                        classPath,
                        "-sourcepath",
                        "",
                        "-d",
                        output.toString(),
                        file.toString());
        return status == 0 ? null : messages.toString(StandardCharsets.UTF_8);
    }

    /**
     * The source of the class {@code className} (in this package; the build's is {@value
     * CompiledCatalog#GENERATED}) for the rule files {@code yaml} (file name → YAML bytes, in index
     * order; null bytes for a missing file), each with its descriptor from {@code parsed} when it
     * has one.
     */
    static String source(String className, Map<String, byte[]> yaml, Map<String, Descriptor> parsed)
            throws ReflectiveOperationException {
        String pkg = CompiledCatalog.class.getPackageName();
        String simpleName = className.substring(pkg.length() + 1);
        StringBuilder constructor = new StringBuilder();
        StringBuilder methods = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, byte[]> e : yaml.entrySet()) {
            byte[] bytes = e.getValue() == null ? new byte[0] : e.getValue();
            Descriptor d = parsed.get(e.getKey());
            String value = "null";
            if (d != null) {
                value = "rule" + n + "()";
                methods.append("\n    /** ")
                        .append(e.getKey().replace("*/", "*\\/"))
                        .append(". */\n")
                        .append("    private static Descriptor rule")
                        .append(n)
                        .append("() {\n")
                        .append("        return ");
                expression(methods, d, false);
                methods.append(";\n    }\n");
                n++;
            }
            constructor.append("        add(");
            literal(constructor, e.getKey());
            constructor
                    .append(", ")
                    .append(CompiledCatalog.crc(bytes))
                    .append("L, ")
                    .append(bytes.length)
                    .append(", ")
                    .append(value)
                    .append(");\n");
        }
        return "// Generated at build time by "
                + CatalogCompiler.class.getName()
                + " from rules/: do not edit.\n"
                + "package "
                + pkg
                + ";\n\n"
                + "/** The built-in rule descriptors, one method per rule file (see CompiledCatalog). */\n"
                + "final class "
                + simpleName
                + " extends CompiledCatalog {\n\n"
                + "    "
                + simpleName
                + "() {\n"
                + constructor
                + "    }\n"
                + methods
                + "}\n";
    }

    /**
     * Appends a Java expression that evaluates to {@code v}: records of this package by their
     * canonical constructors, lists and maps through {@link CompiledCatalog#list} and {@link
     * CompiledCatalog#map}, and the scalars YAML gives. {@code element}: inside a varargs call,
     * where a bare {@code null} would be ambiguous.
     */
    private static void expression(StringBuilder out, Object v, boolean element)
            throws ReflectiveOperationException {
        if (v == null) {
            out.append(element ? "(Object) null" : "null");
        } else if (v instanceof String s) {
            literal(out, s);
        } else if (v instanceof Boolean b) {
            out.append(b ? "Boolean.TRUE" : "Boolean.FALSE");
        } else if (v instanceof Integer i) {
            out.append("Integer.valueOf(").append(i).append(')');
        } else if (v instanceof Long l) {
            out.append("Long.valueOf(").append(l).append("L)");
        } else if (v instanceof Double d) {
            out.append("Double.valueOf(\"")
                    .append(d)
                    .append("\")"); // Double.toString round-trips, NaN included
        } else if (v instanceof BigInteger b) {
            out.append("new java.math.BigInteger(\"").append(b).append("\")");
        } else if (v instanceof BigDecimal b) {
            out.append("new java.math.BigDecimal(\"").append(b).append("\")");
        } else if (v instanceof List<?> list) {
            out.append("list(");
            String sep = "";
            for (Object x : list) {
                out.append(sep);
                expression(out, x, true);
                sep = ", ";
            }
            out.append(')');
        } else if (v instanceof Map<?, ?> map) {
            out.append("map(");
            String sep = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(sep);
                literal(out, String.valueOf(e.getKey()));
                out.append(", ");
                expression(out, e.getValue(), true);
                sep = ", ";
            }
            out.append(')');
        } else if (v instanceof Record r
                && r.getClass().getPackageName().equals(CatalogCompiler.class.getPackageName())) {
            out.append("new ").append(r.getClass().getCanonicalName()).append('(');
            String sep = "";
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                out.append(sep);
                expression(out, c.getAccessor().invoke(r), false);
                sep = ", ";
            }
            out.append(')');
        } else {
            throw new IllegalArgumentException(
                    "cannot write a " + v.getClass().getName() + " as Java");
        }
    }

    /** Appends {@code s} as a Java string literal (ASCII, everything else escaped). */
    private static void literal(StringBuilder out, String s) {
        long bytes = 0; // the class file's modified UTF-8
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c >= 0x01 && c <= 0x7f ? 1 : c <= 0x7ff ? 2 : 3;
        }
        if (bytes > MAX_CONSTANT) {
            throw new IllegalArgumentException(
                    "a string of " + s.length() + " characters does not fit a class file");
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
