package dev.cdclab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format of a grade lands in the report folder, and the summary on GitHub's step summary page. */
class ReportWriterTest {
    @TempDir
    Path folder;

    private final ReportWriter reports = new ReportWriter(Messages.forLanguage("ru"));

    @Test
    void write_all_writes_the_ten_report_files_into_the_folder() throws IOException {
        reports.writeAll(folder, RendererFixtures.twoLessons());

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("report.json", "console.txt",
                    "summary.md", "results.json", "report.html", "junit.xml", "result.json",
                    "release-body.md", "annotations.txt", "prairielearn-results.json");
        }
        assertThat(Files.readString(folder.resolve("summary.md"))).startsWith("## Оценка exercises: 6,5 из 17 баллов");
    }

    @Test
    void the_summary_is_appended_to_the_step_summary_after_what_earlier_steps_wrote() throws IOException {
        // GIVEN a step summary file an earlier step already wrote to
        Path stepSummary = folder.resolve("step_summary.md");
        Files.writeString(stepSummary, "## Build\n\nok\n", StandardCharsets.UTF_8);
        GradeReport report = RendererFixtures.twoLessons();

        // WHEN the grade appends its summary
        reports.appendStepSummary(stepSummary, report);

        // THEN both are there, the earlier text first
        assertThat(Files.readString(stepSummary))
                .isEqualTo("## Build\n\nok\n" + new MarkdownSummary(Messages.forLanguage("ru")).render(reports.studentView(report)));
    }

    @Test
    void what_students_read_shows_hidden_checks_by_their_points_only_while_report_json_and_results_json_keep_everything()
            throws IOException {
        // GIVEN a report whose failed L04 check is hidden (and two L05 checks are after_due_date, after_published)
        reports.writeAll(folder, RendererFixtures.twoLessons());
        String hiddenId = "L04.streaming.insert-update-delete";
        String hiddenText = "ровно одно событие с op = u";

        // THEN the student-facing files name it only as a hidden check, with its points
        for (String file : List.of("console.txt", "summary.md", "report.html", "junit.xml", "result.json",
                "release-body.md", "annotations.txt", "prairielearn-results.json")) {
            assertThat(Files.readString(folder.resolve(file))).as(file)
                    .doesNotContain(hiddenId, hiddenText, "L05.history.recovery", "L05.history.topic")
                    .contains("L04.hidden-1");
        }
        assertThat(Files.readString(folder.resolve("prairielearn-results.json"))).contains("\"points\" : 2.5");
        assertThat(Files.readString(folder.resolve("summary.md"))).contains("| L04.hidden-1 | скрытая проверка");
        // AND the files for tools and for Gradescope (which applies visibility itself) keep every detail
        for (String file : List.of("report.json", "results.json")) {
            assertThat(Files.readString(folder.resolve(file))).as(file).contains(hiddenId, hiddenText, "L05.history.topic");
        }
    }

    @Test
    void one_format_that_cannot_be_written_does_not_keep_the_others_from_being_written() throws IOException {
        // GIVEN summary.md is taken by a non-empty folder, so it cannot be replaced
        Files.createDirectories(folder.resolve("summary.md").resolve("taken"));

        // WHEN every format is written, THEN the failure names that file
        assertThatThrownBy(() -> reports.writeAll(folder, RendererFixtures.twoLessons()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("summary.md");
        // AND the formats before and after it in the list are written all the same
        assertThat(folder.resolve("report.json")).isRegularFile();
        assertThat(folder.resolve("results.json")).isRegularFile();
        assertThat(folder.resolve("junit.xml")).isRegularFile();
    }

    @Test
    void a_check_with_no_title_and_no_feedback_renders_without_null_in_the_summaries_and_graders_files() throws IOException {
        // GIVEN a check whose optional texts are all null
        CheckGrade bare = new CheckGrade("L04.bare", null, "L04", CheckStatus.FAILED, 0, 1, null, null, null, null, null, 0);
        GradeReport report = RendererFixtures.report(true, new LessonGrade("L04", null, 0, 1, List.of(bare)));
        Messages messages = Messages.forLanguage("ru");

        // WHEN each format added for the graders renders it (report.json keeps null by its schema; console.txt is older)
        for (ReportFormat format : List.of(new MarkdownSummary(messages), new GradescopeResults(messages),
                new HtmlReport(messages), new JunitXmlReport(messages), new PrairieLearnResults(messages),
                new Classroom50ReleaseBody(messages), new ActionsAnnotations(messages, folder),
                new Classroom50Result(messages, name -> null, java.time.Clock.systemUTC()))) {
            String rendered = format.render(report);
            // THEN none fails, each names the check, and none prints "null"
            assertThat(rendered).as(format.fileName()).contains("L04.bare").doesNotContain("null");
        }
    }
}
