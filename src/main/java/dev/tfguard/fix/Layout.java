package dev.tfguard.fix;

import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.BodyItem;
import dev.tfguard.loader.hcl.syntax.Comment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes new attributes and values into existing text the way {@code terraform fmt} lays them out:
 * the {@code =} of consecutive one-line attributes in one column (one space after the longest
 * name), trailing comments of consecutive lines in one column, the indentation and line ending the
 * file already uses. A run of attributes that was not aligned before is left as it was; nothing
 * outside the edited lines moves.
 */
final class Layout {

    /** An attribute to add: its name and the HCL text of its value. */
    record NewAttr(String name, String value) {}

    private Layout() {}

    /**
     * The edits that add {@code attrs} to {@code block}: after its leading one-line attributes (so
     * they join that run of attributes and its alignment), or first in a block without attributes.
     * Null when the block is written on one line, where an attribute cannot be added without
     * reformatting it.
     */
    static List<Edit> insert(SourceText src, Block block, List<NewAttr> attrs) {
        List<BodyItem> items = block.body().items();
        Attribute anchor = anchor(block);
        List<Edit> edits = new ArrayList<>();
        if (anchor == null) {
            int open = block.openBrace().end().byteOffset();
            String blockIndent = src.indentation(block.range().start().byteOffset());
            String indent =
                    block.body().blocks().isEmpty()
                            ? blockIndent + src.indentUnit()
                            : src.indentation(
                                    block.body().blocks().get(0).range().start().byteOffset());
            String lines = lines(attrs, indent, width(attrs, 0), src.eol);
            if (block.closeBrace().start().line() == block.openBrace().start().line()) {
                if (!block.body().items().isEmpty()) {
                    return null;
                }
                edits.add(
                        new Edit(
                                open,
                                block.closeBrace().start().byteOffset(),
                                src.eol + lines + src.eol + blockIndent));
            } else {
                // a blank line between the new attributes and a nested block right below them, as
                // is usual
                boolean blockBelow =
                        !items.isEmpty()
                                && items.get(0).range().start().line()
                                        == block.openBrace().start().line() + 1;
                edits.add(
                        Edit.insert(
                                src.lineContentEnd(open),
                                src.eol + lines + (blockBelow ? src.eol : "")));
            }
            return edits;
        }
        if (anchor.range().end().line() == block.closeBrace().start().line()
                || anchor.range().start().line() == block.openBrace().start().line()) {
            return null;
        }
        String indent = src.indentation(anchor.range().start().byteOffset());
        List<Attribute> run = run(items, anchor);
        int width = width(attrs, 0);
        if (!run.isEmpty() && aligned(src, run)) {
            int before = 0;
            for (Attribute a : run) {
                before = Math.max(before, a.name().length());
            }
            width = Math.max(before, width);
            for (Attribute a : run) {
                int gapStart = a.nameRange().end().byteOffset();
                int eq = equalsAt(src, gapStart);
                int wanted = width - a.name().length() + 1;
                if (eq - gapStart != wanted) {
                    edits.add(new Edit(gapStart, eq, " ".repeat(wanted)));
                }
            }
        }
        // after the anchor's line, and after a /* comment */ that starts there and runs on to later
        // lines
        Comment after = trailing(src, anchor);
        int at =
                src.lineContentEnd(
                        after != null
                                ? after.range().end().byteOffset()
                                : anchor.range().end().byteOffset());
        edits.add(Edit.insert(at, src.eol + lines(attrs, indent, width, src.eol)));
        return edits;
    }

    /**
     * The attribute after which new ones go: the last of the leading one-line attributes (the usual
     * place of settings), else the last attribute before the first nested block, else the last
     * attribute; null when the block has no attribute.
     */
    static Attribute anchor(Block block) {
        List<BodyItem> items = block.body().items();
        Attribute anchor = null;
        for (BodyItem item : items) {
            if (item instanceof Block || !oneLine((Attribute) item)) {
                break;
            }
            anchor = (Attribute) item;
        }
        for (int i = 0;
                anchor == null && i < items.size() && items.get(i) instanceof Attribute a;
                i++) {
            if (i + 1 == items.size() || items.get(i + 1) instanceof Block) {
                anchor = a;
            }
        }
        if (anchor == null && !block.body().attributes().isEmpty()) {
            anchor = block.body().attributes().get(block.body().attributes().size() - 1);
        }
        return anchor;
    }

