package dev.tfguard.loader.hcl.syntax;

/**
 * An argument {@code name = expr}. {@code range} runs from the name to the end of the expression;
 * {@code nameRange} covers the name alone.
 */
public record Attribute(String name, Expr expr, Range range, Range nameRange) implements BodyItem {}
