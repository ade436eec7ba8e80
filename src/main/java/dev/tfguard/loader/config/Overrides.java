package dev.tfguard.loader.config;

import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Body;
import dev.tfguard.loader.hcl.syntax.BodyItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges a block of an override file into the block it overrides, by Terraform's rules
 * (https://developer.hashicorp.com/terraform/language/files/override): each argument of the
 * override replaces the original's argument of the same name (or is added); each type of nested
 * block in the override replaces every nested block of that type in the original, as a whole
 * ({@code dynamic "x"} counting as type {@code x}); the arguments of a {@code lifecycle} block are
 * merged one by one. The merged block keeps the original's position.
 */
public final class Overrides {

    private Overrides() {}

    /** {@code base} with {@code override} merged into it. */
    public static Block merge(Block base, Block override) {
        return new Block(
                base.type(),
                base.labels(),
                mergeBody(base.body(), override.body(), true),
                base.range(),
                base.typeRange(),
                base.labelRanges(),
                base.openBrace(),
                base.closeBrace());
    }

    /**
     * The body of {@code base} with the arguments of {@code override} replacing or added to its
     * own, and the nested blocks of {@code override} replacing those of the same type (when {@code
     * replaceBlocks}), in the order of {@code base} with new items last.
     */
    static Body mergeBody(Body base, Body override, boolean replaceBlocks) {
        Set<String> replacedTypes = new HashSet<>();
        for (Block b : override.blocks()) {
            if (!b.type().equals("lifecycle")) {
                replacedTypes.add(nestedType(b));
            }
        }
        List<BodyItem> items = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (BodyItem item : base.items()) {
            if (item instanceof Attribute a) {
                items.add(override.attribute(a.name()).map(o -> (BodyItem) o).orElse(a));
                written.add(a.name());
            } else if (item instanceof Block b) {
                if (b.type().equals("lifecycle")) {
                    List<Block> over = override.blocks("lifecycle");
                    Block merged = b;
                    for (Block o : over) {
                        merged =
                                new Block(
                                        b.type(),
                                        b.labels(),
                                        mergeBody(merged.body(), o.body(), false),
                                        b.range(),
                                        b.typeRange(),
                                        b.labelRanges(),
                                        b.openBrace(),
                                        b.closeBrace());
                    }
                    items.add(merged);
                } else if (!replaceBlocks || !replacedTypes.contains(nestedType(b))) {
                    items.add(b);
                }
            }
        }
        for (Attribute a : override.attributes()) {
            if (!written.contains(a.name())) {
                items.add(a);
            }
        }
        boolean baseHasLifecycle = !base.blocks("lifecycle").isEmpty();
        for (Block b : override.blocks()) {
            if (b.type().equals("lifecycle") ? !baseHasLifecycle : replaceBlocks) {
                items.add(b);
            }
        }
        return new Body(items, base.range());
    }

    /**
     * The type a nested block stands for: its own, or for {@code dynamic "x"} the type {@code x}.
     */
    static String nestedType(Block b) {
        return b.type().equals("dynamic") && !b.labels().isEmpty() ? b.labels().get(0) : b.type();
    }
}
