package dev.tfguard.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One resource (a block from HCL, an instance from a plan) with the attributes that rules read.
 *
 * @param address full Terraform address, e.g. {@code module.a.aws_x.y["k"]} (plan) or {@code
 *     module.a.aws_x.y} (HCL, block address)
 * @param modulePath module path without the resource part, {@code ""} at the root, e.g. {@code
 *     module.a}
 * @param mode managed or data
 * @param type resource type, e.g. {@code aws_elasticache_replication_group}
 * @param name resource name
 * @param indexKey instance key (an {@link Integer} for {@code count}, a {@link String} for {@code
 *     for_each}), or {@code null}
 * @param attributes attributes by name, in source order
 * @param source where the block starts, or {@code null}
 * @param change the planned change, or {@code null} for HCL input
 */
public record Resource(
        String address,
        String modulePath,
        Mode mode,
        String type,
        String name,
        Object indexKey,
        Map<String, Attr> attributes,
        SourceRef source,
        Change change) {

    public Resource {
        // most resources of a large plan are kept without attributes: one shared empty map, not one
        // each, keeps memory in step with what the rules read
        attributes =
                attributes.isEmpty()
                        ? Map.of()
                        : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The attribute, or {@code null} when it is not written. */
    public Attr attr(String name) {
        return attributes.get(name);
    }

    /** The attribute's value; {@link Value#absent()} when the attribute is not written. */
    public Value value(String name) {
        Attr a = attributes.get(name);
        return a == null ? Value.NULL : a.value();
    }

    /**
     * True when how many instances this resource has is known only at apply, maybe none: an HCL
     * block whose {@code count} or {@code for_each} cannot be known statically, kept as an
     * attribute (a plan knows its instances).
     */
    public boolean mayBeAbsent() {
        return attributes.containsKey("count") || attributes.containsKey("for_each");
    }

    /** The address without the instance key: {@code module.a.aws_x.y}. */
    public String blockAddress() {
        String prefix = modulePath.isEmpty() ? "" : modulePath + ".";
        return prefix + (mode == Mode.DATA ? "data." : "") + type + "." + name;
    }

    /**
     * Where a finding about {@code attribute} points: the attribute when written, else the block.
     */
    public SourceRef locate(String attribute) {
        Attr a = attribute == null ? null : attributes.get(attribute);
        return a != null && a.source() != null ? a.source() : source;
    }
}
