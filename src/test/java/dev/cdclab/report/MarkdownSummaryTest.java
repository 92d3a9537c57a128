package dev.cdclab.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** summary.md: what a student reads on the GitHub Actions step summary page. */
class MarkdownSummaryTest {
    private final MarkdownSummary russian = new MarkdownSummary(Messages.forLanguage("ru"));
    private final MarkdownSummary english = new MarkdownSummary(Messages.forLanguage("en"));

    @Test
    void the_summary_starts_with_a_heading_that_gives_the_submission_and_the_fractional_total() {
        String markdown = russian.render(RendererFixtures.twoLessons());

        assertThat(markdown).startsWith("## Оценка exercises: 6,5 из 17 баллов\n");
        assertThat(russian.fileName()).isEqualTo("summary.md");
    }

    @Test
    void each_lesson_has_a_table_with_one_row_per_check_its_points_and_its_status_in_words() {
        String markdown = russian.render(RendererFixtures.twoLessons());

        assertThat(markdown)
                .contains("### L04 Урок 04 — настройка MySQL connector: 6,5 из 10 баллов")
                .contains("### L05 Урок 05 — schema history: 0 из 7 баллов")
                .contains("| Проверка | Что проверяется | Баллы | Статус |")
                .contains("| L04.snapshot.reads-existing-rows | Snapshot читает каждого существующего customer ровно один раз | 4 / 4 | пройдена |")
                .contains("| L04.streaming.insert-update-delete | INSERT, UPDATE и DELETE приходят событиями c, u и d | 2.5 / 6 | не пройдена |")
                .contains("| L05.history.recovery | Коннектор восстанавливает schema history | 0 / 3 | превышено время |")
                .contains("| L05.history.topic | Topic schema history с одной partition | 0 / 2 | сбой grader |")
                .contains("| L05.history.retention | Бесконечный retention у schema history | 0 / 2 | не выполнена |");
        // status words only: no emoji, no check marks
        assertThat(markdown).doesNotContain("✓", "✗", "❌", "✅");
    }

    @Test
    void a_pipe_or_a_line_break_in_a_title_cannot_break_the_table() {
        // GIVEN a check whose title has a pipe and a line break
        CheckGrade awkward = new CheckGrade("L04.awkward", "a | b\nc", "L04", CheckStatus.PASSED, 1, 1, "visible",
                null, null, null, null, 1);
        LessonGrade lesson = new LessonGrade("L04", "Урок 04", 1, 1, List.of(awkward));

        // WHEN it is rendered
        String markdown = russian.render(RendererFixtures.report(true, lesson));

        // THEN the row stays one line of four cells
        String row = markdown.lines().filter(line -> line.startsWith("| L04.awkward")).findFirst().orElseThrow();
        assertThat(row).isEqualTo("| L04.awkward | a \\| b<br>c | 1 / 1 | пройдена |");
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(5);
    }

    @Test
    void each_lost_check_has_a_section_with_its_points_message_expected_observed_and_hint() {
        String markdown = russian.render(RendererFixtures.twoLessons());

        String lost = markdown.substring(markdown.indexOf("### Где потеряны баллы"));
        assertThat(lost)
                .contains("#### L04.streaming.insert-update-delete — INSERT, UPDATE и DELETE приходят событиями c, u и d")
                .contains("2,5 из 6 баллов, статус: не пройдена")
                .contains("**Что не так:**")
                .contains("**Ожидалось:**\n\n```text\nровно одно событие с op = u и ключом id = 1001\n```")
                .contains("**Подсказка:** После snapshot коннектор читает binlog (урок 04, «Lab exercise»).")
                .contains("#### L05.history.recovery", "#### L05.history.topic", "#### L05.history.retention");
        // the passed check loses nothing and gets no section
        assertThat(lost).doesNotContain("#### L04.snapshot.reads-existing-rows");
    }

    @Test
    void markup_in_a_table_cell_or_in_prose_is_shown_as_text_never_as_html() {
        // GIVEN a check whose title and one-line message quote HTML
        CheckGrade hostile = new CheckGrade("L04.hostile", "<img src=x onerror=alert(1)>", "L04", CheckStatus.FAILED, 0, 1,
                "visible", "<script>alert(1)</script>", null, null, null, 1);
        LessonGrade lesson = new LessonGrade("L04", "Урок 04", 0, 1, List.of(hostile));

        String markdown = russian.render(RendererFixtures.report(true, lesson));

        // THEN both are entities: GitHub shows them as written
        assertThat(markdown).doesNotContain("<script>", "<img")
                .contains("| L04.hostile | &lt;img src=x onerror=alert(1)&gt; |")
                .contains("**Что не так:** &lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void a_message_of_several_lines_is_quoted_verbatim_in_a_code_block() {
        String markdown = russian.render(RendererFixtures.twoLessons());

        // inside a fence Markdown shows text as it is, so nothing is escaped there
        assertThat(markdown).contains("**Что не так:**\n\n```text\n" + RendererFixtures.HOSTILE_MESSAGE + "\n```\n");
    }

    @Test
    void markdown_punctuation_in_prose_is_escaped_so_it_reads_as_written() {
        assertThat(MarkdownSummary.inline("GRANT ... ON *.* TO `debezium` [x] binlog_row_image"))
                .isEqualTo("GRANT ... ON \\*.\\* TO \\`debezium\\` \\[x\\] binlog\\_row\\_image");
    }

    @Test
    void a_fence_quoted_in_an_observed_value_cannot_close_its_code_block() {
        String markdown = russian.render(RendererFixtures.twoLessons());

        // the observed value holds ``` itself, so its block is fenced with four backticks
        assertThat(markdown).contains("**Получено:**\n\n````text\n```\nop = u");
        assertThat(MarkdownSummary.fenced("a ````` b")).startsWith("``````text\n").endsWith("\n``````\n");
    }

    @Test
    void the_notes_are_listed_and_a_gradable_report_has_no_warning() {
        String markdown = russian.render(RendererFixtures.twoLessons());

        assertThat(markdown).contains("### Как лаборатория запустила ваши файлы\n\n- database.hostname: адрес курса mysql:3306")
                .doesNotContain("НЕДЕЙСТВИТЕЛЬНА");
    }

    @Test
    void a_report_that_is_not_gradable_warns_right_under_the_heading() {
        String markdown = russian.render(RendererFixtures.notGradable());

        assertThat(markdown.lines().toList().subList(0, 3))
                .containsExactly("## Оценка exercises: 6,5 из 17 баллов", "", "> **ОЦЕНКА НЕДЕЙСТВИТЕЛЬНА: сбой лаборатории"
                        + " или самого grader, а не вашего решения. Этот балл ничего не говорит о вашей работе: запустите оценку"
                        + " ещё раз, а если сбой повторится, сообщите преподавателю.**");
    }

    @Test
    void in_english_the_labels_are_english() {
        String markdown = english.render(RendererFixtures.twoLessons());

        assertThat(markdown).startsWith("## Grade of exercises: 6.5 of 17 points")
                .contains("| Check | What it checks | Points | Status |", "| 0 / 2 | not run |", "### Where points were lost",
                        "**Expected:**", "**Observed:**", "**Hint:**", "2.5 of 6 points, status: failed");
    }
}
