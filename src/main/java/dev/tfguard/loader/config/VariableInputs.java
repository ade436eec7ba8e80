package dev.tfguard.loader.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the values of a root module's variables come from, lowest precedence first as Terraform
 * applies them
 * (https://developer.hashicorp.com/terraform/language/values/variables#variable-definition-precedence):
 * {@code TF_VAR_*} environment variables, {@code terraform.tfvars}, {@code terraform.tfvars.json},
 * {@code *.auto.tfvars} and {@code *.auto.tfvars.json} in lexical order, then {@code --var-file}
 * files and last {@code --var NAME=VALUE}. A default in the variable block is lower than all of
 * them.
 */
public final class VariableInputs {

    /**
     * A value given as text (an environment variable or {@code --var}), parsed by the variable's
     * type.
     */
    public record Raw(String name, String text, String origin) {}

    private VariableInputs() {}

    /** The {@code TF_VAR_*} values of {@code environment}, in name order. */
    public static List<Raw> environment(Map<String, String> environment) {
        List<Raw> out = new ArrayList<>();
        new TreeMap<>(environment)
                .forEach(
                        (k, v) -> {
                            if (k.startsWith("TF_VAR_") && k.length() > "TF_VAR_".length()) {
                                out.add(new Raw(k.substring("TF_VAR_".length()), v, k));
                            }
                        });
        return out;
    }

    /** The {@code --var} values, in the order given. */
    public static List<Raw> commandLine(Map<String, String> vars) {
        List<Raw> out = new ArrayList<>();
        vars.forEach((k, v) -> out.add(new Raw(k, v, "--var " + k)));
        return out;
    }

    /**
     * The variable files Terraform reads by itself from the root module's folder, in the order it
     * reads them.
     */
    public static List<Path> automaticFiles(Path rootDir) {
        List<Path> files = new ArrayList<>();
        for (String n : List.of("terraform.tfvars", "terraform.tfvars.json")) {
            Path p = rootDir.resolve(n);
            if (Files.isRegularFile(p)) {
                files.add(p);
            }
        }
        try (var s = Files.list(rootDir)) {
            s.filter(
                            p -> {
                                String n = ConfigFiles.name(p);
                                return (n.endsWith(".auto.tfvars")
                                                || n.endsWith(".auto.tfvars.json"))
                                        && Files.isRegularFile(p);
                            })
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            // the folder was listed a moment ago; an error here is reported when its files are read
        }
        return files;
    }

    /**
     * Whether a {@code --var-file} applies to the root module in {@code rootDir}: always when one
     * root is scanned; when several are, only to the roots whose folder holds the file (a var file
     * is written for one root).
     */
    public static boolean appliesTo(Path varFile, Path rootDir, int roots) {
        return roots <= 1 || varFile.toAbsolutePath().normalize().startsWith(rootDir);
    }

    /**
     * True when a value given as text is taken as a string, not parsed as an expression: as
     * Terraform does for a variable without a type or with a primitive type ({@code string}, {@code
     * number}, {@code bool}, converted from the text), given as the source text of its {@code type}
     * argument ({@code null} when there is none).
     */
    public static boolean literal(String typeSource) {
        if (typeSource == null) {
            return true;
        }
        String t = typeSource.strip();
        return t.equals("string") || t.equals("number") || t.equals("bool");
    }
}
