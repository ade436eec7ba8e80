package dev.tfguard.loader.hcl.syntax;

/** An item of a {@link Body}: an {@link Attribute} or a {@link Block}. */
public sealed interface BodyItem permits Attribute, Block {

    /** The item's whole range. */
    Range range();
}
