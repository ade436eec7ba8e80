package dev.tfguard.loader.hcl.syntax;

import java.util.List;

/**
 * A block {@code type "label" ... { body }}. {@code range} runs from the type keyword to just after
 * the closing brace (to the end of the file when the brace is missing); {@code labelRanges} has one
 * entry per label, quotes included. In a {@code .tf.json} file there are no braces of the HCL kind:
 * {@code openBrace} is the block object's opening brace and {@code closeBrace} its closing one.
 * {@code closeBrace} is null for a block left unclosed at the end of an invalid file.
 */
public record Block(
        String type,
        List<String> labels,
        Body body,
        Range range,
        Range typeRange,
        List<Range> labelRanges,
        Range openBrace,
        Range closeBrace)
        implements BodyItem {

    public Block {
        labels = List.copyOf(labels);
        labelRanges = List.copyOf(labelRanges);
    }
}
