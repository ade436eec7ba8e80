package dev.tfguard.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tfguard.graph.ResourceGraph;
import dev.tfguard.model.RuleFix;
import dev.tfguard.model.RuleInfo;
import dev.tfguard.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules tfguard runs: the built-in ones from {@code rules/} in the jar (listed in {@code
 * rules/index}, so that start-up scans no class path) plus any loaded from a folder.
 */
public final class RuleCatalog {
    /**
     * The YAML databinding, created on first use: built-in rules are read from their compiled form.
     */
    private static final class Yaml {
        static final ObjectMapper MAPPER =
                new ObjectMapper(new YAMLFactory())
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Map<String, String> files = new LinkedHashMap<>();

    /**
     * The built-in rules. Throws {@link RuleDefinitionException} when one is malformed (a bug in
     * the build). Rules come from the form compiled at build time ({@link CompiledCatalog}) when it
     * matches the YAML in the jar, so that start-up does not parse YAML.
     */
    public static RuleCatalog builtIn() {
        RuleCatalog catalog = new RuleCatalog();
        ClassLoader loader = RuleCatalog.class.getClassLoader();
        CompiledCatalog compiled = CompiledCatalog.load(loader);
        if (compiled != null && compiled.packaged()) {
            for (String resource : compiled.files()) {
                Descriptor d = compiled.descriptor(resource);
                if (d != null) {
                    catalog.add(resource, d);
                } else {
                    catalog.add(resource, resource(loader, resource));
                }
            }
            return catalog;
        }
        for (String name : index()) {
            String resource = "rules/" + name;
            byte[] yaml = resource(loader, resource);
            Descriptor d = compiled == null ? null : compiled.descriptor(resource, yaml);
            if (d != null) {
                catalog.add(resource, d);
            } else {
                catalog.add(resource, yaml);
            }
        }
        return catalog;
    }

    private static byte[] resource(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuleDefinitionException(resource, 0, "listed in rules/index but missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new RuleDefinitionException(resource, 0, "cannot read: " + e.getMessage());
        }
    }

    /**
     * The rule files named in {@code rules/index}, one path (relative to {@code rules/}) a line.
     */
    static List<String> index() {
        List<String> out = new ArrayList<>();
        try (InputStream in =
                RuleCatalog.class.getClassLoader().getResourceAsStream("rules/index")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new RuleDefinitionException("rules/index", 0, "cannot read: " + e.getMessage());
        }
        return out;
    }

    /**
     * Adds every {@code .yaml}/{@code .yml} rule file under {@code dir}. Returns the errors of
     * malformed files (each {@code file:line: message}); the good ones are added.
     */
    public List<RuleDefinitionException> addDirectory(Path dir) {
        List<RuleDefinitionException> errors = new ArrayList<>();
        List<Path> paths;
        try (Stream<Path> s = Files.walk(dir)) {
            paths =
                    s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                            .sorted()
                            .toList();
        } catch (IOException e) {
            errors.add(
                    new RuleDefinitionException(
                            dir.toString(), 0, "cannot read rule folder: " + e.getMessage()));
            return errors;
        }
        for (Path p : paths) {
            try {
                add(p.toString(), Files.readAllBytes(p));
            } catch (RuleDefinitionException e) {
                errors.add(e);
            } catch (IOException e) {
                errors.add(
                        new RuleDefinitionException(
                                p.toString(), 0, "cannot read: " + e.getMessage()));
            }
        }
        return errors;
    }

    /** Parses one rule file and adds its rule. */
    public void add(String file, byte[] yaml) {
        Descriptor d = parse(file, yaml);
        try {
            add(file, d);
        } catch (RuleDefinitionException e) {
            if (e.line() > 0) {
                throw e;
            }
            // what the descriptor's checks find has no position: point at the key it is about, else
            // the first line
            throw new RuleDefinitionException(
                    file, lineOfProblem(yaml, e.getMessage()), e.getMessage());
        }
    }

    /**
     * The line of the key a descriptor error is about; 1 (where the rule starts) for a key that is
     * missing.
     */
    private static int lineOfProblem(byte[] yaml, String message) {
        String key =
                message.startsWith("severity")
                        ? "severity"
                        : message.startsWith("impl ")
                                ? "impl"
                                : message.startsWith("condition")
                                                || message.startsWith("match")
                                                || message.startsWith("a condition")
                                        ? "match"
                                        : message.startsWith("a rule has either") ? "match" : null;
        int line = key == null ? 0 : lineOf(yaml, key, null);
        if (line == 0 && "match".equals(key)) {
            line = lineOf(yaml, "impl", null);
        }
        return line > 0 ? line : 1;
    }

