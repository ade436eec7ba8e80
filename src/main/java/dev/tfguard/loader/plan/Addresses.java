package dev.tfguard.loader.plan;

import java.util.List;

/**
 * Splits and rewrites Terraform addresses such as {@code
 * module.a["x.y"].module.b[0].aws_kms_key.k}: instance keys may hold dots, brackets and escaped
 * quotes, so a plain split on dots is wrong.
 */
final class Addresses {

    private Addresses() {}

    /** The dot-separated steps of an address, keeping instance keys on their step. */
    static List<String> steps(String address) {
        return dev.tfguard.model.Addresses.steps(address);
    }

    /**
     * The module path of a configuration block: the instance path without keys. Terraform writes
     * one configuration per module call, shared by all instances of {@code module.a["x"]}, so it is
     * found under {@code module.a}.
     */
    static String withoutKeys(String modulePath) {
        return dev.tfguard.model.Addresses.withoutKeys(modulePath);
    }

    /**
     * The calling module of {@code module.a.module.b[0]}: {@code module.a}; {@code ""} for a root
     * child.
     */
    static String parentModule(String modulePath) {
        List<String> steps = steps(modulePath);
        return String.join(".", steps.subList(0, Math.max(0, steps.size() - 2)));
    }

    /**
     * The module part of a resource instance address: {@code module.a["k"]} of {@code
     * module.a["k"].aws_x.y[0]}.
     */
    static String modulePathOf(String resourceAddress) {
        if (!resourceAddress.startsWith("module.")) {
            return "";
        }
        List<String> steps = steps(resourceAddress);
        int n = 0;
        while (n + 1 < steps.size() && steps.get(n).equals("module")) {
            n += 2;
        }
        return String.join(".", steps.subList(0, n));
    }

    /** {@code prefix.rest}, or {@code rest} at the root. */
    static String join(String prefix, String rest) {
        return prefix.isEmpty() ? rest : prefix + "." + rest;
    }
}
