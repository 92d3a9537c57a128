package dev.cdclab.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overview at the top of report.html: a bar per lesson, a timeline of the checks. */
class HtmlOverviewTest {
    private final HtmlReport english = new HtmlReport(Messages.forLanguage("en"));

    @Test
    void eachLessonHasABarAsLongAsItsShareOfThePoints() {
        String html = english.render(report(
                new LessonGrade("L04", "Lesson 04", 4, 10, List.of(check("L04.a", CheckStatus.PASSED, 4, 4, 3_000),
                        check("L04.b", CheckStatus.FAILED, 0, 6, 1_000))),
                new LessonGrade("L05", "Lesson 05", 0, 0, List.of())));

        assertThat(html).contains("<h2>Overview</h2>")
                .contains("<span>L04</span><span class=\"bar\"><span class=\"fill\" style=\"width:40.0%\"></span></span><span>4 / 10</span>")
                .contains("<span>L05</span><span class=\"bar\"><span class=\"fill\" style=\"width:0.0%\"></span></span>");
    }

    @Test
    void theTimelineShowsTheChecksInOrderAsWideAsTheirTimeColouredByStatus() {
        String html = english.render(report(new LessonGrade("L04", "Lesson 04", 4, 10, List.of(
                check("L04.a", CheckStatus.PASSED, 4, 4, 3_000), check("L04.b", CheckStatus.FAILED, 0, 6, 1_000)))));

        assertThat(html).contains("(4.0 s in all)")
                .containsSubsequence("<span class=\"passed\" style=\"width:75.0%\" title=\"L04.a: 3.0 s, passed\">",
                        "<span class=\"failed\" style=\"width:25.0%\" title=\"L04.b: 1.0 s, failed\">");
        assertThat(html.indexOf("class=\"timeline\"")).isLessThan(html.indexOf("<table>"));
    }

    @Test
    void aCheckIdWithMarkupIsEscapedInItsTitle() {
        String html = english.render(report(new LessonGrade("L04", "Lesson 04", 0, 1, List.of(
                check("L04.<b>\"x\"", CheckStatus.ERROR, 0, 1, 10)))));

        assertThat(html).contains("title=\"L04.&lt;b&gt;&quot;x&quot;: 0.0 s").doesNotContain("L04.<b>");
    }

    @Test
    void percentagesAreWrittenWithADotWhateverTheLocaleAndStayWithinTheBar() {
        assertThat(HtmlOverview.percent(1, 3)).isEqualTo("33.3");
        assertThat(HtmlOverview.percent(5, 0)).isEqualTo("0.0");
        assertThat(HtmlOverview.percent(7, 5)).isEqualTo("100.0");
    }

    private static CheckGrade check(String id, CheckStatus status, double score, double max, long ms) {
        return new CheckGrade(id, "title", "L04", status, score, max, "visible", null, null, null, null, ms);
    }

    private static GradeReport report(LessonGrade... lessons) {
        return new GradeReport(GradeReport.SCHEMA, "exercises", "embedded", "en", true, 4, 10, 5_000, List.of(lessons), List.of());
    }
}
