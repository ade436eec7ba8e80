package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.function.CallContext;
import dev.tfguard.loader.hcl.syntax.Traversal;
import dev.tfguard.model.Value;

/**
 * What names mean where an expression is evaluated: a module instance's variables, locals,
 * resources, calls.
 */
interface Scope {

    /**
     * The value of the root of {@code traversal} and as many of its steps as the scope resolves,
     * e.g. {@code var.x} or {@code aws_kms_key.k.arn}; {@code consumed} receives how many steps
     * were used.
     */
    Value resolve(Traversal traversal, int[] consumed);

    /** What function calls may read: the working directory and the scanned tree. */
    default CallContext callContext() {
        return CallContext.NONE;
    }

    /**
     * True when values are wanted as Terraform's plan shows them (a plain unknown where Terraform
     * has one), false when rules judge them as they will be at apply (a resource's {@code id} is
     * unknown but never null).
     */
    default boolean terraformView() {
        return false;
    }
}
