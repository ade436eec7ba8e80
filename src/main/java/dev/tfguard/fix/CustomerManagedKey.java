package dev.tfguard.fix;

import dev.tfguard.loader.hcl.syntax.Attribute;
import dev.tfguard.loader.hcl.syntax.Block;
import dev.tfguard.loader.hcl.syntax.Expr;
import dev.tfguard.model.Finding;
import dev.tfguard.model.Resource;
import dev.tfguard.model.RuleFix;
import java.util.List;
import java.util.Optional;

/**
 * The strategy {@code customer-managed-key}: with {@code --create-kms-key}, adds an {@code
 * aws_kms_key} (rotating) and an {@code aws_kms_alias} after the resource and points the resource's
 * key attribute at it; without, leaves the choice of key to the user. Parameters: {@code attribute}
 * (the key attribute), {@code what} (how messages call the resource), {@code key-description} and
 * {@code alias-prefix} (of the new key and alias), {@code replaced} (what a replacement does), and
 * {@code requires} with {@code requires-fix-of}: an attribute that must be true for a key to be
 * set, and the rule whose fix turns it on.
 */
final class CustomerManagedKey implements FixStrategy {

    @Override
    public boolean fix(FixRun run, Target t, RuleFix spec) {
        Finding f = t.finding();
        SourceText src = t.src();
        Block block = t.block();
        Resource r = t.resource();
        String keyAttr = spec.param("attribute");
        String what = spec.param("what");
        String requires = spec.param("requires");
        if (!run.options.createKmsKey()) {
            run.leave(
                    f,
                    "which key encrypts the "
                            + what
                            + " is a decision: set "
                            + keyAttr
                            + " to your "
                            + "key's ARN (for example aws_kms_key.NAME.arn), or run tfguard fix --create-kms-key to add an "
                            + "aws_kms_key with rotation and an alias next to the "
                            + what);
            return false;
        }
        Optional<Attribute> written = block.body().attribute(keyAttr);
        if (written.isPresent() && !FixRun.literal(written.get().expr())) {
            run.leave(
                    f,
                    keyAttr
                            + " is computed by "
                            + written.get().expr().source()
                            + "; change it there to a customer-managed key");
            return false;
        }
        if (requires != null && !enabled(run, r, requires, spec.param("requires-fix-of"))) {
            run.leave(
                    f,
                    keyAttr
                            + " can be set only with "
                            + requires
                            + " = true"
                            + (spec.param("requires-fix-of") == null
                                    ? ""
                                    : "; fix " + spec.param("requires-fix-of") + " first"));
            return false;
        }
        String name = keyName(run, r);
        if (name == null) {
            run.leave(
                    f,
                    "aws_kms_key."
                            + r.name()
                            + " and aws_kms_key."
                            + r.name()
                            + "_cache already exist; set "
                            + keyAttr
                            + " to the key meant for this "
                            + what);
            return false;
        }
        int at = block.range().start().byteOffset();
        String consequence =
                run.existence(r) == FixRun.Existence.NEW
                        ? "the " + what + " is created encrypted with the new key"
                        : spec.param("replaced");
        if (run.once("key " + src.path + ":" + at)) {
            String unit = src.indentUnit();
            String eol = src.eol;
            String id = groupId(block, r);
            String key =
                    Layout.block(
                            "resource \"aws_kms_key\" \"" + name + "\"",
                            List.of(
                                    new Layout.NewAttr(
                                            "description",
                                            "\"" + spec.param("key-description") + id + "\""),
                                    new Layout.NewAttr("enable_key_rotation", "true")),
                            unit,
                            eol);
            String alias =
                    Layout.block(
                            "resource \"aws_kms_alias\" \"" + name + "\"",
                            List.of(
                                    new Layout.NewAttr(
                                            "name",
                                            "\"alias/" + spec.param("alias-prefix") + id + "\""),
                                    new Layout.NewAttr(
                                            "target_key_id", "aws_kms_key." + name + ".key_id")),
                            unit,
                            eol);
            String indent = src.indentation(at);
            String text =
                    eol + eol + indent(key, indent, eol) + eol + eol + indent(alias, indent, eol);
            int end = src.lineContentEnd(block.closeBrace().end().byteOffset());
            run.edits.add(src, Edit.insert(end, text));
            run.edits.record(
                    src,
                    block.closeBrace().start().line(),
                    block.range().start().line(),
                    r.blockAddress(),
                    "adds resources aws_kms_key."
                            + name
                            + " and aws_kms_alias."
                            + name
                            + " after the "
                            + what,
                    f.rule(),
                    null);
        }
        boolean ok =
                written.isPresent()
                        ? run.replaceAt(
                                src,
                                block,
                                written.get(),
                                "aws_kms_key." + name + ".arn",
                                r.blockAddress(),
                                f.rule(),
                                consequence)
                        : run.insertOnly(
                                f,
                                src,
                                block,
                                r,
                                keyAttr,
                                "aws_kms_key." + name + ".arn",
                                consequence);
        if (ok && run.existence(r) != FixRun.Existence.NEW) {
            run.replaced(r);
        }
        return ok;
    }

    /**
     * Whether {@code attribute} is on for {@code r}, or is turned on by this run's fix of {@code
     * rule}. At-rest encryption is on by default for the Valkey engine (AWS provider 5.x, {@code
     * aws_elasticache_replication_group}).
     */
    private static boolean enabled(FixRun run, Resource r, String attribute, String rule) {
        Boolean on = r.value(attribute).asBool();
        boolean valkey = "valkey".equals(r.value("engine").asString());
        boolean fixedHere =
                rule != null
                        && run.options.selected(rule)
                        && run.findings().stream()
                                .anyMatch(
                                        x ->
                                                x.rule().equals(rule)
                                                        && x.resource().equals(r.address()));
        return Boolean.TRUE.equals(on) || on == null && valkey || fixedHere;
    }

    private static String indent(String block, String indent, String eol) {
        if (indent.isEmpty()) {
            return block;
        }
        return indent + block.replace(eol, eol + indent);
    }

    private static String keyName(FixRun run, Resource r) {
        String prefix = r.modulePath().isEmpty() ? "" : r.modulePath() + ".";
        for (String n : List.of(r.name(), r.name() + "_cache")) {
            if (run.graph().get(prefix + "aws_kms_key." + n) == null
                    && run.graph().get(prefix + "aws_kms_alias." + n) == null) {
                return n;
            }
        }
        return null;
    }

    /**
     * The group's id as text to put inside a quoted string: the id as written when it is a string
     * or a reference (so that each module instance gets its own alias), else the resource name.
     */
    private static String groupId(Block block, Resource r) {
        Optional<Attribute> id = block.body().attribute(FixRun.idAttribute(r));
        if (id.isPresent()) {
            Expr e = id.get().expr();
            if (e instanceof Expr.Template t && !t.heredoc() && t.source().length() >= 2) {
                return t.source().substring(1, t.source().length() - 1);
            }
            if (e instanceof Expr.ScopeTraversal) {
                return "${" + e.source() + "}";
            }
        }
        return r.name().replace('_', '-');
    }
}
