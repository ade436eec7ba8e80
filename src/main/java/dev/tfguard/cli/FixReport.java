package dev.tfguard.cli;

import dev.tfguard.fix.Fixer;

import java.io.PrintWriter;
import java.util.List;

/** The text {@code tfguard fix} prints: the changes per file with their consequences, then what it left. */
final class FixReport {

    private FixReport() {
    }

    static void print(Fixer.Result result, boolean written, PrintWriter out) {
        int changes = 0;
        for (Fixer.FileChange f : result.files()) {
            out.println(f.file() + (written ? "" : " (not written)"));
            for (Fixer.Change c : f.changes()) {
                changes++;
                out.println("  " + c.line() + ": " + c.target() + ": " + c.change() + "  ["
                        + String.join(", ", c.rules()) + "]");
                if (c.consequence() != null) {
                    out.println(indent(c.consequence(), "      "));
                }
            }
        }
        if (!result.replaced().isEmpty()) {
            out.println();
            out.println("Keeping the data of a replication group that these fixes replace:");
            for (Fixer.Replaced r : result.replaced()) {
                String id = r.groupId() != null ? r.groupId() : "REPLICATION_GROUP_ID";
                String snap = id + "-before-fix";
                out.println("  " + r.resource() + ":");
                out.println("    1. before applying, snapshot the group and wait until the snapshot is available:");
                out.println("         aws elasticache create-snapshot --replication-group-id " + id
                        + " --snapshot-name " + snap);
                out.println("    2. restore it into the new group: add snapshot_name = \"" + snap + "\" to the group,");
                out.println("       so that the group Terraform creates starts from the snapshot (without downtime:");
                out.println("       create a second group with the fixed settings and that snapshot_name instead)");
                out.println("    3. switch clients to the new group's endpoint");
                out.println("    4. delete the old group: apply (with a second group, remove the old block and apply)");
            }
        }
        if (!result.left().isEmpty()) {
            out.println();
            out.println("Left as they are:");
            for (Fixer.Left l : result.left()) {
                String where = l.finding().file() == null ? "" : l.finding().file() + ":" + l.finding().line() + ": ";
                out.println("  " + where + l.finding().rule() + " " + l.finding().resource() + ":");
                out.println(indent(l.why(), "    "));
            }
        }
        int fixed = result.fixed().size();
        int files = result.files().size();
        if (fixed == 0 && result.left().isEmpty()) {
            out.println("tfguard: nothing to fix");
        } else {
            out.println((result.files().isEmpty() && result.left().isEmpty() ? "" : "\n") + "tfguard: "
                    + (written ? "fixed " : "would fix ") + plural(fixed, "finding") + " with "
                    + plural(changes, "change") + " in " + plural(files, "file") + "; "
                    + result.left().size() + " left");
        }
        out.flush();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String indent(String text, String prefix) {
        StringBuilder sb = new StringBuilder();
        for (String line : List.of(text.split("\n", -1))) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line.isEmpty() ? "" : prefix + line);
        }
        return sb.toString();
    }
}
