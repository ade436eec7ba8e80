package dev.tfguard.scan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tfguard.model.Severity;
import dev.tfguard.model.SourceRef;
import dev.tfguard.model.Suppression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The settings of {@code .tfguard.yaml}: what the command line could say, kept with the repository.
 * Every key is checked: an unknown key or a value of the wrong shape is an error naming its line,
 * never silently ignored.
 *
 * @param file the config file as reports show it
 * @param dir the folder that relative paths in the file are resolved against
 * @param failOn {@code fail-on}, or {@code null}
 * @param strict {@code strict}, or {@code null}
 * @param enable {@code rules.enable}: when not empty, only these rules run
 * @param disable {@code rules.disable}: these rules do not run
 * @param severity {@code rules.severity}: severity overrides by rule id
 * @param ruleDirs {@code rules.paths}: folders of custom rule files
 * @param varFiles {@code var-files}, resolved
 * @param exclude {@code exclude}: glob patterns of paths, relative to {@link #dir}, that are not
 *     scanned
 * @param peerSuppressions {@code peer-suppressions}, or {@code null}
 * @param suppressions {@code suppress}: suppressions by resource address
 */
public record Config(
        String file,
        Path dir,
        Severity failOn,
        Boolean strict,
        Set<String> enable,
        Set<String> disable,
        Map<String, Severity> severity,
        List<Path> ruleDirs,
        List<Path> varFiles,
        List<String> exclude,
        Boolean peerSuppressions,
        List<Suppression> suppressions) {

    static final List<String> NAMES = List.of(".tfguard.yaml", ".tfguard.yml");

    /** Created on first use: most scans find no config file. */
    private static final class Yaml {
        static final YAMLFactory FACTORY = new YAMLFactory();
    }

    /**
     * A config file that cannot be read or does not follow the format: {@code file:line: message}.
     */
    public static final class ConfigException extends RuntimeException {
        private final String file;
        private final int line;

        public ConfigException(String file, int line, String message) {
            super(message);
            this.file = file;
            this.line = line;
        }

        public String describe() {
            return (line > 0 ? file + ":" + line : file) + ": " + getMessage();
        }
    }

    /** No config file: every setting from the command line or its default. */
    public static Config none() {
        return new Config(
                null, null, null, null, Set.of(), Set.of(), Map.of(), List.of(), List.of(),
                List.of(), null, List.of());
    }

    /**
     * The config file for a scan of {@code start}: the first {@code .tfguard.yaml} in that folder
     * (a file's folder) or its parents, up to the top of the git repository it is in, if any.
     */
    public static Path find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            for (String name : NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
            if (Files.exists(dir.resolve(".git"))) {
                return null;
            }
        }
        return null;
    }

    /** Reads {@code path}; {@code display} is how messages name it. */
    public static Config load(Path path, String display) {
        Node root;
        try (JsonParser p = Yaml.FACTORY.createParser(Files.readAllBytes(path))) {
            p.nextToken();
            root = p.currentToken() == null ? new Node(null, 1) : Node.read(p, display, 0);
        } catch (IOException e) {
            int line =
                    e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                                    && j.getLocation() != null
                            ? j.getLocation().getLineNr()
                            : 0;
            String msg =
                    e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                            ? j.getOriginalMessage()
                            : "cannot read: " + e.getMessage();
            throw new ConfigException(display, line, msg);
        }
        return new Reader(display, path.toAbsolutePath().normalize().getParent()).config(root);
    }

    /**
     * A YAML value with the line it starts on: a map (keys in order), a list, a scalar string, or
     * null.
     */
    private record Node(Object value, int line) {
        static Node read(JsonParser p, String file, int depth) throws IOException {
            if (depth > 32) {
                throw new ConfigException(
                        file, p.currentLocation().getLineNr(), "nested too deeply");
            }
            int line = p.currentTokenLocation().getLineNr();
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) {
                Map<String, Node> map = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    if (map.containsKey(key)) {
                        throw new ConfigException(
                                file,
                                keyLine,
                                "\""
                                        + key
                                        + "\" is given twice (also on line "
                                        + keyLines.get(key)
                                        + ")");
                    }
                    Node v = read(p, file, depth + 1);
                    map.put(
                            key,
                            new Node(
                                    v.value(),
                                    v.value() instanceof Map || v.value() instanceof List
                                            ? v.line()
                                            : keyLine));
                    keyLines.put(key, keyLine);
                }
                return new Node(new Keyed(map, keyLines), line);
            }
            if (t == JsonToken.START_ARRAY) {
                List<Node> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p, file, depth + 1));
                }
                return new Node(list, line);
            }
            return new Node(t == JsonToken.VALUE_NULL ? null : p.getText(), line);
        }
    }

    /** A map's entries and the line of each key. */
    private record Keyed(Map<String, Node> entries, Map<String, Integer> keyLines) {}

    /** Checks the tree against the format and builds the config. */
    private record Reader(String file, Path dir) {

        Config config(Node root) {
            if (root.value() == null) {
                return new Config(
                        file, dir, null, null, Set.of(), Set.of(), Map.of(), List.of(), List.of(),
                        List.of(), null, List.of());
            }
            Keyed top =
                    map(
                            root,
                            "the config file",
                            List.of(
                                    "fail-on",
                                    "strict",
                                    "rules",
                                    "var-files",
                                    "exclude",
                                    "suppress",
                                    "peer-suppressions"));
            Severity failOn =
                    top.entries().containsKey("fail-on")
                            ? severity(top.entries().get("fail-on"), "fail-on")
                            : null;
            Boolean strict = bool(top.entries().get("strict"), "strict");
            Boolean peers = bool(top.entries().get("peer-suppressions"), "peer-suppressions");
            Set<String> enable = new LinkedHashSet<>();
            Set<String> disable = new LinkedHashSet<>();
            Map<String, Severity> severity = new LinkedHashMap<>();
            List<Path> ruleDirs = new ArrayList<>();
            Node rules = top.entries().get("rules");
            if (rules != null) {
                Keyed r = map(rules, "rules", List.of("enable", "disable", "severity", "paths"));
                strings(r.entries().get("enable"), "rules.enable").forEach(enable::add);
                strings(r.entries().get("disable"), "rules.disable").forEach(disable::add);
                strings(r.entries().get("paths"), "rules.paths")
                        .forEach(s -> ruleDirs.add(dir.resolve(s)));
                Node sev = r.entries().get("severity");
                if (sev != null) {
                    Keyed m = map(sev, "rules.severity", null);
                    m.entries()
                            .forEach(
                                    (id, v) ->
                                            severity.put(id, severity(v, "rules.severity." + id)));
                }
            }
            List<Path> varFiles =
                    strings(top.entries().get("var-files"), "var-files").stream()
                            .map(dir::resolve)
                            .toList();
            List<String> exclude = strings(top.entries().get("exclude"), "exclude");
            List<Suppression> suppress = new ArrayList<>();
            Node sup = top.entries().get("suppress");
            if (sup != null) {
                if (!(sup.value() instanceof List<?> list)) {
                    throw error(
                            sup, "suppress must be a list of {rule, resource, reason, expires}");
                }
                for (Object o : list) {
                    suppress.add(suppression((Node) o));
                }
            }
            return new Config(
                    file, dir, failOn, strict, enable, disable, severity, ruleDirs, varFiles,
                    exclude, peers, suppress);
        }

        private Suppression suppression(Node n) {
            Keyed m = map(n, "a suppress entry", List.of("rule", "resource", "reason", "expires"));
            String rule = scalar(m.entries().get("rule"), "rule", n);
            String resource = scalar(m.entries().get("resource"), "resource", n);
            String reason = scalar(m.entries().get("reason"), "reason", n);
            LocalDate expires = null;
            Node exp = m.entries().get("expires");
            if (exp != null) {
                try {
                    expires = LocalDate.parse(String.valueOf(exp.value()));
                } catch (DateTimeParseException e) {
                    throw error(
                            exp, "expires \"" + exp.value() + "\" is not a date like 2027-03-31");
                }
            }
            return new Suppression(
                    rule,
                    reason,
                    expires,
                    "config",
                    SourceRef.of(file, n.line()),
                    new Suppression.Address(resource));
        }

        private String scalar(Node v, String key, Node entry) {
            if (v == null || v.value() == null || String.valueOf(v.value()).isBlank()) {
                throw error(
                        entry,
                        "a suppress entry needs \""
                                + key
                                + "\""
                                + (key.equals("reason")
                                        ? ": say why the finding is accepted"
                                        : ""));
            }
            if (!(v.value() instanceof String s)) {
                throw error(v, key + " must be a single value");
            }
            return s.strip();
        }

        private Keyed map(Node n, String what, List<String> known) {
            if (!(n.value() instanceof Keyed k)) {
                throw error(n, what + " must be a mapping of keys to values");
            }
            if (known != null) {
                for (Map.Entry<String, Integer> e : k.keyLines().entrySet()) {
                    if (!known.contains(e.getKey())) {
                        throw new ConfigException(
                                file,
                                e.getValue(),
                                "unknown key \""
                                        + e.getKey()
                                        + "\" in "
                                        + what
                                        + " (known keys: "
                                        + String.join(", ", known)
                                        + ")");
                    }
                }
            }
            return k;
        }

        private List<String> strings(Node n, String key) {
            if (n == null || n.value() == null) {
                return List.of();
            }
            if (n.value() instanceof String s) {
                return List.of(s);
            }
            if (!(n.value() instanceof List<?> list)) {
                throw error(n, key + " must be a list");
            }
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                Node item = (Node) o;
                if (!(item.value() instanceof String s)) {
                    throw error(item, key + " must hold plain values");
                }
                out.add(s);
            }
            return out;
        }

        private Severity severity(Node n, String key) {
            try {
                return Severity.parse(String.valueOf(n.value()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(
                        n,
                        key
                                + ": \""
                                + n.value()
                                + "\" is not one of CRITICAL, HIGH, MEDIUM, LOW, INFO");
            }
        }

        private Boolean bool(Node n, String key) {
            if (n == null || n.value() == null) {
                return null;
            }
            String s = String.valueOf(n.value());
            if (s.equals("true") || s.equals("false")) {
                return Boolean.valueOf(s);
            }
            throw error(n, key + " must be true or false, not \"" + s + "\"");
        }

        private ConfigException error(Node n, String message) {
            return new ConfigException(file, n.line(), message);
        }
    }
}
