package dev.tfguard.loader.hcl.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The content of a file or a block: attributes and nested blocks, in source order. For a block,
 * {@code range} covers the braces; for a file, the whole file.
 */
public final class Body {

    private final List<BodyItem> items;
    private final List<Attribute> attributes;
    private final List<Block> blocks;
    private final Range range;

    public Body(List<BodyItem> items, Range range) {
        this.items = List.copyOf(items);
        this.range = range;
        List<Attribute> attrs = new ArrayList<>();
        List<Block> bl = new ArrayList<>();
        for (BodyItem item : this.items) {
            if (item instanceof Attribute a) {
                attrs.add(a);
            } else {
                bl.add((Block) item);
            }
        }
        this.attributes = Collections.unmodifiableList(attrs);
        this.blocks = Collections.unmodifiableList(bl);
    }

    /** Attributes and blocks together, in source order. */
    public List<BodyItem> items() {
        return items;
    }

    /** The attributes, in source order. */
    public List<Attribute> attributes() {
        return attributes;
    }

    /** The nested blocks, in source order. */
    public List<Block> blocks() {
        return blocks;
    }

    /** The nested blocks of one type, in source order. */
    public List<Block> blocks(String type) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.type().equals(type)) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * The attribute called {@code name}, if it is set (a valid body sets each name at most once).
     */
    public Optional<Attribute> attribute(String name) {
        for (Attribute a : attributes) {
            if (a.name().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    public Range range() {
        return range;
    }

    @Override
    public String toString() {
        return "Body" + items;
    }
}
