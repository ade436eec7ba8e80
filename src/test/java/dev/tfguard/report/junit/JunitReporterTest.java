package dev.tfguard.report.junit;

import static dev.tfguard.report.ReportFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tfguard.model.Finding;
import dev.tfguard.model.ScanResult;
import dev.tfguard.model.SourceRef;
import dev.tfguard.report.ReportFixtures;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class JunitReporterTest {

    private static Document parse(ScanResult result) throws Exception {
        String xml = render(new JunitReporter(), result);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    @Test
    void writesOneSuitePerRuleAndOneForInputs() throws Exception {
        Element root = parse(ReportFixtures.mixed()).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(elements(root, "testsuite"))
                .extracting(
                        s -> s.getAttribute("name"),
                        s -> s.getAttribute("tests"),
                        s -> s.getAttribute("failures"),
                        s -> s.getAttribute("errors"),
                        s -> s.getAttribute("skipped"))
                .containsExactly(
                        tuple(
                                "TFG-EC-001 ElastiCache replication group is encrypted at rest",
                                "2",
                                "1",
                                "0",
                                "1"),
                        tuple(
                                "TFG-EC-002 ElastiCache replication group uses a customer-managed KMS key",
                                "2",
                                "0",
                                "0",
                                "1"),
                        tuple(
                                "TFG-EC-003 ElastiCache replication group is encrypted in transit",
                                "1",
                                "1",
                                "0",
                                "0"),
                        tuple(
                                "TFG-EC-004 ElastiCache replication group requires authentication",
                                "1",
                                "1",
                                "0",
                                "0"),
                        tuple(
                                "TFG-KMS-001 KMS key has automatic rotation enabled",
                                "1",
                                "1",
                                "0",
                                "0"),
                        tuple(JunitReporter.INPUT_SUITE, "2", "0", "2", "0"));
        assertThat(root.getAttribute("tests")).isEqualTo("9");
        assertThat(root.getAttribute("failures")).isEqualTo("4");
        assertThat(root.getAttribute("errors")).isEqualTo("2");
        assertThat(root.getAttribute("skipped")).isEqualTo("2");
    }

    @Test
    void failingCaseCarriesMessageLocationAndFix() throws Exception {
        Element root = parse(ReportFixtures.mixed()).getDocumentElement();
        Element first = elements(root, "testcase").get(0);
        assertThat(first.getAttribute("name")).isEqualTo("aws_elasticache_replication_group.cache");
        assertThat(first.getAttribute("classname")).isEqualTo("TFG-EC-001");
        assertThat(first.getAttribute("file")).isEqualTo("main.tf");
        assertThat(first.getAttribute("line")).isEqualTo("12");
        Element failure = elements(first, "failure").get(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo(
                        "aws_elasticache_replication_group.cache: at_rest_encryption_enabled is false");
        assertThat(failure.getAttribute("type")).isEqualTo("HIGH");
        assertThat(failure.getTextContent())
                .contains("at: main.tf:12", "fix:\nSet `at_rest_encryption_enabled = true`.");
    }

    @Test
    void escapesMarkupQuotesAndLineBreaks() throws Exception {
        Element root = parse(ReportFixtures.mixed()).getDocumentElement();
        Element odd =
                elements(root, "testcase").stream()
                        .filter(c -> c.getAttribute("name").equals(ReportFixtures.ODD_ADDRESS))
                        .findFirst()
                        .orElseThrow();
        assertThat(odd.hasAttribute("file")).isFalse();
        Element failure = elements(odd, "failure").get(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo(ReportFixtures.ODD_MESSAGE.replace("\r\n", " "));
        assertThat(failure.getTextContent())
                .startsWith(ReportFixtures.ODD_MESSAGE.replace("\r\n", "\n"));
    }

    @Test
    void unverifiedAndSuppressedChecksAreSkipped() throws Exception {
        Element root = parse(ReportFixtures.mixed()).getDocumentElement();
        assertThat(elements(root, "skipped"))
                .extracting(s -> s.getAttribute("message"))
                .containsExactly(
                        "unverified: aws_elasticache_replication_group.sessions: at_rest_encryption_enabled is "
                                + "var.encrypt (var.encrypt has no default and no value in a tfvars file)",
                        "suppressed: aws_elasticache_replication_group.legacy: kms_key_id is not set");
    }

    @Test
    void ruleWithoutFailuresHasOnePassingCase() throws Exception {
        Element root = parse(ReportFixtures.clean()).getDocumentElement();
        assertThat(elements(root, "testcase"))
                .extracting(
                        c -> c.getAttribute("classname"),
                        c -> c.getAttribute("name"),
                        c -> c.getChildNodes().getLength())
                .containsExactly(
                        tuple("TFG-EC-001", JunitReporter.PASSING_CASE, 0),
                        tuple("TFG-EC-002", JunitReporter.PASSING_CASE, 0),
                        tuple("TFG-EC-003", JunitReporter.PASSING_CASE, 0),
                        tuple("TFG-EC-004", JunitReporter.PASSING_CASE, 0),
                        tuple("TFG-KMS-001", JunitReporter.PASSING_CASE, 0));
        assertThat(root.getAttribute("failures")).isEqualTo("0");
        assertThat(elements(root, "testsuite"))
                .noneMatch(s -> s.getAttribute("name").equals(JunitReporter.INPUT_SUITE));
    }

    @Test
    void inputErrorsAreErrorCases() throws Exception {
        Element root = parse(ReportFixtures.mixed()).getDocumentElement();
        assertThat(elements(root, "error"))
                .extracting(e -> e.getAttribute("message"), Element::getTextContent)
                .containsExactly(
                        tuple(
                                "expected \"}\" to close the block opened on line 1",
                                "broken.tf:3: expected \"}\" to close the block opened on line 1"),
                        tuple("no such file", "missing.tf: no such file"));
    }

    @Test
    void replacesCharactersXmlCannotCarry() throws Exception {
        Finding f = ReportFixtures.mixed().findings().get(0);
        Finding control =
                new Finding(
                        f.rule(),
                        f.title(),
                        f.severity(),
                        "aws_x.bell\u0007",
                        f.attribute(),
                        SourceRef.of("main.tf", 1),
                        "nul \u0000 and lone \uD800 surrogate",
                        f.remediation(),
                        f.aliases(),
                        null);
        ScanResult r = ReportFixtures.clean();
        ScanResult withControl =
                new ScanResult(
                        r.version(),
                        r.rules(),
                        List.of(control),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of());
        Element root = parse(withControl).getDocumentElement();
        assertThat(elements(root, "failure").get(0).getAttribute("message"))
                .isEqualTo("nul \uFFFD and lone \uFFFD surrogate");
        assertThat(elements(root, "testcase").get(0).getAttribute("name"))
                .isEqualTo("aws_x.bell\uFFFD");
    }

    @Test
    void writesTheSameBytesEveryTime() {
        String xml = render(new JunitReporter(), ReportFixtures.mixed());
        assertThat(xml)
                .isEqualTo(render(new JunitReporter(), ReportFixtures.mixed()))
                .startsWith(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"tfguard\"")
                .doesNotContain("timestamp", "hostname");
    }
}
