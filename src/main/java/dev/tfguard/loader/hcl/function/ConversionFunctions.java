package dev.tfguard.loader.hcl.function;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.util.List;

/**
 * Type conversion functions: {@code tostring}, {@code tonumber}, {@code tobool}, {@code tolist},
 * {@code toset}, {@code tomap}.
 */
final class ConversionFunctions {

    private ConversionFunctions() {}

    static List<FunctionSpec> all() {
        return List.of(
                to("tostring", Type.STRING),
                to("tonumber", Type.NUMBER),
                to("tobool", Type.BOOL),
                to("tolist", Type.list(Type.DYNAMIC)),
                to("toset", Type.set(Type.DYNAMIC)),
                to("tomap", Type.map(Type.DYNAMIC)));
    }

    /**
     * A function that converts its argument to {@code type}; null stays null, unknown stays
     * unknown.
     */
    private static FunctionSpec to(String name, Type type) {
        return FunctionSpec.of(
                        name,
                        List.of(Param.of("v", Type.DYNAMIC).nullable().unknowns()),
                        type,
                        (a, c) -> plain(Convert.to(a.get(0), type)))
                .nullableResult();
    }

    /**
     * Terraform's conversion functions return a plain unknown, without the length a conversion may
     * know.
     */
    private static Value plain(Value v) {
        if (v instanceof Value.Unknown u && u.maxLength() >= 0) {
            return new Value.Unknown(
                    u.type(), u.reason(), u.notNull(), u.prefix(), 0, -1, u.marks());
        }
        return v;
    }
}
