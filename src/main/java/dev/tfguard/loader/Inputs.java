package dev.tfguard.loader;

import dev.tfguard.loader.hcl.HclLoader;
import dev.tfguard.loader.plan.PlanLoader;
import dev.tfguard.model.InputError;
import dev.tfguard.model.Model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sends each path the user named to the loader that reads it: a plan (recognised by content), or Terraform
 * source (a {@code .tf}/{@code .tf.json}/{@code .tfvars} file or a folder).
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Loads every path into {@code model}; a path that cannot be read becomes an error, and the rest go on.
     * Returns the Terraform files named one by one (as pre-commit names changed files): when there are such,
     * only findings located in them are to be reported; the rest of their folders is context.
     */
    public static Set<String> load(List<Path> paths, LoadOptions options, Model model) {
        List<Path> terraform = new ArrayList<>();
        boolean wholeInputs = false;
        for (Path p : paths) {
            String shown = options.display(p);
            if (!Files.exists(p)) {
                model.error(new InputError(shown, 0, "no such file or folder"));
            } else if (!Files.isReadable(p)) {
                model.error(new InputError(shown, 0, "permission denied"));
            } else if (options.excluded().test(p.toAbsolutePath().normalize())) {
                continue;
            } else if (Files.isDirectory(p) || isTerraformSource(p)) {
                terraform.add(p);
                wholeInputs |= Files.isDirectory(p);
            } else if (PlanLoader.looksLikePlan(p)) {
                options.progress().accept(shown);
                loadPlan(p, options, model);
                wholeInputs = true;
            } else {
                model.error(new InputError(shown, 1, "not a Terraform plan (terraform show -json output), "
                        + ".tf, .tf.json, .tofu, .tofu.json or .tfvars file, or folder"));
            }
        }
        Set<String> named = terraform.isEmpty() ? Set.of() : new HclLoader().loadAll(terraform, options, model);
        // a folder or plan named beside single files is reported whole, so no filter applies then
        return wholeInputs ? Set.of() : named;
    }

    /**
     * Loads a plan, located through its Terraform source when there is one: {@code --source}, else the plan's own
     * folder when it holds {@code .tf} files.
     */
    private static void loadPlan(Path p, LoadOptions options, Model model) {
        Path parent = p.toAbsolutePath().normalize().getParent();
        Path source = options.source() != null ? options.source()
                : parent != null && SourceMapper.holdsTerraform(parent) ? parent : null;
        // a plan is made from one root module: its source folder when known, else the plan's own folder
        model.root(options.display(source != null ? source : parent));
        if (source == null) {
            new PlanLoader().load(p, options, model);
        } else {
            Model plan = new Model();
            new PlanLoader().load(p, options, plan);
            SourceMapper.map(plan, source, options.source() != null, options, model);
        }
        model.root(null);
    }

    static boolean isTerraformSource(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return dev.tfguard.loader.config.ConfigFiles.isConfig(name) || name.endsWith(".tfvars")
                || name.endsWith(".tfvars.json");
    }
}
