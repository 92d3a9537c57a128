package dev.cdclab.report;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code junit.xml}: the grade in the JUnit XML shape CI tools read (test report viewers, GitLab,
 * Jenkins): one {@code <testsuite>} per lesson, one {@code <testcase>} per check, with
 * {@code <failure>} for a failed or timed-out check, {@code <error>} for the grader's own failure,
 * {@code <skipped/>} for a check that never ran, and the points as the properties
 * {@code score} and {@code max_score} of each test case.
 *
 * <pre>{@code
 * new JunitXmlReport(Messages.forLanguage("en")).writeTo(Path.of("target/grade"), report);
 * }</pre>
 *
 * <p>The document is built with the JDK's own DOM and serialised by its own transformer (never
 * another implementation found on the class path), so every model string is escaped; characters XML 1.0 cannot hold at all (control characters such as the ESC
 * of a colour code quoted from a server log) are dropped.
 */
public final class JunitXmlReport implements ReportFormat {
    private final Messages messages;

    public JunitXmlReport(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String fileName() {
        return "junit.xml";
    }

    @Override
    public String render(GradeReport report) throws IOException {
        try {
            Document xml = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
            xml.setXmlStandalone(true);
            Element suites = xml.createElement("testsuites");
            suites.setAttribute("name", xmlText(report.submission()));
            suites.setAttribute("tests", Integer.toString(ReportTexts.all(report).size()));
            suites.setAttribute("time", seconds(report.durationMs()));
            xml.appendChild(suites);
            report.lessons().forEach(lesson -> suites.appendChild(suite(xml, lesson)));
            return serialise(xml);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("could not write junit.xml: " + e.getMessage(), e);
        }
    }

    private Element suite(Document xml, LessonGrade lesson) {
        Element suite = xml.createElement("testsuite");
        suite.setAttribute("name", xmlText(lesson.id()));
        suite.setAttribute("tests", Integer.toString(lesson.checks().size()));
        suite.setAttribute("failures", Long.toString(count(lesson, CheckStatus.FAILED) + count(lesson, CheckStatus.TIMED_OUT)));
        suite.setAttribute("errors", Long.toString(count(lesson, CheckStatus.ERROR)));
        suite.setAttribute("skipped", Long.toString(count(lesson, CheckStatus.NOT_RUN)));
        suite.setAttribute("time", seconds(lesson.checks().stream().mapToLong(CheckGrade::durationMs).sum()));
        lesson.checks().forEach(check -> suite.appendChild(testCase(xml, lesson, check)));
        return suite;
    }

    private Element testCase(Document xml, LessonGrade lesson, CheckGrade check) {
        Element testCase = xml.createElement("testcase");
        testCase.setAttribute("classname", xmlText(lesson.id()));
        testCase.setAttribute("name", xmlText(check.id()));
        testCase.setAttribute("time", seconds(check.durationMs()));
        Element properties = xml.createElement("properties");
        properties.appendChild(property(xml, "score", Points.exact(check.score())));
        properties.appendChild(property(xml, "max_score", Points.exact(check.maxScore())));
        testCase.appendChild(properties);
        String outcome = switch (check.status()) {
            case PASSED -> null;
            case FAILED, TIMED_OUT -> "failure";
            case ERROR -> "error";
            case NOT_RUN -> "skipped";
        };
        if (outcome != null) {
            Element element = xml.createElement(outcome);
            element.setAttribute("message", xmlText(check.message() == null ? "" : check.message().strip()));
            element.setAttribute("type", check.status().wire());
            element.setTextContent(xmlText(ReportTexts.text(check, messages)));
            testCase.appendChild(element);
        }
        return testCase;
    }

    private static Element property(Document xml, String name, String value) {
        Element property = xml.createElement("property");
        property.setAttribute("name", name);
        property.setAttribute("value", value);
        return property;
    }

    private static long count(LessonGrade lesson, CheckStatus status) {
        return lesson.checks().stream().filter(check -> check.status() == status).count();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** The text without the characters XML 1.0 forbids (controls other than tab, line feed, carriage return). */
    static String xmlText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(JunitXmlReport::allowedInXml).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static String serialise(Document xml) throws TransformerException {
        var transformer = TransformerFactory.newDefaultInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(xml), new StreamResult(out));
        return out + (out.toString().endsWith("\n") ? "" : "\n");
    }
}
