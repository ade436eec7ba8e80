package dev.tfguard.loader.hcl.syntax;

import java.math.BigDecimal;
import java.util.List;

/**
 * An HCL expression, exactly as written: nothing is evaluated. Every expression knows its {@link
 * #range()}, its raw {@link #source()} text and the {@link #references()} it makes.
 *
 * <p>The kinds, following the HCL native syntax specification: {@link Literal}, {@link Template}
 * (quoted strings and heredocs, with {@link TemplateIf} and {@link TemplateFor} directives among
 * their parts), {@link ScopeTraversal} ({@code var.x[0].y}), {@link RelativeTraversal} ({@code
 * f(x).y}), {@link Index} (a non-literal key: {@code m[var.k]}), {@link Splat} with its {@link
 * SplatItem}, {@link FunctionCall}, {@link Tuple}, {@link ObjectCons}, {@link Conditional}, {@link
 * BinaryOp}, {@link UnaryOp}, {@link For}, {@link Paren}, and {@link Invalid} where a syntax error
 * left a hole.
 */
public sealed interface Expr {

    /** Where the expression is, with access to its text. */
    Span span();

    /** The expression's range in its file. */
    default Range range() {
        return span().range();
    }

    /**
     * The exact source text of the expression (quotes, heredoc markers and inner comments kept).
     */
    default String source() {
        return span().text();
    }

    /**
     * The traversals the expression refers to, in source order without duplicates, by the reference
     * parser's rules: a traversal stops at its first non-literal step; {@code for} and {@code
     * %{for}} iteration variables are not references inside their scope; function names and bare
     * object keys are not references.
     */
    default List<Traversal> references() {
        return References.of(this);
    }

    /**
     * A literal value: a {@link String} (only as a bare object key), {@link BigDecimal}, {@link
     * Boolean} or null.
     */
    record Literal(Object value, Span span) implements Expr {}

    /**
     * A quoted string or heredoc. {@code parts} are {@link Literal} strings (escapes already
     * decoded, strip markers and heredoc indentation applied), interpolated expressions, {@link
     * TemplateIf} and {@link TemplateFor}.
     */
    record Template(List<Expr> parts, boolean heredoc, Span span) implements Expr {

        public Template {
            parts = List.copyOf(parts);
        }

        /**
         * True when the template has no interpolation or directive: its value is {@link
         * #literalValue()}.
         */
        public boolean isStringLiteral() {
            return parts.isEmpty() || parts.size() == 1 && isText(parts.get(0));
        }

        /**
         * The string value of a template for which {@link #isStringLiteral()} holds, otherwise
         * null.
         */
        public String literalValue() {
            if (parts.isEmpty()) {
                return "";
            }
            return isStringLiteral() ? (String) ((Literal) parts.get(0)).value() : null;
        }

        /**
         * The interpolated expression when the whole template is one interpolation ({@code
         * "${var.x}"}); HCL then gives the expression's own value, not its string form.
         */
        public Expr wrapped() {
            if (parts.size() == 1
                    && !isText(parts.get(0))
                    && !(parts.get(0) instanceof TemplateIf)
                    && !(parts.get(0) instanceof TemplateFor)) {
                return parts.get(0);
            }
            return null;
        }

        /**
         * True for a part that is literal text; {@code "${true}"} is one interpolation of a literal
         * bool, not text.
         */
        private static boolean isText(Expr part) {
            return part instanceof Literal l && l.value() instanceof String;
        }
    }

    /**
     * {@code %{if cond}...%{else}...%{endif}} inside a template; {@code otherwise} is null without
     * an else.
     */
    record TemplateIf(Expr condition, Template then, Template otherwise, Span span)
            implements Expr {}

    /**
     * {@code %{for key, value in collection}...%{endfor}}; {@code keyVar} is null in the
     * one-variable form.
     */
    record TemplateFor(String keyVar, String valueVar, Expr collection, Template body, Span span)
            implements Expr {}