    /**
     * Parses one rule file into its descriptor; malformed YAML or unknown keys throw with the line.
     */
    static Descriptor parse(String file, byte[] yaml) {
        Descriptor d;
        try {
            d = Yaml.MAPPER.readValue(yaml, Descriptor.class);
        } catch (UnrecognizedPropertyException e) {
            // the parser's location is past the key; point at the key itself
            throw new RuleDefinitionException(
                    file,
                    lineOf(yaml, e.getPropertyName(), e.getLocation()),
                    "unknown key \""
                            + e.getPropertyName()
                            + "\" (known keys: "
                            + e.getKnownPropertyIds()
                            + ")");
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new RuleDefinitionException(
                    file,
                    loc == null ? 0 : loc.getLineNr(),
                    e.getOriginalMessage()
                            .replaceAll(" \\(class [^)]*\\)", "")
                            .replaceAll(",? ?not marked as ignorable.*", ""));
        } catch (IOException e) {
            throw new RuleDefinitionException(file, 0, "cannot read: " + e.getMessage());
        }
        if (d == null) {
            throw new RuleDefinitionException(file, 1, "empty rule file");
        }
        return d;
    }

    /** Adds the rule a parsed descriptor defines. */
    void add(String file, Descriptor d) {
        Rule rule = build(file, d);
        if (rules.containsKey(rule.info().id())) {
            throw new RuleDefinitionException(
                    file,
                    1,
                    "rule id "
                            + rule.info().id()
                            + " is already defined in "
                            + files.get(rule.info().id()));
        }
        rules.put(rule.info().id(), rule);
        files.put(rule.info().id(), file);
    }

