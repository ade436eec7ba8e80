package dev.tfguard.loader.hcl.function;

import static dev.tfguard.loader.hcl.function.Functions.str;

import dev.tfguard.model.Type;
import dev.tfguard.model.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Filesystem functions as Terraform defines them ({@code funcs/filesystem.go}). A relative path
 * resolves against the root module's folder, as Terraform's working directory ({@code path.module}
 * makes it module-relative); no file outside the scanned tree is read: such a call is not
 * evaluated.
 */
final class FileFunctions {

    private FileFunctions() {}

    static List<FunctionSpec> all() {
        Param p = Param.of("path", Type.STRING);
        return List.of(
                FunctionSpec.of(
                        "file",
                        List.of(p),
                        Type.STRING,
                        (a, c) -> Value.string(EncodeFunctions.utf8(read(c, str(a.get(0)))))),
                FunctionSpec.of(
                        "filebase64",
                        List.of(p),
                        Type.STRING,
                        (a, c) ->
                                Value.string(
                                        Base64.getEncoder()
                                                .encodeToString(read(c, str(a.get(0)))))),
                hex("filemd5", "MD5", p),
                hex("filesha1", "SHA-1", p),
                hex("filesha256", "SHA-256", p),
                hex("filesha512", "SHA-512", p),
                FunctionSpec.of(
                        "filebase64sha256",
                        List.of(p),
                        Type.STRING,
                        (a, c) ->
                                Value.string(
                                        Base64.getEncoder()
                                                .encodeToString(
                                                        HashFunctions.digest(
                                                                "SHA-256",
                                                                read(c, str(a.get(0))))))),
                FunctionSpec.of(
                        "filebase64sha512",
                        List.of(p),
                        Type.STRING,
                        (a, c) ->
                                Value.string(
                                        Base64.getEncoder()
                                                .encodeToString(
                                                        HashFunctions.digest(
                                                                "SHA-512",
                                                                read(c, str(a.get(0))))))),
                FunctionSpec.of(
                        "fileexists",
                        List.of(p),
                        Type.BOOL,
                        (a, c) -> {
                            Path f = resolve(c, str(a.get(0)));
                            if (Files.isDirectory(f)) {
                                throw new EvalException(
                                        "\"" + str(a.get(0)) + "\" is a directory, not a file");
                            }
                            return Value.bool(Files.isRegularFile(f));
                        }),
                FunctionSpec.of(
                        "fileset",
                        List.of(p, Param.of("pattern", Type.STRING)),
                        Type.set(Type.STRING),
                        (a, c) -> fileset(c, str(a.get(0)), str(a.get(1)))),
                FunctionSpec.of(
                        "templatefile",
                        List.of(p, Param.of("vars", Type.DYNAMIC)),
                        Type.DYNAMIC,
                        FileFunctions::templatefile),
                FunctionSpec.of(
                        "abspath",
                        List.of(p),
                        Type.STRING,
                        (a, c) ->
                                Value.string(
                                        slashes(
                                                base(c).resolve(str(a.get(0)))
                                                        .toAbsolutePath()
                                                        .normalize()
                                                        .toString()))),
                FunctionSpec.of(
                        "basename",
                        List.of(p),
                        Type.STRING,
                        (a, c) -> Value.string(basename(str(a.get(0))))),
                FunctionSpec.of(
                        "dirname",
                        List.of(p),
                        Type.STRING,
                        (a, c) -> Value.string(dirname(str(a.get(0))))),
                FunctionSpec.of(
                        "pathexpand",
                        List.of(p),
                        Type.STRING,
                        (a, c) -> {
                            String s = str(a.get(0));
                            if (s.equals("~") || s.startsWith("~/")) {
                                throw new NotEvaluated(
                                        "pathexpand() of \""
                                                + s
                                                + "\" depends on the home folder of the "
                                                + "machine that runs Terraform");
                            }
                            return Value.string(s);
                        }));
    }

    private static FunctionSpec hex(String name, String algorithm, Param p) {
        return FunctionSpec.of(
                name,
                List.of(p),
                Type.STRING,
                (a, c) ->
                        Value.string(
                                HexFormat.of()
                                        .formatHex(
                                                HashFunctions.digest(
                                                        algorithm, read(c, str(a.get(0)))))));
    }