    /** The line after which {@link #insert} adds attributes to {@code block}. */
    static int insertionLine(Block block) {
        Attribute anchor = anchor(block);
        return anchor != null ? anchor.range().end().line() : block.openBrace().start().line();
    }

    /**
     * True when new attributes can be added to {@code block} without reformatting it (it is not on
     * one line).
     */
    static boolean canInsert(Block block) {
        if (block.closeBrace() == null) {
            return false;
        }
        int open = block.openBrace().start().line();
        int close = block.closeBrace().start().line();
        return open != close || block.body().items().isEmpty();
    }

    /**
     * The edits that replace the values of the attributes in {@code values} (all in {@code owner}'s
     * body, or at the top level of the file when {@code owner} is null). When a trailing comment
     * follows a changed value, the comments of that run of lines stay in one column (or, if they
     * were not aligned, that comment keeps its column).
     */
    static List<Edit> replace(SourceText src, Block owner, Map<Attribute, String> values) {
        Set<Edit> edits = new LinkedHashSet<>();
        List<BodyItem> items = owner == null ? src.parsed.body().items() : owner.body().items();
        Map<Attribute, Integer> delta = new HashMap<>();
        values.forEach(
                (attr, value) -> {
                    edits.add(
                            new Edit(
                                    attr.expr().range().start().byteOffset(),
                                    attr.expr().range().end().byteOffset(),
                                    value));
                    delta.put(
                            attr,
                            value.length()
                                    - (attr.expr().range().end().column()
                                            - attr.expr().range().start().column()));
                });
        for (Attribute attr : values.keySet()) {
            Comment own = trailing(src, attr);
            if (own == null || !oneLine(attr)) {
                continue;
            }
            List<Attribute> chain = commentChain(src, items, attr);
            int max = 0;
            boolean aligned = true;
            for (Attribute a : chain) {
                max = Math.max(max, codeWidth(a));
            }
            for (Attribute a : chain) {
                Comment c = trailing(src, a);
                aligned &= c.range().start().column() - 1 == max + 1 && onlySpaces(src, a, c);
            }
            if (aligned) {
                int newMax = 0;
                for (Attribute a : chain) {
                    newMax = Math.max(newMax, codeWidth(a) + delta.getOrDefault(a, 0));
                }
                for (Attribute a : chain) {
                    int width = codeWidth(a) + delta.getOrDefault(a, 0);
                    Comment c = trailing(src, a);
                    int gap = c.range().start().byteOffset() - a.range().end().byteOffset();
                    if (gap != newMax + 1 - width) {
                        edits.add(
                                new Edit(
                                        a.range().end().byteOffset(),
                                        c.range().start().byteOffset(),
                                        " ".repeat(newMax + 1 - width)));
                    }
                }
            } else if (onlySpaces(src, attr, own)) {
                int exprEnd = attr.expr().range().end().byteOffset();
                int gap = own.range().start().byteOffset() - exprEnd;
                int wanted = Math.max(1, gap - delta.get(attr));
                if (wanted != gap) {
                    edits.add(
                            new Edit(
                                    exprEnd, own.range().start().byteOffset(), " ".repeat(wanted)));
                }
            }
        }
        return new ArrayList<>(edits);
    }

    /**
     * A whole new block, laid out as {@code terraform fmt} would, with its own lines ending in
     * {@code eol}.
     */
    static String block(String header, List<NewAttr> attrs, String indent, String eol) {
        return header + " {" + eol + lines(attrs, indent, width(attrs, 0), eol) + eol + "}";
    }

    private static String lines(List<NewAttr> attrs, String indent, int width, String eol) {
        StringBuilder sb = new StringBuilder();
        for (NewAttr a : attrs) {
            if (sb.length() > 0) {
                sb.append(eol);
            }
            sb.append(indent)
                    .append(a.name())
                    .append(" ".repeat(width - a.name().length() + 1))
                    .append("= ")
                    .append(a.value());
        }
        return sb.toString();
    }

