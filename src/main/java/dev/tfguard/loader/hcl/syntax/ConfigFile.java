package dev.tfguard.loader.hcl.syntax;

import java.util.List;

/**
 * One parsed file: its body, its comments in source order and its diagnostics. When {@link
 * #valid()} is false the body holds what could be recovered around the errors.
 */
public record ConfigFile(
        String path, Body body, List<Comment> comments, List<Diagnostic> diagnostics) {

    public ConfigFile {
        comments = List.copyOf(comments);
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when the file has no errors. */
    public boolean valid() {
        return diagnostics.isEmpty();
    }
}
