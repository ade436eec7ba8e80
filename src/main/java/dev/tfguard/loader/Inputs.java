package dev.tfguard.loader;

import dev.tfguard.loader.plan.PlanLoader;
import dev.tfguard.model.InputError;
import dev.tfguard.model.Model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Sends each path the user named to the loader that reads it: a plan (recognised by content), or Terraform
 * source (a {@code .tf}/{@code .tf.json}/{@code .tfvars} file or a folder).
 */
public final class Inputs {

    private Inputs() {
    }

    /** Loads every path into {@code model}; a path that cannot be read becomes an error, and the rest go on. */
    public static void load(List<Path> paths, LoadOptions options, Model model) {
        for (Path p : paths) {
            String shown = options.display(p);
            if (!Files.exists(p)) {
                model.error(new InputError(shown, 0, "no such file or folder"));
            } else if (!Files.isReadable(p)) {
                model.error(new InputError(shown, 0, "permission denied"));
            } else if (Files.isDirectory(p) || isTerraformSource(p)) {
                hcl(p, options, model);
            } else if (PlanLoader.looksLikePlan(p)) {
                new PlanLoader().load(p, options, model);
            } else {
                model.error(new InputError(shown, 1, "not a Terraform plan (terraform show -json output), "
                        + ".tf, .tf.json or .tfvars file, or folder"));
            }
        }
    }

    static boolean isTerraformSource(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.endsWith(".tf") || name.endsWith(".tf.json") || name.endsWith(".tfvars")
                || name.endsWith(".tfvars.json");
    }

    private static void hcl(Path p, LoadOptions options, Model model) {
        model.error(new InputError(options.display(p), 0, "Terraform source input is not available in this build"));
    }
}