    private static Path base(CallContext c) {
        if (c.workingDir() == null) {
            throw new NotEvaluated("files are not read here");
        }
        return c.workingDir();
    }

    /** The file a path names: relative to the working folder; never outside the scanned tree. */
    static Path resolve(CallContext c, String path) {
        Path f = base(c).resolve(path).toAbsolutePath().normalize();
        if (c.tree() != null && !f.startsWith(c.tree().toAbsolutePath().normalize())) {
            throw new NotEvaluated(
                    "\"" + path + "\" is outside the scanned folder and is not read");
        }
        return f;
    }

    private static byte[] read(CallContext c, String path) {
        Path f = resolve(c, path);
        try {
            return Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            throw new EvalException("no file exists at \"" + path + "\"");
        } catch (IOException e) {
            throw new EvalException("failed to read \"" + path + "\": " + e.getMessage());
        }
    }

    private static Value fileset(CallContext c, String path, String pattern) {
        Path root = resolve(c, path);
        Pattern glob = glob(pattern);
        TreeSet<String> out = new TreeSet<>(SequenceFunctions::compareUtf8);
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile)
                        .forEach(
                                f -> {
                                    String rel = slashes(root.relativize(f).toString());
                                    if (glob.matcher(rel).matches()) {
                                        out.add(rel);
                                    }
                                });
            } catch (IOException e) {
                throw new EvalException(
                        "failed to glob pattern \"" + pattern + "\": " + e.getMessage());
            }
        }
        List<Value> vals = new ArrayList<>();
        out.forEach(x -> vals.add(Value.string(x)));
        return Value.set(vals, Type.STRING);
    }

    /**
     * A glob as Terraform's {@code fileset} reads it: {@code * ? [..] {a,b}} within a name, {@code
     * **} across.
     */
    static Pattern glob(String g) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < g.length(); i++) {
            char ch = g.charAt(i);
            switch (ch) {
                case '*' -> {
                    if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                        i++;
                        if (i + 1 < g.length() && g.charAt(i + 1) == '/') {
                            i++;
                            re.append("(?:.*/)?");
                        } else {
                            re.append(".*");
                        }
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int end = g.indexOf(']', i + 1);
                    if (end < 0) {
                        throw new EvalException(
                                "failed to glob pattern \"" + g + "\": syntax error in pattern");
                    }
                    String cls = g.substring(i + 1, end);
                    re.append('[')
                            .append(cls.startsWith("!") ? "^" + cls.substring(1) : cls)
                            .append(']');
                    i = end;
                }
                case '{' -> {
                    re.append("(?:");
                    braces++;
                }
                case '}' -> {
                    re.append(braces > 0 ? ")" : "\\}");
                    braces = Math.max(0, braces - 1);
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                case '\\' -> {
                    if (i + 1 < g.length()) {
                        re.append(Pattern.quote(String.valueOf(g.charAt(++i))));
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(re.toString());
    }

    private static Value templatefile(List<Value> a, CallContext c) {
        String path = str(a.get(0));
        Value vars = a.get(1);
        if (!vars.isMapping()) {
            throw new EvalException("invalid vars value: must be a map");
        }
        if (c.templates() == null) {
            throw new NotEvaluated("templatefile() is not evaluated here");
        }
        String text = EncodeFunctions.utf8(read(c, path));
        Map<String, Value> scope = vars.attributes();
        return c.templates().render(text, path, scope);
    }

    static String slashes(String p) {
        return p.replace('\\', '/');
    }

    /** Go's {@code filepath.Base}. */
    static String basename(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        String s = p;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.equals("/")) {
            return "/";
        }
        int i = s.lastIndexOf('/');
        return i >= 0 ? s.substring(i + 1) : s;
    }

    /** Go's {@code filepath.Dir}: everything before the last element, cleaned. */
    static String dirname(String p) {
        int i = p.lastIndexOf('/');
        String dir = i >= 0 ? p.substring(0, i + 1) : "";
        return clean(dir);
    }

    /** Go's {@code filepath.Clean}. */
    static String clean(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        boolean rooted = p.startsWith("/");
        List<String> out = new ArrayList<>();
        for (String part : p.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                } else if (!rooted) {
                    out.add("..");
                }
                continue;
            }
            out.add(part);
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
