package dev.cdclab.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** report.html: one page a student opens offline. */
class HtmlReportTest {
    private final HtmlReport russian = new HtmlReport(Messages.forLanguage("ru"));
    private final HtmlReport english = new HtmlReport(Messages.forLanguage("en"));

    @Test
    void the_page_is_self_contained_with_inline_css_and_nothing_to_fetch_or_run() {
        String html = russian.render(RendererFixtures.twoLessons());

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"ru\">").endsWith("</html>\n")
                .contains("<meta charset=\"utf-8\">", "<style>");
        assertThat(html.toLowerCase()).doesNotContain("<script", "<link", "src=", "href=", "url(", "@import", "http:", "https:");
        assertThat(russian.fileName()).isEqualTo("report.html");
    }

    @Test
    void the_header_gives_the_total_and_says_the_grade_is_valid() {
        String html = russian.render(RendererFixtures.twoLessons());

        assertThat(html).contains("<title>Оценка exercises: 6,5 из 17 баллов</title>")
                .contains("<h1>Оценка exercises: 6,5 из 17 баллов</h1>\n<p class=\"banner valid\">Оценка действительна.</p>")
                .doesNotContain("НЕДЕЙСТВИТЕЛЬНА");
    }

    @Test
    void when_the_lab_failed_the_header_warns_that_the_score_is_not_the_students() {
        String html = russian.render(RendererFixtures.notGradable());

        assertThat(html).contains("<p class=\"banner invalid\" role=\"alert\">ОЦЕНКА НЕДЕЙСТВИТЕЛЬНА:")
                .doesNotContain("Оценка действительна.");
    }

    @Test
    void each_lesson_has_a_table_row_per_check_with_points_and_status_in_words() {
        String html = russian.render(RendererFixtures.twoLessons());

        assertThat(html)
                .contains("<h2>L04 Урок 04 — настройка MySQL connector: 6,5 из 10 баллов</h2>")
                .contains("<tr><th>Проверка</th><th>Что проверяется</th><th>Баллы</th><th>Статус</th></tr>")
                .contains("<tr><td>L04.streaming.insert-update-delete</td><td>INSERT, UPDATE и DELETE приходят событиями c, u и d</td>"
                        + "<td class=\"points\">2.5 / 6</td><td class=\"failed\">не пройдена</td></tr>")
                .contains("<td class=\"timed_out\">превышено время</td>", "<td class=\"error\">сбой grader</td>",
                        "<td class=\"not_run\">не выполнена</td>", "<td class=\"passed\">пройдена</td>");
    }

    @Test
    void each_lost_check_shows_message_expected_observed_and_hint_in_preformatted_blocks() {
        String html = russian.render(RendererFixtures.twoLessons());

        String streaming = html.substring(html.indexOf("<h3>L04.streaming.insert-update-delete"));
        streaming = streaming.substring(0, streaming.indexOf("</section>"));
        assertThat(streaming)
                .contains("<p class=\"label\">Что не так</p>\n<pre>Событие &lt;script&gt;")
                .contains("<p class=\"label\">Ожидалось</p>\n<pre>ровно одно событие с op = u и ключом id = 1001</pre>")
                .contains("<p class=\"label\">Получено</p>\n<pre>```\nop = u")
                .contains("<p class=\"label\">Подсказка</p>\n<pre>После snapshot коннектор читает binlog");
        assertThat(html).doesNotContain("<h3>L04.snapshot.reads-existing-rows");
    }

    @Test
    void every_model_string_is_html_escaped_so_a_quoted_script_tag_is_only_text() {
        // GIVEN markup in every string the model carries
        CheckGrade hostile = new CheckGrade("L04.<i>id</i>", "<b>title</b>", "L04", CheckStatus.FAILED, 0, 1, "visible",
                "<script>alert(\"x\")</script>", "<expected>", "<observed>", "<hint>", 1);
        LessonGrade lesson = new LessonGrade("L04", "<u>lesson</u>", 0, 1, List.of(hostile));

        String html = russian.render(RendererFixtures.report(true, lesson));

        assertThat(html).doesNotContain("<script>", "<i>", "<b>", "<u>", "<expected>", "<observed>", "<hint>")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", "L04.&lt;i&gt;id&lt;/i&gt;",
                        "&lt;b&gt;title&lt;/b&gt;", "&lt;u&gt;lesson&lt;/u&gt;", "<pre>&lt;hint&gt;</pre>");
    }

    @Test
    void the_notes_are_listed() {
        String html = russian.render(RendererFixtures.twoLessons());

        assertThat(html).contains("<h2>Как лаборатория запустила ваши файлы</h2>\n<ul>\n<li>database.hostname: адрес курса mysql:3306");
    }

    @Test
    void in_english_the_page_and_its_labels_are_english() {
        String html = english.render(RendererFixtures.twoLessons());

        assertThat(html).contains("<html lang=\"en\">", "<h1>Grade of exercises: 6.5 of 17 points</h1>", "The grade is valid.",
                "<th>What it checks</th>", "<h2>Where points were lost</h2>", "<p class=\"label\">Observed</p>",
                "grading took 18.7 s");
    }
}