    private static int width(List<NewAttr> attrs, int min) {
        int w = min;
        for (NewAttr a : attrs) {
            w = Math.max(w, a.name().length());
        }
        return w;
    }

    /**
     * The one-line attributes on consecutive lines that end with {@code anchor}: the run its {@code
     * =} aligns with.
     */
    private static List<Attribute> run(List<BodyItem> items, Attribute anchor) {
        List<Attribute> run = new ArrayList<>();
        if (!oneLine(anchor)) {
            return run; // the line of its closing bracket ends the run, as in terraform fmt
        }
        run.add(anchor);
        for (int i = items.indexOf(anchor) - 1; i >= 0; i--) {
            if (!(items.get(i) instanceof Attribute a)
                    || !oneLine(a)
                    || a.range().end().line() != run.get(0).range().start().line() - 1) {
                break;
            }
            run.add(0, a);
        }
        return run;
    }

    /**
     * True when every {@code =} of the run stands one space after the longest name, as terraform
     * fmt puts it.
     */
    private static boolean aligned(SourceText src, List<Attribute> run) {
        int longest = 0;
        for (Attribute a : run) {
            longest = Math.max(longest, a.name().length());
        }
        for (Attribute a : run) {
            int gapStart = a.nameRange().end().byteOffset();
            int eq = equalsAt(src, gapStart);
            if (eq < 0
                    || eq - gapStart != longest - a.name().length() + 1
                    || !src.text(gapStart, eq).isBlank()
                    || src.text(gapStart, eq).contains("\t")) {
                return false;
            }
        }
        return true;
    }

    private static int equalsAt(SourceText src, int from) {
        int i = from;
        while (i < src.bytes.length && (src.bytes[i] == ' ' || src.bytes[i] == '\t')) {
            i++;
        }
        return i < src.bytes.length && src.bytes[i] == '=' ? i : -1;
    }

    private static boolean oneLine(Attribute a) {
        return a.range().start().line() == a.range().end().line();
    }

    /** Columns from the start of the line to the end of the attribute's value. */
    private static int codeWidth(Attribute a) {
        return a.range().end().column() - 1;
    }

    /** The comment after {@code a} on the line where its value ends, or null. */
    static Comment trailing(SourceText src, Attribute a) {
        int end = a.range().end().byteOffset();
        int lineEnd = src.lineContentEnd(end);
        List<Comment> comments =
                src.parsed.comments(); // in source order: the first one at or after end
        int lo = 0;
        int hi = comments.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (comments.get(mid).range().start().byteOffset() < end) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < comments.size() && comments.get(lo).range().start().byteOffset() < lineEnd) {
            return comments.get(lo);
        }
        return null;
    }

    private static boolean onlySpaces(SourceText src, Attribute a, Comment c) {
        String gap = src.text(a.range().end().byteOffset(), c.range().start().byteOffset());
        return !gap.isEmpty() && gap.chars().allMatch(ch -> ch == ' ');
    }

    /** The one-line attributes with trailing comments on consecutive lines around {@code attr}. */
    private static List<Attribute> commentChain(
            SourceText src, List<BodyItem> items, Attribute attr) {
        List<Attribute> chain = new ArrayList<>();
        chain.add(attr);
        int at = items.indexOf(attr);
        for (int i = at - 1; i >= 0; i--) {
            if (!(items.get(i) instanceof Attribute a)
                    || !oneLine(a)
                    || trailing(src, a) == null
                    || a.range().end().line() != chain.get(0).range().start().line() - 1) {
                break;
            }
            chain.add(0, a);
        }
        for (int i = at + 1; i < items.size(); i++) {
            Attribute last = chain.get(chain.size() - 1);
            if (!(items.get(i) instanceof Attribute a)
                    || !oneLine(a)
                    || trailing(src, a) == null
                    || a.range().start().line() != last.range().end().line() + 1) {
                break;
            }
            chain.add(a);
        }
        return chain;
    }
}
