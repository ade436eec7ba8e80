package dev.tfguard.fix;

import dev.tfguard.loader.hcl.syntax.ConfigFile;
import dev.tfguard.loader.hcl.syntax.HclParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One {@code .tf} or {@code .tfvars} file as bytes and as parsed, with what an edit needs to blend
 * in: the file's line ending, a line's indentation, where a line's content ends.
 */
final class SourceText {
    final Path path;
    final String display;
    final byte[] bytes;
    final ConfigFile parsed;

    /** {@code "\r\n"} when the file's first line break is CRLF, else {@code "\n"}. */
    final String eol;

    /** The file's top-level blocks by kind and labels, built when first asked for. */
    private java.util.Map<String, dev.tfguard.loader.hcl.syntax.Block> blocks;

    SourceText(Path path, String display, byte[] bytes) {
        this.path = path;
        this.display = display;
        this.bytes = bytes;
        this.parsed = HclParser.parse(display, bytes);
        String found = "\n";
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                found = i > 0 && bytes[i - 1] == '\r' ? "\r\n" : "\n";
                break;
            }
        }
        this.eol = found;
    }

    /** The offset where the line holding {@code offset} starts. */
    int lineStart(int offset) {
        int i = Math.min(offset, bytes.length);
        while (i > 0 && bytes[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    /**
     * The offset where the content of the line holding {@code offset} ends: before its CR LF or LF,
     * or at EOF.
     */
    int lineContentEnd(int offset) {
        int i = offset;
        while (i < bytes.length && bytes[i] != '\n') {
            i++;
        }
        if (i < bytes.length && i > offset && bytes[i - 1] == '\r') {
            i--;
        }
        return i;
    }

    /**
     * The blanks (spaces and tabs, exactly as written) that start the line holding {@code offset}.
     */
    String indentation(int offset) {
        int start = lineStart(offset);
        int i = start;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t')) {
            i++;
        }
        return text(start, i);
    }

    /**
     * One level of indentation as this file writes it: a tab when its first indented line starts
     * with one.
     */
    String indentUnit() {
        boolean lineStart = true;
        for (byte b : bytes) {
            if (lineStart && (b == '\t')) {
                return "\t";
            }
            if (lineStart && b == ' ') {
                return "  ";
            }
            lineStart = b == '\n';
        }
        return "  ";
    }

    String text(int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    /** The top-level block {@code kind "type" "name"} (a resource or data source), or null. */
    dev.tfguard.loader.hcl.syntax.Block block(String kind, String type, String name) {
        if (blocks == null) {
            blocks = new java.util.HashMap<>();
            for (dev.tfguard.loader.hcl.syntax.Block b : parsed.body().blocks()) {
                if (b.labels().size() == 2) {
                    blocks.putIfAbsent(
                            b.type() + "\u0000" + b.labels().get(0) + "\u0000" + b.labels().get(1),
                            b);
                }
            }
        }
        return blocks.get(kind + "\u0000" + type + "\u0000" + name);
    }
}