    private static int lineOf(byte[] yaml, String key, JsonLocation fallback) {
        String[] lines = new String(yaml, StandardCharsets.UTF_8).split("\\R", -1);
        Pattern p = Pattern.compile("^[\\s-]*\"?" + Pattern.quote(key) + "\"?\\s*:");
        for (int i = 0; i < lines.length; i++) {
            if (p.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return fallback == null ? 0 : fallback.getLineNr();
    }

    private static Rule build(String file, Descriptor d) {
        require(file, d.id(), "id");
        require(file, d.title(), "title");
        require(file, d.severity(), "severity");
        require(file, d.description(), "description");
        require(file, d.remediation(), "remediation");
        Severity severity;
        try {
            severity = Severity.parse(d.severity());
        } catch (IllegalArgumentException e) {
            throw new RuleDefinitionException(
                    file,
                    0,
                    "severity \""
                            + d.severity()
                            + "\" is not one of info, low, medium, high, critical");
        }
        String type =
                d.resource() != null
                        ? d.resource()
                        : d.match() != null ? d.match().resource() : null;
        require(file, type, "resource (or match.resource)");
        RuleInfo info =
                new RuleInfo(
                        d.id(),
                        d.slug() == null ? d.id().toLowerCase(Locale.ROOT) : d.slug(),
                        d.title(),
                        severity,
                        type,
                        d.description(),
                        d.remediation(),
                        d.links() == null ? List.of() : d.links(),
                        references(file, d.references()),
                        d.examples() == null || d.examples().bad() == null
                                ? List.of()
                                : d.examples().bad(),
                        d.examples() == null || d.examples().good() == null
                                ? List.of()
                                : d.examples().good(),
                        d.examples() == null || d.examples().plans() == null
                                ? List.of()
                                : d.examples().plans().stream()
                                        .map(
                                                p ->
                                                        new RuleInfo.PlanExample(
                                                                p.plan(),
                                                                p.title(),
                                                                p.expect() == null
                                                                        ? List.of()
                                                                        : p.expect()))
                                        .toList(),
                        fix(file, d.fix()));
        Map<String, String> messages = d.messages() == null ? Map.of() : d.messages();
        if ((d.match() == null) == (d.impl() == null)) {
            throw new RuleDefinitionException(
                    file, 0, "a rule has either \"match\" or \"impl\", not both or neither");
        }
        Set<String> reads = new TreeSet<>();
        reads.add(type);
        if (d.reads() != null) {
            reads.addAll(d.reads());
        }
        if (d.match() != null) {
            return new DeclarativeRule(
                    info, new DeclarativeRule.Messages(messages), d.match(), file, reads);
        }
        return new JavaRule(info, messages, instantiate(file, type, d.impl()), reads);
    }

    /**
     * The Java logic of {@code impl: X} for a rule about {@code type}: {@code XRule} in the package
     * of the type's provider, {@code dev.tfguard.rules.aws} for {@code aws_*}.
     */
    private static Check instantiate(String file, String type, String impl) {
        String cls = Providers.rulePackage(type) + impl + "Rule";
        try {
            Object o = Class.forName(cls).getDeclaredConstructor().newInstance();
            if (o instanceof Check c) {
                return c;
            }
            throw new RuleDefinitionException(
                    file, 0, "impl " + impl + ": " + cls + " is not a Check");
        } catch (ReflectiveOperationException e) {
            throw new RuleDefinitionException(file, 0, "impl " + impl + ": no class " + cls);
        }
    }

    /** The rule's fix as the model carries it, or null; a fix needs a strategy and examples. */
    private static RuleFix fix(String file, Descriptor.Fix fix) {
        if (fix == null) {
            return null;
        }
        require(file, fix.strategy(), "fix.strategy");
        if (fix.examples() == null || fix.examples().isEmpty()) {
            throw new RuleDefinitionException(
                    file, 0, "fix.examples: a fix needs at least one example (bad and fixed)");
        }
        List<RuleFix.Example> examples = new ArrayList<>();
        for (Descriptor.FixExample e : fix.examples()) {
            require(file, e.bad(), "fix.examples[].bad");
            require(file, e.fixed(), "fix.examples[].fixed");
            examples.add(
                    new RuleFix.Example(
                            e.options() == null ? List.of() : e.options(), e.bad(), e.fixed()));
        }
        return new RuleFix(fix.strategy(), fix.with() == null ? Map.of() : fix.with(), examples);
    }

    private static Map<String, List<String>> references(String file, Map<String, Object> refs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (refs != null) {
            refs.forEach(
                    (k, v) -> {
                        List<String> ids = new ArrayList<>();
                        if (v instanceof List<?> l) {
                            l.forEach(x -> ids.add(String.valueOf(x)));
                        } else if (v != null) {
                            ids.add(String.valueOf(v));
                        }
                        out.put(k, List.copyOf(ids));
                    });
        }
        return out;
    }

    private static void require(String file, String value, String key) {
        if (value == null || value.isBlank()) {
            throw new RuleDefinitionException(file, 0, "missing \"" + key + "\"");
        }
    }

    /**
     * The rules to run as a config file chooses them: only {@code enable} (when not empty), without
     * {@code disable}, with severities overridden. Ids that name no rule are ignored here; the
     * caller reports them.
     */
    public RuleCatalog configured(
            Set<String> enable, Set<String> disable, Map<String, Severity> severity) {
        RuleCatalog out = new RuleCatalog();
        for (Rule r : rules.values()) {
            String id = r.info().id();
            if (!enable.isEmpty() && !enable.contains(id) || disable.contains(id)) {
                continue;
            }
            Severity s = severity.get(id);
            out.rules.put(id, s == null || s == r.info().severity() ? r : new Reseverity(r, s));
            out.files.put(id, files.get(id));
        }
        return out;
    }

    /** A rule with a severity chosen by the user in place of its own. */
    private record Reseverity(Rule rule, RuleInfo info) implements Rule {
        Reseverity(Rule rule, Severity severity) {
            this(rule, rule.info().withSeverity(severity));
        }

        @Override
        public void check(ResourceGraph graph, Verdicts verdicts) {
            rule.check(graph, verdicts);
        }
    }

    /**
     * This catalog with the Java rule {@code id} checked by {@code check} in place of its own
     * logic: the rule keeps its metadata, messages and the types its file names. For running a rule
     * over other provider knowledge, such as a table of KMS key users with one more type.
     *
     * @throws IllegalArgumentException when {@code id} names no Java rule
     */
    public RuleCatalog withCheck(String id, Check check) {
        if (!(rules.get(id) instanceof JavaRule java)) {
            throw new IllegalArgumentException(id + " is not a Java rule of this catalog");
        }
        RuleCatalog out = new RuleCatalog();
        out.rules.putAll(rules);
        out.files.putAll(files);
        out.rules.put(id, java.withCheck(check));
        return out;
    }

    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Rule get(String id) {
        return rules.get(id);
    }

    /** Where the rule was loaded from. */
    public String file(String id) {
        return files.get(id);
    }

    public List<RuleInfo> infos() {
        return rules.values().stream().map(Rule::info).toList();
    }

    /**
     * Resource types some rule reads (a rule's own type, the types its file lists under {@code
     * reads} and those its Java logic declares), plus the types that links between resources pass
     * through for those rules' providers ({@link ProviderKnowledge#linkTypes}). A type covers its
     * data source too ({@code data "aws_kms_key"}).
     */
    public Set<String> relevantTypes() {
        Set<String> types = new TreeSet<>();
        rules.values().forEach(r -> types.addAll(r.reads()));
        types.addAll(Providers.linkTypes(types));
        return Collections.unmodifiableSet(types);
    }
}
