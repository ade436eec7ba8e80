package dev.tfguard.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything the loaders produced for one scan: resources from every input, plus the errors and warnings met on
 * the way and the suppressions written in the source. Rules see only the resources (through the graph); reporters see errors and warnings.
 */
public final class Model {
    private final List<Resource> resources = new ArrayList<>();
    private final List<InputError> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>();

    public void add(Resource r) {
        resources.add(r);
    }

    public void error(InputError e) {
        errors.add(e);
    }

    /** Adds a warning, kept to one line like an error's message. */
    public void warn(String w) {
        warnings.add(InputError.oneLine(w));
    }

    public void suppress(Suppression s) {
        suppressions.add(s);
    }

    public List<Resource> resources() {
        return Collections.unmodifiableList(resources);
    }

    public List<InputError> errors() {
        return Collections.unmodifiableList(errors);
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** Suppressions written in the inputs (comments in Terraform source), in the order they were read. */
    public List<Suppression> suppressions() {
        return Collections.unmodifiableList(suppressions);
    }
}
