package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.syntax.Traversal;

/** What names mean where an expression is evaluated: a module instance's variables, locals, resources, calls. */
interface Scope {

    /**
     * The value of the root of {@code traversal} and as many of its steps as the scope resolves, e.g.
     * {@code var.x} or {@code aws_kms_key.k.arn}; {@code consumed} receives how many steps were used.
     */
    Val resolve(Traversal traversal, int[] consumed);
}