    /**
     * A reference to a named value with literal steps only: {@code var.x}, {@code
     * aws_s3_bucket.b[0].arn}.
     */
    record ScopeTraversal(Traversal traversal, Span span) implements Expr {}

    /** Attribute and literal index steps applied to another expression's value: {@code f(x).id}. */
    record RelativeTraversal(Expr base, List<Traversal.Step> steps, Span span) implements Expr {

        public RelativeTraversal {
            steps = List.copyOf(steps);
        }
    }

    /** {@code collection[key]} where the key is not a literal. */
    record Index(Expr collection, Expr key, Span span) implements Expr {}

    /**
     * A splat: {@code base[*].each} or the attribute-only {@code base.*.each}. {@code each} is
     * evaluated once per element, with the element standing in for the {@link SplatItem} at its
     * root ({@code each} is the item itself when nothing follows the splat).
     */
    record Splat(Expr base, Expr each, boolean attributeOnly, Span span) implements Expr {}

    /**
     * The element placeholder at the root of a {@link Splat}'s {@code each}; its span is the splat
     * marker.
     */
    record SplatItem(Span span) implements Expr {}

    /**
     * A function call; {@code name} includes any namespace ({@code provider::aws::arn_parse}),
     * {@code expandFinal} is true when the last argument ends with {@code ...}.
     */
    record FunctionCall(
            String name, List<Expr> args, boolean expandFinal, Range nameRange, Span span)
            implements Expr {

        public FunctionCall {
            args = List.copyOf(args);
        }
    }

    /** {@code [a, b, c]}. */
    record Tuple(List<Expr> elements, Span span) implements Expr {

        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /** {@code { key = value, ... }}. */
    record ObjectCons(List<ObjectItem> items, Span span) implements Expr {

        public ObjectCons {
            items = List.copyOf(items);
        }
    }

    /**
     * One {@code key = value} (or {@code key: value}) of an object. A bare-word key ({@code name =
     * 1}) is a {@link Literal} string; any other key ({@code "quoted"}, {@code (var.k)}, {@code
     * var.k}, {@code 1}) is the expression as written.
     */
    record ObjectItem(Expr key, Expr value) {}

    /** {@code condition ? then : otherwise}. */
    record Conditional(Expr condition, Expr then, Expr otherwise, Span span) implements Expr {}

    /** A binary operation. */
    record BinaryOp(Operator op, Expr left, Expr right, Span span) implements Expr {}

    /** {@code -x} or {@code !x}. */
    record UnaryOp(Operator op, Expr operand, Span span) implements Expr {}

    /**
     * A {@code for} expression. For the list form ({@code [for ...]}) {@code keyExpr} is null;
     * {@code keyVar} is null in the one-variable form; {@code condition} is null without {@code
     * if}; {@code grouping} is the {@code ...} after the value of an object form.
     */
    record For(
            String keyVar,
            String valueVar,
            Expr collection,
            Expr keyExpr,
            Expr valueExpr,
            Expr condition,
            boolean grouping,
            Span span)
            implements Expr {

        /** True for the object form {@code {for ... : k => v}}. */
        public boolean isObject() {
            return keyExpr != null;
        }
    }

    /** {@code (expr)}. */
    record Paren(Expr inner, Span span) implements Expr {}

    /** A placeholder where a syntax error left no expression; its file has a diagnostic. */
    record Invalid(Span span) implements Expr {}

    /** Operators, with their HCL spelling. */
    enum Operator {
        OR("||"),
        AND("&&"),
        EQUAL("=="),
        NOT_EQUAL("!="),
        LESS("<"),
        LESS_OR_EQUAL("<="),
        GREATER(">"),
        GREATER_OR_EQUAL(">="),
        ADD("+"),
        SUBTRACT("-"),
        MULTIPLY("*"),
        DIVIDE("/"),
        MODULO("%"),
        NEGATE("-"),
        NOT("!");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
