package dev.cdclab.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grade.GradeReport;
import dev.cdclab.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {
    private final Messages english = Messages.forLanguage("en");
    private final Messages russian = Messages.forLanguage("ru");

    @Test
    void each_lesson_has_a_line_with_its_score_and_each_check_a_row() {
        String console = new ConsoleReport(english).render(SampleReport.of(english, true));
        assertThat(console).startsWith("Grade of exercises (lab: embedded)\n");
        assertThat(console).contains("\nL04  Lesson 04 - MySQL connector setup  4/10\n", "\nL05  Lesson 05  1.5/6\n");
        assertThat(console).containsPattern("\n  ok +L04\\.snapshot\\.reads-existing-rows +4/4 +The snapshot reads every")
                .containsPattern("\n  FAIL +L04\\.streaming\\.insert-update-delete +0/6 ")
                .containsPattern("\n  FAIL +L05\\.recovery\\.partial +1\\.5/3 ")
                .containsPattern("\n  ERR +L05\\.lab\\.error +0/2 ")
                .containsPattern("\n  -- +L05\\.never\\.ran +0/1 ");
    }

    @Test
    void each_lost_check_shows_its_message_expected_observed_and_hint() {
        String console = new ConsoleReport(english).render(SampleReport.of(english, true));
        String lost = console.substring(console.indexOf("Where points were lost:"));
        assertThat(lost).contains("""
                ✗ L04.streaming.insert-update-delete (failed)
                    Expected one update (u) event for id = 1005 on topic mysql.inventory.customers.
                    expected: exactly one event with op = u and key id = 1005
                    observed: 2 event(s): [r {"id":1001},
                       r {"id":1002}]
                    hint: After the snapshot the connector reads the binlog""");
        assertThat(lost).contains("✗ L05.recovery.partial (failed)\n    File lesson04/connector.json has no \"name\"");
        assertThat(lost).contains("✗ L05.lab.error (error)\n    The lab failed, not your submission: MariaDB did not start\n"
                + "    hint: This is not your mistake");
        assertThat(lost).contains("✗ L05.never.ran (not_run)\n    Not run: the grader stopped before this check.\n");
        assertThat(lost).doesNotContain("L04.snapshot.reads-existing-rows");
    }

    @Test
    void the_notes_and_the_total_follow_the_losses() {
        String console = new ConsoleReport(english).render(SampleReport.of(english, true));
        assertThat(console).contains("\nHow the lab ran your artifacts:\n  - " + SampleReport.NOTE + "\n");
        assertThat(console).contains("\nTotal: 5.5 / 16 points (12.3 s). Full report: target/grade/report.html (the data: report.json)\n");
        assertThat(console.indexOf("Where points were lost:")).isLessThan(console.indexOf("How the lab ran"));
    }

    @Test
    void the_not_gradable_banner_shows_only_when_the_lab_failed() {
        assertThat(new ConsoleReport(english).render(SampleReport.of(english, true))).doesNotContain("NOT GRADABLE");
        assertThat(new ConsoleReport(english).render(SampleReport.of(english, false)))
                .endsWith("NOT GRADABLE: the lab failed; this score says nothing about your work. Run the grade again.\n");
    }

    @Test
    void in_russian_every_label_is_russian() {
        String console = new ConsoleReport(russian).render(SampleReport.of(russian, false));
        assertThat(console).startsWith("Оценка exercises (лаборатория: embedded)\n");
        assertThat(console).contains("\nL04  Урок 04 — настройка MySQL connector  4/10\n");
        assertThat(console).contains("\nГде потеряны баллы:\n", "    ожидалось: ровно одно событие с op = u и ключом id = 1005\n",
                "    получено: 2 event(s)", "    подсказка: После snapshot коннектор читает binlog");
        assertThat(console).contains("\nКак лаборатория запустила ваши файлы:\n  - " + SampleReport.NOTE);
        assertThat(console).contains("\nИтого: 5,5 / 16 баллов (12,3 с).");
        assertThat(console).contains("ОЦЕНКА НЕДЕЙСТВИТЕЛЬНА").doesNotContain("expected:", "hint:", "NOT GRADABLE");
    }

    @Test
    void a_report_with_full_points_has_no_section_of_losses() {
        GradeReport full = new GradeReport(GradeReport.SCHEMA, "solutions", "embedded", "en", true, 0, 0, 0,
                List.of(), List.of());
        String console = new ConsoleReport(english).render(full);
        assertThat(console).doesNotContain("Where points were lost:", "How the lab ran");
        assertThat(console).contains("Total: 0 / 0 points (0.0 s)");
    }

    @Test
    void points_are_whole_when_whole_and_one_decimal_otherwise() {
        assertThat(Points.shown(4)).isEqualTo("4");
        assertThat(Points.shown(1.5)).isEqualTo("1.5");
        assertThat(Points.shown(2.25)).isEqualTo("2.3");
    }

    @Test
    void a_check_lost_for_the_same_reason_as_an_earlier_one_refers_to_it_instead_of_repeating_it() {
        dev.cdclab.grade.CheckGrade first = new dev.cdclab.grade.CheckGrade("L04.a", "A", "L04", dev.cdclab.grade.CheckStatus.FAILED,
                0, 2, "visible", "Kafka Connect found 1 error", null, "database.server.id missing", "set it", 10);
        dev.cdclab.grade.CheckGrade second = new dev.cdclab.grade.CheckGrade("L04.b", "B", "L04", dev.cdclab.grade.CheckStatus.FAILED,
                0, 3, "visible", "Kafka Connect found 1 error", null, "database.server.id missing", "set it", 10);
        dev.cdclab.grade.GradeReport report = new dev.cdclab.grade.GradeReport(dev.cdclab.grade.GradeReport.SCHEMA, "exercises",
                "embedded", "en", true, 0, 5, 100,
                java.util.List.of(new dev.cdclab.grade.LessonGrade("L04", "Lesson 04", 0, 5, java.util.List.of(first, second))),
                java.util.List.of());

        String console = new ConsoleReport(english).render(report);

        assertThat(console).containsOnlyOnce("database.server.id missing");
        assertThat(console).contains("✗ L04.b (failed)\n    for the same reason as L04.a");
    }
}
