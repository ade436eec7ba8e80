package dev.tfguard.loader.hcl;

import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Comment;
import dev.tfguard.loader.hcl.syntax.ConfigFile;
import dev.tfguard.model.SourceRef;
import dev.tfguard.model.Suppression;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads suppressions from the comments of one file. A comment suppresses in the top-level block it
 * sits in (on any line, the attribute's line included) or in the block right below it, with only
 * comment lines between them. Forms:
 *
 * <ul>
 *   <li>{@code tfguard:ignore:TFG-EC-001 reason} and {@code
 *       tfguard:ignore:TFG-EC-001:exp:2027-03-31 reason}: the reason is required; without it the
 *       comment suppresses nothing and a warning says so;
 *   <li>other scanners' comments, their ids mapped through each rule's aliases: {@code
 *       checkov:skip=CKV_AWS_29:reason}, {@code
 *       tfsec:ignore:aws-elasticache-enable-at-rest-encryption[:exp:DATE]}, {@code
 *       trivy:ignore:AVD-AWS-0045[:exp:DATE]}; their reason is optional, as it is for those tools.
 * </ul>
 *
 * A comment on a {@code module} block covers every resource of that call; the loader gives it the
 * call's absolute address.
 */
final class InlineSuppressions {
    private static final Pattern TFGUARD =
            Pattern.compile(
                    "^tfguard:ignore:([A-Za-z0-9_.\\-]+)(?::exp:(\\S*))?(.*)$", Pattern.DOTALL);
    private static final Pattern PEER =
            Pattern.compile(
                    "(checkov):skip=([A-Za-z0-9_.\\-]+)(?::([^\\n]*))?"
                            + "|(tfsec|trivy):ignore:([A-Za-z0-9_.\\-]+)(?::exp:([0-9-]*))?");

    /** A suppression on a module call, to be scoped to each instance of the call. */
    record OnModule(String call, Suppression suppression) {}

    final List<Suppression> inBlocks = new ArrayList<>();
    final List<OnModule> onModules = new ArrayList<>();

    /**
     * Collects the suppressions of {@code file}; a malformed one is reported to {@code warn} and
     * skipped.
     */
    InlineSuppressions(ConfigFile file, String display, Consumer<String> warn) {
        Set<Integer> commentLines = null;
        for (Comment c : file.comments()) {
            // most comments are no suppression: they are passed over before their positions are
            // worked out
            if (!c.text().contains("ignore:") && !c.text().contains("skip=")) {
                continue;
            }
            List<Suppression> found = parse(c, display, warn);
            if (found.isEmpty()) {
                continue;
            }
            if (commentLines == null) {
                commentLines = commentLines(file);
            }
            Block block = target(file, c, commentLines);
            if (block == null) {
                warn.accept(
                        display
                                + ":"
                                + c.range().start().line()
                                + ": suppression is neither inside a block nor"
                                + " right above one; it suppresses nothing");
                continue;
            }
            for (Suppression s : found) {
                if (block.type().equals("module") && block.labels().size() == 1) {
                    String call = "module." + block.labels().get(0);
                    onModules.add(
                            new OnModule(
                                    block.labels().get(0),
                                    scoped(s, new Suppression.Address(call))));
                } else {
                    inBlocks.add(
                            scoped(
                                    s,
                                    new Suppression.Lines(
                                            display,
                                            block.range().start().line(),
                                            block.range().end().line())));
                }
            }
        }
    }

    private static Set<Integer> commentLines(ConfigFile file) {
        Set<Integer> lines = new HashSet<>();
        for (Comment c : file.comments()) {
            for (int l = c.range().start().line(); l <= c.range().end().line(); l++) {
                lines.add(l);
            }
        }
        return lines;
    }

    private static Suppression scoped(Suppression s, Suppression.Scope scope) {
        return new Suppression(s.id(), s.reason(), s.expires(), s.source(), s.where(), scope);
    }

    /**
     * The top-level block the comment is in, or that starts right below it; null when there is
     * none.
     */
    private static Block target(ConfigFile file, Comment c, Set<Integer> commentLines) {
        int line = c.range().start().line();
        for (Block b : file.body().blocks()) {
            if (b.range().start().line() <= line && line <= b.range().end().line()) {
                return b;
            }
        }
        int below = c.range().end().line() + 1;
        while (commentLines.contains(below)) {
            below++;
        }
        for (Block b : file.body().blocks()) {
            if (b.range().start().line() == below) {
                return b;
            }
        }
        return null;
    }

    /** The suppressions one comment declares, without scope yet. */
    static List<Suppression> parse(Comment c, String display, Consumer<String> warn) {
        String body = c.body();
        SourceRef where =
                new SourceRef(display, c.range().start().line(), c.range().start().column());
        List<Suppression> out = new ArrayList<>();
        Matcher own = TFGUARD.matcher(body);
        if (own.matches()) {
            String id = own.group(1);
            String reason = own.group(3).strip();
            if (!own.group(3).isEmpty() && !Character.isWhitespace(own.group(3).charAt(0))) {
                warn.accept(
                        where
                                + ": cannot read the suppression \""
                                + firstWord(body)
                                + "\": expected tfguard:ignore:RULE-ID or tfguard:ignore:RULE-ID:exp:YYYY-MM-DD, then a reason");
                return out;
            }
            if (reason.isEmpty()) {
                warn.accept(
                        where
                                + ": suppression of "
                                + id
                                + " gives no reason; it suppresses nothing (write "
                                + "the reason after the id: # tfguard:ignore:"
                                + id
                                + " why it is accepted)");
                return out;
            }
            LocalDate expires = date(own.group(2), id, where, warn);
            if (expires != null || own.group(2) == null) {
                out.add(new Suppression(id, reason, expires, "inline", where, null));
            }
            return out;
        }
        Matcher peer = PEER.matcher(body);
        List<int[]> spans = new ArrayList<>();
        List<Suppression> pending = new ArrayList<>();
        while (peer.find()) {
            spans.add(new int[] {peer.start(), peer.end()});
            if (peer.group(1) != null) {
                String reason =
                        peer.group(3) == null || peer.group(3).isBlank()
                                ? null
                                : peer.group(3).strip();
                pending.add(new Suppression(peer.group(2), reason, null, "checkov", where, null));
            } else {
                String id = peer.group(5);
                LocalDate expires = date(peer.group(6), id, where, warn);
                if (expires != null || peer.group(6) == null) {
                    pending.add(new Suppression(id, null, expires, peer.group(4), where, null));
                }
            }
        }
        // tfsec and trivy take the rest of the comment as their reason
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (int[] span : spans) {
            rest.append(body, at, span[0]).append(' ');
            at = span[1];
        }
        rest.append(body.substring(at));
        String text = rest.toString().strip().replaceFirst("^[-:,;\\s]+", "");
        for (Suppression s : pending) {
            out.add(
                    s.reason() == null && !text.isEmpty()
                            ? new Suppression(
                                    s.id(), text, s.expires(), s.source(), s.where(), null)
                            : s);
        }
        return out;
    }

    private static LocalDate date(String text, String id, SourceRef where, Consumer<String> warn) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            warn.accept(
                    where
                            + ": suppression of "
                            + id
                            + " has the expiry \""
                            + text
                            + "\", which is not a date like 2027-03-31; it suppresses nothing");
            return null;
        }
    }

    private static String firstWord(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }
}
