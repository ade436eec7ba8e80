package dev.tfguard.loader.hcl.function;

import dev.tfguard.model.Type;

/**
 * One parameter of a {@link FunctionSpec}: its name, the type its argument is converted to ({@link
 * Type#DYNAMIC}: any, unconverted), and whether the implementation is called with a null or a not
 * wholly known argument. Where it is not, a null argument is an error and an unknown one makes the
 * result unknown, as in Terraform.
 *
 * @param name the parameter's name, for messages
 * @param type the type arguments are converted to
 * @param allowNull true when the implementation handles a null argument
 * @param allowUnknown true when the implementation handles an argument holding unknown values
 */
public record Param(String name, Type type, boolean allowNull, boolean allowUnknown) {

    /** A parameter that takes neither null nor unknown arguments. */
    public static Param of(String name, Type type) {
        return new Param(name, type, false, false);
    }

    /** This parameter, also taking null. */
    public Param nullable() {
        return new Param(name, type, true, allowUnknown);
    }

    /** This parameter, also taking values that hold unknowns. */
    public Param unknowns() {
        return new Param(name, type, allowNull, true);
    }
}
