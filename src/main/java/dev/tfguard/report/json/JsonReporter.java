package dev.tfguard.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.tfguard.model.Finding;
import dev.tfguard.model.InputError;
import dev.tfguard.model.ScanResult;
import dev.tfguard.report.Reporter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The JSON report of the CONTRACT: findings, unverified checks, suppressed findings, warnings, errors, summary. */
public final class JsonReporter implements Reporter {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
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
            findings(g, "suppressed", result.suppressed());
            g.writeArrayFieldStart("warnings");
            for (String w : result.warnings()) {
                g.writeString(w);
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
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("findings", result.findings().size());
            g.writeNumberField("unverified", result.unverified().size());
            g.writeNumberField("suppressed", result.suppressed().size());
            g.writeNumberField("errors", result.errors().size());
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void findings(JsonGenerator g, String field, List<Finding> findings) throws IOException {
        g.writeArrayFieldStart(field);
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule());
            g.writeStringField("title", f.title());
            g.writeStringField("severity", f.severity().name());
            g.writeStringField("resource", f.resource());
            g.writeStringField("attribute", f.attribute());
            g.writeStringField("file", f.file());
            if (f.line() != null) {
                g.writeNumberField("line", f.line());
            } else {
                g.writeNullField("line");
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
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
