package dev.tfguard.loader.hcl.function;

import java.nio.file.Path;

/**
 * What a function call may need besides its arguments: the folder relative paths resolve against (the root
 * module's folder, as Terraform's working directory) and the scanned tree, outside which no file is read.
 *
 * @param workingDir the folder relative paths resolve against, or null when files are not read
 * @param tree       the folder no file outside of is read, or null when files are not read
 */
public record CallContext(Path workingDir, Path tree) {

    /** A context in which no file is read. */
    public static final CallContext NONE = new CallContext(null, null);
}
