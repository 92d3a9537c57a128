package dev.cdclab.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grade.GradeReport;
import dev.cdclab.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** junit.xml: the grade as JUnit XML, parsed back with the JDK's own parser. */
class JunitXmlReportTest {
    private final JunitXmlReport junit = new JunitXmlReport(Messages.forLanguage("en"));

    private Document parse(GradeReport report) throws Exception {
        byte[] xml = junit.render(report).getBytes(StandardCharsets.UTF_8);
        // a parse error (not well-formed, a forbidden character) fails the test here
        return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void the_document_is_well_formed_with_one_testsuite_per_lesson_counting_its_outcomes() throws Exception {
        Document xml = parse(RendererFixtures.twoLessons());

        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("testsuites");
        List<Element> suites = elements(xml.getDocumentElement().getElementsByTagName("testsuite"));
        assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly("L04", "L05");
        // L04: one passed, one failed
        assertThat(counts(suites.get(0))).containsExactly("2", "1", "0", "0");
        // L05: timed out (a failure), error, not run (skipped)
        assertThat(counts(suites.get(1))).containsExactly("3", "1", "1", "1");
        // seconds: 150 000 + 45 + 0 ms
        assertThat(suites.get(1).getAttribute("time")).isEqualTo("150.045");
        assertThat(junit.fileName()).isEqualTo("junit.xml");
    }

    @Test
    void each_testcase_names_its_lesson_and_check_and_carries_its_points_as_properties() throws Exception {
        Element streaming = testCase(parse(RendererFixtures.twoLessons()), "L04.streaming.insert-update-delete");

        assertThat(streaming.getAttribute("classname")).isEqualTo("L04");
        assertThat(streaming.getAttribute("time")).isEqualTo("3.120");
        Element properties = (Element) streaming.getElementsByTagName("properties").item(0);
        assertThat(properties.getParentNode()).isSameAs(streaming);
        assertThat(elements(properties.getElementsByTagName("property")))
                .extracting(p -> p.getAttribute("name") + "=" + p.getAttribute("value"))
                .containsExactly("score=2.5", "max_score=6");
    }

    @Test
    void failed_and_timed_out_are_failures_an_error_is_an_error_not_run_is_skipped_and_passed_has_none() throws Exception {
        Document xml = parse(RendererFixtures.twoLessons());

        assertThat(outcome(testCase(xml, "L04.snapshot.reads-existing-rows"))).isEqualTo("none");
        assertThat(outcome(testCase(xml, "L04.streaming.insert-update-delete"))).isEqualTo("failure");
        assertThat(outcome(testCase(xml, "L05.history.recovery"))).isEqualTo("failure");
        assertThat(outcome(testCase(xml, "L05.history.topic"))).isEqualTo("error");
        assertThat(outcome(testCase(xml, "L05.history.retention"))).isEqualTo("skipped");
        Element timedOut = (Element) testCase(xml, "L05.history.recovery").getElementsByTagName("failure").item(0);
        assertThat(timedOut.getAttribute("message")).isEqualTo("Проверка превысила отведённое время (150 с).");
        assertThat(timedOut.getAttribute("type")).isEqualTo("timed_out");
        assertThat(timedOut.getTextContent()).contains("Hint: Проверьте snapshot.mode = recovery (урок 05).");
    }

    @Test
    void markup_quotes_and_control_characters_in_messages_still_make_well_formed_escaped_xml() throws Exception {
        String raw = junit.render(RendererFixtures.twoLessons());
        Element failure = (Element) testCase(parse(RendererFixtures.twoLessons()), "L04.streaming.insert-update-delete")
                .getElementsByTagName("failure").item(0);

        // escaped in the file, read back as written
        assertThat(raw).doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("\u001b");
        assertThat(failure.getAttribute("message")).isEqualTo(RendererFixtures.HOSTILE_MESSAGE);
        // the ESC of the colour code cannot be in XML 1.0: it is dropped, the rest stays
        assertThat(failure.getTextContent()).contains("Observed: ```\nop = u [31mred[0m\n```");
    }

    private static List<String> counts(Element suite) {
        return List.of(suite.getAttribute("tests"), suite.getAttribute("failures"), suite.getAttribute("errors"),
                suite.getAttribute("skipped"));
    }

    private static Element testCase(Document xml, String checkId) {
        return elements(xml.getElementsByTagName("testcase")).stream()
                .filter(test -> test.getAttribute("name").equals(checkId)).findFirst().orElseThrow();
    }

    private static String outcome(Element testCase) {
        return List.of("failure", "error", "skipped").stream()
                .filter(tag -> testCase.getElementsByTagName(tag).getLength() > 0)
                .reduce((a, b) -> a + "+" + b).orElse("none");
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
