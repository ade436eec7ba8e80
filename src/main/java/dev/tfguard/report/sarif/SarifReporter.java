package dev.tfguard.report.sarif;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tfguard.model.Finding;
import dev.tfguard.model.InputError;
import dev.tfguard.model.RuleInfo;
import dev.tfguard.model.ScanResult;
import dev.tfguard.model.Severity;
import dev.tfguard.model.Suppressed;
import dev.tfguard.model.Suppression;
import dev.tfguard.model.Warning;
import dev.tfguard.report.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a scan result as SARIF 2.1.0, shaped the way GitHub code scanning reads it: one run, every
 * rule in {@code tool.driver.rules} with its severity score, one result per finding with a relative
 * file location and a fingerprint that survives line moves.
 *
 * <p>Unverified checks become {@code note} results whose {@code properties.unverified} is {@code
 * true} and whose {@code properties.reason} says why. They keep the default {@code kind: fail}:
 * SARIF allows {@code kind: review} only with {@code level: none}, and a note is what a reviewer
 * should see. Suppressed findings are results with SARIF {@code suppressions} ({@code inSource} for
 * a comment in the Terraform source, {@code external} for the config file), status {@code accepted}
 * and the reason as justification, so that code scanning shows them closed rather than losing them;
 * the run's {@code properties.suppressed} counts them. Input errors and warnings are tool execution
 * notifications.
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/tfguard/tfguard";
    static final String RULE_DOCS = "https://github.com/tfguard/tfguard/blob/main/docs/rules/";

    /**
     * Key of our fingerprint in {@code partialFingerprints}; bump the suffix if the hashed fields
     * change.
     */
    static final String FINGERPRINT_KEY = "tfguardFinding/v2";

    /** The base that relative locations are resolved against: the repository root. */
    static final String SRCROOT = "%SRCROOT%";

    private static final ObjectWriter WRITER =
            new ObjectMapper()
                    .addMixIn(Result.class, ExplicitResultLevel.class)
                    .addMixIn(Notification.class, ExplicitNotificationLevel.class)
                    .addMixIn(ReportingConfiguration.class, ExplicitConfigurationLevel.class)
                    .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .writer(
                            new DefaultPrettyPrinter(
                                            Separators.createDefaultInstance()
                                                    .withObjectFieldValueSpacing(
                                                            Separators.Spacing.AFTER))
                                    .withObjectIndenter(new DefaultIndenter("  ", "\n")))
                    // the caller owns the writer
                    .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /**
     * java-sarif omits properties equal to their default, so a {@code warning} level would vanish;
     * readers infer it, but people reading the file should not have to.
     */
    @SuppressWarnings("unused")
    private abstract static class ExplicitResultLevel {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract Result.Level getLevel();
    }

    @SuppressWarnings("unused")
    private abstract static class ExplicitConfigurationLevel {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract ReportingConfiguration.Level getLevel();
    }

    @SuppressWarnings("unused")
    private abstract static class ExplicitNotificationLevel {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract Notification.Level getLevel();
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        WRITER.writeValue(out, toSarif(result));
        out.write("\n");
        out.flush();
    }

    SarifSchema210 toSarif(ScanResult scan) {
        List<RuleInfo> rules = rulesOf(scan);
        Map<String, Integer> index = new LinkedHashMap<>();
        Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
        for (RuleInfo rule : rules) {
            index.put(rule.id(), index.size());
            descriptors.add(descriptor(rule));
        }
        List<Result> results = new ArrayList<>();
        for (Finding f : scan.findings()) {
            results.add(result(f, index, Kind.FAILURE));
        }
        for (Finding f : scan.unverified()) {
            results.add(result(f, index, Kind.UNVERIFIED));
        }
        for (Suppressed s : scan.suppressed()) {
            Finding f = s.finding();
            results.add(
                    result(f, index, f.unverified() ? Kind.UNVERIFIED : Kind.FAILURE)
                            .withSuppressions(
                                    new LinkedHashSet<>(List.of(suppression(s.suppression())))));
        }

        List<Notification> notifications = new ArrayList<>();
        for (InputError e : scan.errors()) {
            Notification n =
                    new Notification()
                            .withLevel(Notification.Level.ERROR)
                            .withMessage(new Message().withText(e.message()));
            Location at = physical(e.file(), e.line());
            if (at != null) {
                n.withLocations(new LinkedHashSet<>(List.of(at)));
            }
            notifications.add(n);
        }
        for (Warning w : scan.warnings()) {
            notifications.add(
                    new Notification()
                            .withLevel(Notification.Level.WARNING)
                            .withMessage(new Message().withText(w.message())));
        }

        ToolComponent driver =
                new ToolComponent()
                        .withName("tfguard")
                        .withVersion(scan.version())
                        .withSemanticVersion(scan.version())
                        .withInformationUri(URI.create(INFORMATION_URI))
                        .withRules(descriptors);
        Run run =
                new Run()
                        .withTool(new Tool().withDriver(driver))
                        // an input that could not be read leaves the run incomplete, as exit status
                        // 3 says
                        .withInvocations(
                                List.of(
                                        new Invocation()
                                                .withExecutionSuccessful(scan.errors().isEmpty())
                                                .withToolExecutionNotifications(notifications)))
                        .withResults(results)
                        // the base is described, not given: its absolute path would name the
                        // machine the scan ran on
                        .withOriginalUriBaseIds(
                                new com.contrastsecurity.sarif.OriginalUriBaseIds()
                                        .withAdditionalProperty(
                                                SRCROOT,
                                                new ArtifactLocation()
                                                        .withDescription(
                                                                new Message()
                                                                        .withText(
                                                                                "the repository root: the git top level of the scanned path"))))
                        .withProperties(
                                new PropertyBag()
                                        .withAdditionalProperty(
                                                "suppressed", scan.suppressed().size())
                                        .withAdditionalProperty("roots", roots(scan)));
        return new SarifSchema210()
                .with$schema(URI.create(SCHEMA_URI))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    /**
     * The root modules that findings, unverified checks and suppressed findings belong to, in name
     * order.
     */
    private static List<String> roots(ScanResult scan) {
        Set<String> roots = new TreeSet<>();
        scan.findings().forEach(f -> add(roots, f.root()));
        scan.unverified().forEach(f -> add(roots, f.root()));
        scan.suppressed().forEach(s -> add(roots, s.finding().root()));
        return List.copyOf(roots);
    }

    private static void add(Set<String> roots, String root) {
        if (root != null) {
            roots.add(root);
        }
    }

    /** The rules that ran, plus any a finding names without the rule being listed, in id order. */
    private static List<RuleInfo> rulesOf(ScanResult scan) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        scan.rules().stream()
                .sorted(Comparator.comparing(RuleInfo::id))
                .forEach(r -> byId.putIfAbsent(r.id(), r));
        List<Finding> all = new ArrayList<>(scan.findings());
        all.addAll(scan.unverified());
        Set<String> missing = new TreeSet<>();
        for (Finding f : all) {
            if (!byId.containsKey(f.rule())) {
                missing.add(f.rule());
            }
        }
        List<RuleInfo> out = new ArrayList<>(byId.values());
        for (String id : missing) {
            Finding f = all.stream().filter(x -> x.rule().equals(id)).findFirst().orElseThrow();
            out.add(
                    new RuleInfo(
                            id,
                            id.toLowerCase(Locale.ROOT),
                            f.title(),
                            f.severity(),
                            "",
                            f.title(),
                            f.remediation() == null ? "" : f.remediation(),
                            List.of(),
                            Map.of(),
                            List.of(),
                            List.of()));
        }
        return out;
    }

    private static ReportingDescriptor descriptor(RuleInfo rule) {
        String description = blankToTitle(rule.description(), rule.title());
        String remediation = rule.remediation() == null ? "" : rule.remediation().strip();
        StringBuilder text = new StringBuilder(description.strip());
        StringBuilder markdown =
                new StringBuilder("## ")
                        .append(rule.title())
                        .append("\n\n")
                        .append(description.strip())
                        .append("\n");
        if (!remediation.isEmpty()) {
            text.append("\n\nRemediation:\n").append(remediation);
            markdown.append("\n### Remediation\n\n").append(remediation).append("\n");
        }
        if (!rule.links().isEmpty()) {
            text.append("\n\nReferences:");
            markdown.append("\n### References\n\n");
            for (String link : rule.links()) {
                text.append("\n- ").append(link);
                markdown.append("- <").append(link).append(">\n");
            }
        }
        Set<String> tags = new LinkedHashSet<>(List.of("security", "terraform"));
        if (rule.resourceType() != null && !rule.resourceType().isEmpty()) {
            tags.add(rule.resourceType());
        }
        PropertyBag props =
                new PropertyBag()
                        .withTags(tags)
                        .withAdditionalProperty(
                                "security-severity", securitySeverity(rule.severity()))
                        .withAdditionalProperty("severity", rule.severity().name());
        if (!rule.aliases().isEmpty()) {
            props.withAdditionalProperty("aliases", rule.aliases());
        }
        if (!rule.securityHub().isEmpty()) {
            props.withAdditionalProperty("securityHub", rule.securityHub());
        }
        return new ReportingDescriptor()
                .withId(rule.id())
                .withName(pascalCase(rule.slug()))
                .withShortDescription(new MultiformatMessageString().withText(rule.title()))
                .withFullDescription(new MultiformatMessageString().withText(description.strip()))
                .withHelp(
                        new MultiformatMessageString()
                                .withText(text.toString())
                                .withMarkdown(markdown.toString().strip()))
                .withHelpUri(URI.create(RULE_DOCS + rule.id() + ".md"))
                .withDefaultConfiguration(
                        new ReportingConfiguration()
                                .withLevel(
                                        ReportingConfiguration.Level.fromValue(
                                                level(rule.severity()).value())))
                .withProperties(props);
    }

    private enum Kind {
        FAILURE,
        UNVERIFIED
    }

    private static Result result(Finding f, Map<String, Integer> index, Kind kind) {
        String text =
                kind == Kind.UNVERIFIED
                        ? "unverified: " + f.message() + " (" + f.reason() + ")"
                        : f.message();
        Result r =
                new Result()
                        .withRuleId(f.rule())
                        .withRuleIndex(index.get(f.rule()))
                        .withLevel(
                                kind == Kind.UNVERIFIED ? Result.Level.NOTE : level(f.severity()))
                        .withMessage(new Message().withText(text))
                        .withPartialFingerprints(
                                new PartialFingerprints()
                                        .withAdditionalProperty(FINGERPRINT_KEY, fingerprint(f)));
        Location location = f.file() == null ? new Location() : physical(f.file(), f.line());
        location.withLogicalLocations(
                new LinkedHashSet<>(
                        List.of(
                                new LogicalLocation()
                                        .withName(lastPart(f.resource()))
                                        .withFullyQualifiedName(f.resource())
                                        .withKind("resource"))));
        r.withLocations(List.of(location));
        Location usedAt =
                f.usedAt() == null ? null : physical(f.usedAt().file(), f.usedAt().line());
        if (usedAt != null) {
            // the result sits in the .tfvars file that gives the value; this is where it is used
            r.withRelatedLocations(
                    new LinkedHashSet<>(
                            List.of(
                                    usedAt.withId(0)
                                            .withMessage(
                                                    new Message()
                                                            .withText(
                                                                    "uses the value as "
                                                                            + f.attribute())))));
        }
        PropertyBag props =
                new PropertyBag().withAdditionalProperty("severity", f.severity().name());
        if (f.root() != null) {
            props.withAdditionalProperty("root", f.root());
        }
        if (f.attribute() != null) {
            props.withAdditionalProperty("attribute", f.attribute());
        }
        if (!f.aliases().isEmpty()) {
            props.withAdditionalProperty("aliases", f.aliases());
        }
        if (kind == Kind.UNVERIFIED) {
            props.withAdditionalProperty("unverified", true);
            props.withAdditionalProperty("reason", f.reason());
        }
        r.withProperties(props);
        return r;
    }

    private static com.contrastsecurity.sarif.Suppression suppression(Suppression s) {
        String why =
                (s.reason() == null ? "no reason given" : s.reason())
                        + (s.expires() == null ? "" : " (until " + s.expires() + ")");
        com.contrastsecurity.sarif.Suppression out =
                new com.contrastsecurity.sarif.Suppression()
                        .withKind(
                                s.source().equals("config")
                                        ? com.contrastsecurity.sarif.Suppression.Kind.EXTERNAL
                                        : com.contrastsecurity.sarif.Suppression.Kind.IN_SOURCE)
                        .withStatus(com.contrastsecurity.sarif.Suppression.Status.ACCEPTED)
                        .withJustification(why)
                        .withProperties(
                                new PropertyBag().withAdditionalProperty("source", s.source()));
        Location at = physical(s.where().file(), s.where().line());
        return at == null ? out : out.withLocation(at);
    }

    private static Location physical(String file, Integer line) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        ArtifactLocation artifact = new ArtifactLocation().withUri(uri(file));
        if (!absolute(file)) {
            // relative to the repository root, which the run's originalUriBaseIds names
            artifact.withUriBaseId(SRCROOT);
        }
        PhysicalLocation p = new PhysicalLocation().withArtifactLocation(artifact);
        if (line != null && line > 0) {
            p.withRegion(new Region().withStartLine(line));
        }
        return new Location().withPhysicalLocation(p);
    }

    /**
     * A URI reference for a path as tfguard prints it: relative paths stay relative (GitHub
     * resolves them against the repository root), with forward slashes and percent-encoding;
     * absolute paths become {@code file:} URIs.
     */
    private static boolean absolute(String path) {
        String p = path.replace('\\', '/');
        return p.startsWith("/") || p.matches("^[A-Za-z]:/.*");
    }

    static String uri(String path) {
        String p = path.replace('\\', '/');
        try {
            if (p.startsWith("/")) {
                return new URI("file", "", p, null).toASCIIString();
            }
            if (p.matches("^[A-Za-z]:/.*")) {
                return new URI("file", "", "/" + p, null).toASCIIString();
            }
            // a colon in the first segment would read as a scheme
            String safe =
                    p.indexOf(':') >= 0 && (p.indexOf('/') < 0 || p.indexOf(':') < p.indexOf('/'))
                            ? "./" + p
                            : p;
            return new URI(null, null, safe, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot express path as a URI: " + path, e);
        }
    }

    /**
     * The finding's stable fingerprint ({@link Finding#fingerprint()}); GitHub adds a line hash on
     * upload.
     */
    static String fingerprint(Finding f) {
        return f.fingerprint();
    }

    static Result.Level level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> Result.Level.ERROR;
            case MEDIUM -> Result.Level.WARNING;
            case LOW, INFO -> Result.Level.NOTE;
        };
    }

    /**
     * GitHub's score for a severity: it maps over 9.0 to critical, 7.0 to 8.9 to high, 4.0 to 6.9
     * to medium and below that to low.
     */
    static String securitySeverity(Severity s) {
        return switch (s) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "1.0";
        };
    }

    private static String pascalCase(String slug) {
        StringBuilder b = new StringBuilder();
        for (String part : slug.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }

    private static String lastPart(String address) {
        // the resource's own name and key, without module path and type: aws_x.y["k"] -> y["k"]
        int bracket = address.indexOf('[');
        String head = bracket < 0 ? address : address.substring(0, bracket);
        int dot = head.lastIndexOf('.');
        return dot < 0 ? address : address.substring(dot + 1);
    }

    private static String blankToTitle(String text, String title) {
        return text == null || text.isBlank() ? title : text;
    }
}
