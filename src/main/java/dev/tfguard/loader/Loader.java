package dev.tfguard.loader;

import dev.tfguard.model.Model;
import java.nio.file.Path;

/**
 * Turns one input (a plan file, a Terraform file or folder) into resources of the model. A loader
 * reports what it cannot read as {@link dev.tfguard.model.InputError}s in the model and never
 * throws for bad input.
 */
public interface Loader {

    void load(Path input, LoadOptions options, Model model);
}
