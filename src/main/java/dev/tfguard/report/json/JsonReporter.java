package dev.tfguard.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.tfguard.model.Baseline;
import dev.tfguard.model.Finding;
import dev.tfguard.model.InputError;
import dev.tfguard.model.ScanResult;
import dev.tfguard.model.Suppressed;
import dev.tfguard.model.Suppression;
import dev.tfguard.model.Warning;
import dev.tfguard.report.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The JSON report of the CONTRACT: findings, unverified checks, suppressed findings, warnings,
 * errors, summary.
 */
public final class JsonReporter implements Reporter {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultPrettyPrinter pp =
                    new DefaultPrettyPrinter()
                            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "tfguard");
            g.writeStringField("version", result.version());
            g.writeEndObject();
            findings(g, "findings", result.findings());
            findings(g, "unverified", result.unverified());
            g.writeArrayFieldStart("suppressed");
            for (Suppressed s : result.suppressed()) {
                g.writeStartObject();
                fields(g, s.finding());
                suppression(g, s.suppression());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (result.baseline() != null) {
                baseline(g, result.baseline());
            }
            g.writeArrayFieldStart("warnings");
            for (Warning w : result.warnings()) {
                g.writeStartObject();
                g.writeStringField("root", w.root());
                g.writeStringField("message", w.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("errors");
            for (InputError e : result.errors()) {
                g.writeStartObject();
                g.writeStringField("file", e.file());
                if (e.line() > 0) {
                    g.writeNumberField("line", e.line());
                } else {
                    g.writeNullField("line");
                }
                g.writeStringField("message", e.message());
                g.writeStringField("root", e.root());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("findings", result.findings().size());
            g.writeNumberField("unverified", result.unverified().size());
            g.writeNumberField("suppressed", result.suppressed().size());
            g.writeNumberField("errors", result.errors().size());
            if (result.baseline() != null) {
                g.writeNumberField("baselined", result.baseline().known().size());
                g.writeNumberField("fixed", result.baseline().fixed().size());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void findings(JsonGenerator g, String field, List<Finding> findings)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (Finding f : findings) {
            g.writeStartObject();
            fields(g, f);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void fields(JsonGenerator g, Finding f) throws IOException {
        g.writeStringField("rule", f.rule());
        g.writeStringField("title", f.title());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("resource", f.resource());
        g.writeStringField("attribute", f.attribute());
        g.writeStringField("root", f.root());
        g.writeStringField("file", f.file());
        if (f.line() != null) {
            g.writeNumberField("line", f.line());
        } else {
            g.writeNullField("line");
        }
        if (f.usedAt() != null) {
            // located in the .tfvars file that gives the value: where the configuration uses it
            g.writeObjectFieldStart("used_at");
            g.writeStringField("file", f.usedAt().file());
            g.writeNumberField("line", f.usedAt().line());
            g.writeEndObject();
        }
        g.writeStringField("message", f.message());
        if (f.reason() != null) {
            g.writeStringField("reason", f.reason());
        }
        g.writeStringField("remediation", f.remediation());
        g.writeArrayFieldStart("aliases");
        for (String a : f.aliases()) {
            g.writeString(a);
        }
        g.writeEndArray();
    }

    /**
     * Why a finding is suppressed and where that was decided (CONTRACT: reason, expires, file,
     * line, source).
     */
    private static void suppression(JsonGenerator g, Suppression s) throws IOException {
        g.writeObjectFieldStart("suppression");
        g.writeStringField("id", s.id());
        g.writeStringField("reason", s.reason());
        g.writeStringField("expires", s.expires() == null ? null : s.expires().toString());
        g.writeStringField("file", s.where().file());
        g.writeNumberField("line", s.where().line());
        g.writeStringField("source", s.source());
        g.writeEndObject();
    }

    private static void baseline(JsonGenerator g, Baseline b) throws IOException {
        g.writeObjectFieldStart("baseline");
        g.writeStringField("file", b.file());
        g.writeNumberField("known", b.known().size());
        g.writeArrayFieldStart("fixed");
        for (Baseline.Entry e : b.fixed()) {
            g.writeStartObject();
            g.writeStringField("rule", e.rule());
            g.writeStringField("root", e.root());
            g.writeStringField("file", e.file());
            g.writeStringField("resource", e.resource());
            g.writeStringField("attribute", e.attribute());
            g.writeStringField("fingerprint", e.fingerprint());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
