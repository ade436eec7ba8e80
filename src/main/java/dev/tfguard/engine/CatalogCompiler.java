package dev.tfguard.engine;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Build step that writes {@code rules/catalog.bin} ({@link CompiledCatalog}) into the class output. The Maven
 * build runs it as an annotation processor in the {@code process-classes} phase (see pom.xml), because javac is
 * the one tool the offline build can run code with. Options: {@code -Atfguard.rules=DIR} names the rule folder,
 * {@code -Atfguard.catalog=FILE} where to write (default: {@code rules/catalog.bin} in the class output).
 *
 * <p>A rule file that does not parse is listed without a descriptor, so that tfguard reads it from YAML at run
 * time and reports the same error it always did.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions({CatalogCompiler.RULES_OPTION, CatalogCompiler.OUTPUT_OPTION})
public final class CatalogCompiler extends AbstractProcessor {
    static final String RULES_OPTION = "tfguard.rules";
    static final String OUTPUT_OPTION = "tfguard.catalog";

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
        String dir = processingEnv.getOptions().get(RULES_OPTION);
        if (dir == null) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "-A" + RULES_OPTION + "=DIR is missing");
            return false;
        }
        try {
            Path rules = Path.of(dir);
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
                    processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, "not compiled: " + e.describe());
                }
            }
            String output = processingEnv.getOptions().get(OUTPUT_OPTION);
            if (output != null) {
                Path file = Path.of(output);
                Files.createDirectories(file.getParent());
                try (OutputStream os = Files.newOutputStream(file)) {
                    CompiledCatalog.write(yaml, parsed, os);
                }
            } else {
                FileObject out = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                        CompiledCatalog.RESOURCE);
                try (OutputStream os = out.openOutputStream()) {
                    CompiledCatalog.write(yaml, parsed, os);
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write the rule catalog: " + e);
        }
        return false;
    }
}
