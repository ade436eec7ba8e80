package dev.tfguard.cli;

import dev.tfguard.fix.Fixer;
import dev.tfguard.model.Finding;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text {@code tfguard fix} prints: the changes per file with their consequences, then what it
 * left.
 */
final class FixReport {
    private static final int WIDTH = 110;

    private FixReport() {}

    static void print(
            Fixer.Result result, boolean written, List<Finding> stillReported, PrintWriter out) {
        int changes = 0;
        for (Fixer.FileChange f : result.files()) {
            out.println(f.file() + (written ? "" : " (not written)"));
            for (Fixer.Change c : f.changes()) {
                changes++;
                out.println(
                        "  "
                                + c.line()
                                + ": "
                                + c.target()
                                + ": "
                                + c.change()
                                + "  ["
                                + String.join(", ", c.rules())
                                + "]");
                if (c.consequence() != null) {
                    out.println(indent(c.consequence(), "      "));
                }
            }
        }
        List<Fixer.Replaced> groups =
                result.replaced().stream()
                        .filter(r -> !r.type().equals("aws_memorydb_cluster"))
                        .toList();
        List<Fixer.Replaced> clusters =
                result.replaced().stream()
                        .filter(r -> r.type().equals("aws_memorydb_cluster"))
                        .toList();
        if (!groups.isEmpty()) {
            out.println();
            out.println(
                    "Keeping the data of a replication group that these fixes replace (a group not created yet has "
                            + "none to keep):");
            for (Fixer.Replaced r : groups) {
                String id = r.groupId() != null ? r.groupId() : "REPLICATION_GROUP_ID";
                String snap = id + "-before-fix";
                out.println("  " + r.resource() + ":");
                out.println(
                        "    1. before applying, snapshot the group and wait until the snapshot is available:");
                out.println(
                        "         aws elasticache create-snapshot --replication-group-id "
                                + id
                                + " --snapshot-name "
                                + snap);
                out.println(
                        "    2. restore it into the new group: add snapshot_name = \""
                                + snap
                                + "\" to the group,");
                out.println(
                        "       so that the group Terraform creates starts from the snapshot (without downtime:");
                out.println(
                        "       create a second group with the fixed settings and that snapshot_name instead)");
                out.println("    3. switch clients to the new group's endpoint");
                out.println(
                        "    4. delete the old group: apply (with a second group, remove the old block and apply)");
            }
        }
        if (!clusters.isEmpty()) {
            out.println();
            out.println(
                    "Keeping the data of a MemoryDB cluster that these fixes replace (a cluster not created yet has "
                            + "none to keep):");
            for (Fixer.Replaced r : clusters) {
                String id = r.groupId() != null ? r.groupId() : "CLUSTER_NAME";
                String snap = id + "-before-fix";
                out.println("  " + r.resource() + ":");
                out.println(
                        "    1. before applying, snapshot the cluster and wait until the snapshot is available:");
                out.println(
                        "         aws memorydb create-snapshot --cluster-name "
                                + id
                                + " --snapshot-name "
                                + snap);
                out.println(
                        "    2. restore it into the new cluster: add snapshot_name = \""
                                + snap
                                + "\" to the "
                                + "cluster,");
                out.println(
                        "       so that the cluster Terraform creates starts from the snapshot (without downtime:");
                out.println(
                        "       create a second cluster with the fixed settings and that snapshot_name instead)");
                out.println(
                        "    3. switch clients to the new cluster's endpoint; writes made after the snapshot are "
                                + "not in it");
                out.println(
                        "    4. delete the old cluster: apply (with a second cluster, remove the old block and "
                                + "apply)");
            }
        }
        if (!result.left().isEmpty()) {
            if (!result.files().isEmpty()) {
                out.println();
            }
            out.println("Left as they are:");
            // the instances of one block (through count or several module calls) share one
            // explanation
            Map<String, List<Fixer.Left>> same = new LinkedHashMap<>();
            for (Fixer.Left l : result.left()) {
                same.computeIfAbsent(
                                where(l.finding()) + l.finding().rule() + "\u0000" + l.why(),
                                k -> new ArrayList<>())
                        .add(l);
            }
            for (List<Fixer.Left> group : same.values()) {
                Finding f = group.get(0).finding();
                List<String> resources =
                        group.stream().map(l -> l.finding().resource()).distinct().toList();
                out.println("  " + where(f) + f.rule() + " " + String.join(", ", resources) + ":");
                out.println(indent(group.get(0).why(), "    "));
            }
        }
        if (!stillReported.isEmpty()) {
            if (!result.files().isEmpty() || !result.left().isEmpty()) {
                out.println();
            }
            out.println("Reported after the fix:");
            for (Finding f : stillReported) {
                out.println("  " + where(f) + f.rule() + " " + f.message());
            }
        }
        int fixed = result.fixed().size();
        int files = result.files().size();
        int left = result.left().size() + stillReported.size();
        if (fixed == 0 && left == 0) {
            out.println("tfguard: nothing to fix");
        } else if (fixed == 0) {
            out.println(
                    "\ntfguard: nothing "
                            + (written ? "fixed" : "to change")
                            + "; "
                            + left
                            + " left");
        } else {
            out.println(
                    "\ntfguard: "
                            + (written ? "fixed " : "would fix ")
                            + plural(fixed, "finding")
                            + " with "
                            + plural(changes, "change")
                            + " in "
                            + plural(files, "file")
                            + "; "
                            + left
                            + " left");
        }
        out.flush();
    }

    private static String where(Finding f) {
        return f.file() == null ? "" : f.file() + ":" + f.line() + ": ";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /**
     * {@code text} with {@code prefix} before each line, prose wrapped at 110 columns; indented
     * lines kept whole.
     */
    private static String indent(String text, String prefix) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                sb.append('\n');
                continue;
            }
            if (line.startsWith(" ")) {
                sb.append(prefix).append(line).append('\n');
                continue;
            }
            StringBuilder current = new StringBuilder(prefix);
            for (String word : line.split(" ")) {
                if (current.length() > prefix.length()
                        && current.length() + 1 + word.length() > WIDTH) {
                    sb.append(current).append('\n');
                    current = new StringBuilder(prefix);
                }
                if (current.length() > prefix.length()) {
                    current.append(' ');
                }
                current.append(word);
            }
            sb.append(current).append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }
}
