package dev.tfguard.report.junit;

import dev.tfguard.model.Finding;
import dev.tfguard.model.InputError;
import dev.tfguard.model.RuleInfo;
import dev.tfguard.model.ScanResult;
import dev.tfguard.model.Suppressed;
import dev.tfguard.report.Reporter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a scan result as JUnit XML, the test report format that Jenkins, GitLab, Azure DevOps and
 * most CI systems display.
 *
 * <p>Each rule is a {@code testsuite} named by its id and title. Each failing resource is a {@code
 * testcase} with a {@code failure}; unverified and suppressed checks are {@code skipped} test
 * cases, since they neither pass nor fail the build. The scan result lists failures only, so a rule
 * with no failure is shown as passing through one passing test case, {@value #PASSING_CASE}, rather
 * than one per resource it checked. Inputs that could not be read are {@code error} test cases in a
 * last suite, {@value #INPUT_SUITE}. Times are always 0 and no timestamp or host is written, so the
 * same scan gives the same bytes.
 */
public final class JunitReporter implements Reporter {

    static final String PASSING_CASE = "no failing resource";
    static final String INPUT_SUITE = "tfguard inputs";

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            new Document(xml, result).write();
            xml.writeEndDocument();
            xml.flush();
            // XMLStreamWriter.close() does not close the underlying writer, which the caller owns
            xml.close();
            out.write("\n");
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    /** One rule's test suite: its failing, skipped and (when none fail) passing cases. */
    private record Suite(String name, String id, List<Finding> failures, List<Finding> skipped) {

        int tests() {
            return failures.size() + skipped.size() + (failures.isEmpty() ? 1 : 0);
        }
    }

    /** Writes one report; holds the writer and the indentation state. */
    private static final class Document {
        private final XMLStreamWriter xml;
        private final ScanResult result;

        Document(XMLStreamWriter xml, ScanResult result) {
            this.xml = xml;
            this.result = result;
        }

        void write() throws XMLStreamException {
            List<Suite> suites = suites();
            int tests = 0;
            int failures = 0;
            int skipped = 0;
            for (Suite s : suites) {
                tests += s.tests();
                failures += s.failures().size();
                skipped += s.skipped().size();
            }
            int errors = result.errors().size();
            newline(0);
            xml.writeStartElement("testsuites");
            attr("name", "tfguard");
            counts(tests + errors, failures, errors, skipped);
            for (Suite s : suites) {
                suite(s);
            }
            if (errors > 0) {
                inputSuite();
            }
            newline(0);
            xml.writeEndElement();
        }

        private List<Suite> suites() {
            Map<String, Suite> byId = new TreeMap<>();
            for (RuleInfo r : result.rules()) {
                byId.put(
                        r.id(),
                        new Suite(
                                r.id() + " " + r.title(),
                                r.id(),
                                new ArrayList<>(),
                                new ArrayList<>()));
            }
            for (Finding f : result.findings()) {
                suiteFor(byId, f).failures().add(f);
            }
            for (Finding f : result.unverified()) {
                suiteFor(byId, f).skipped().add(f);
            }
            for (Suppressed s : result.suppressed()) {
                suiteFor(byId, s.finding()).skipped().add(s.finding());
            }
            return new ArrayList<>(byId.values());
        }

        private static Suite suiteFor(Map<String, Suite> byId, Finding f) {
            return byId.computeIfAbsent(
                    f.rule(),
                    id ->
                            new Suite(
                                    id + " " + f.title(),
                                    id,
                                    new ArrayList<>(),
                                    new ArrayList<>()));
        }

        private void suite(Suite s) throws XMLStreamException {
            newline(1);
            xml.writeStartElement("testsuite");
            attr("name", s.name());
            counts(s.tests(), s.failures().size(), 0, s.skipped().size());
            for (Finding f : s.failures()) {
                startCase(f);
                newline(3);
                xml.writeStartElement("failure");
                attr("message", f.message());
                attr("type", f.severity().name());
                text(details(f));
                xml.writeEndElement();
                newline(2);
                xml.writeEndElement();
            }
            for (Finding f : s.skipped()) {
                startCase(f);
                newline(3);
                xml.writeEmptyElement("skipped");
                attr(
                        "message",
                        f.unverified()
                                ? "unverified: " + f.message() + " (" + f.reason() + ")"
                                : "suppressed: " + f.message());
                newline(2);
                xml.writeEndElement();
            }
            if (s.failures().isEmpty()) {
                newline(2);
                xml.writeEmptyElement("testcase");
                attr("name", PASSING_CASE);
                attr("classname", s.id());
                attr("time", "0");
            }
            newline(1);
            xml.writeEndElement();
        }

        private void startCase(Finding f) throws XMLStreamException {
            newline(2);
            xml.writeStartElement("testcase");
            attr("name", f.resource());
            attr("classname", f.rule());
            // file and line are not in every JUnit dialect, but GitLab links the file and others
            // ignore them
            if (f.file() != null) {
                attr("file", f.file());
                attr("line", Integer.toString(f.line()));
            }
            attr("time", "0");
        }

        private void inputSuite() throws XMLStreamException {
            newline(1);
            xml.writeStartElement("testsuite");
            attr("name", INPUT_SUITE);
            int n = result.errors().size();
            counts(n, 0, n, 0);
            for (InputError e : result.errors()) {
                newline(2);
                xml.writeStartElement("testcase");
                attr("name", e.file());
                attr("classname", INPUT_SUITE);
                attr("file", e.file());
                if (e.line() > 0) {
                    attr("line", Integer.toString(e.line()));
                }
                attr("time", "0");
                newline(3);
                xml.writeStartElement("error");
                attr("message", e.message());
                attr("type", "input");
                text(e.toString());
                xml.writeEndElement();
                newline(2);
                xml.writeEndElement();
            }
            newline(1);
            xml.writeEndElement();
        }

        private static String details(Finding f) {
            StringBuilder b = new StringBuilder(f.message()).append('\n');
            b.append("rule: ")
                    .append(f.rule())
                    .append(" (")
                    .append(f.severity().name())
                    .append(") ")
                    .append(f.title())
                    .append('\n');
            b.append("resource: ").append(f.resource()).append('\n');
            if (f.file() != null) {
                b.append("at: ").append(f.file()).append(':').append(f.line()).append('\n');
            }
            if (f.remediation() != null && !f.remediation().isBlank()) {
                b.append("fix:\n").append(f.remediation().strip()).append('\n');
            }
            return b.toString();
        }

        private void counts(int tests, int failures, int errors, int skipped)
                throws XMLStreamException {
            attr("tests", Integer.toString(tests));
            attr("failures", Integer.toString(failures));
            attr("errors", Integer.toString(errors));
            attr("skipped", Integer.toString(skipped));
            attr("time", "0");
        }

        private void attr(String name, String value) throws XMLStreamException {
            // a parser turns line breaks in attributes into spaces; do it here so the bytes say
            // what readers see
            xml.writeAttribute(
                    name,
                    xmlSafe(value).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
        }

        private void text(String value) throws XMLStreamException {
            xml.writeCharacters(xmlSafe(value).replace("\r\n", "\n").replace('\r', '\n'));
        }

        private void newline(int depth) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }

    /**
     * The text with every character that XML 1.0 cannot carry (control characters other than tab,
     * CR and LF, lone surrogates, U+FFFE and U+FFFF) replaced by U+FFFD: no escape can express them
     * and a parser would reject the whole report.
     */
    static String xmlSafe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok =
                    cp == 0x9
                            || cp == 0xA
                            || cp == 0xD
                            || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD)
                            || (cp >= 0x10000 && cp <= 0x10FFFF);
            b.appendCodePoint(ok ? cp : 0xFFFD);
            i += Character.charCount(cp);
        }
        return b.toString();
    }
}
