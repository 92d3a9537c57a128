package dev.cdclab.report;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import java.util.List;

/**
 * A grade report made by hand, its texts in one language: lesson L04 (a passed and a failed
 * check, 4 of 10) and lesson L05 (a partly scored, an error and a not run check, 1.5 of 6).
 */
final class SampleReport {
    static final String CONNECTOR = "lesson04/connector.json";
    static final String OBSERVED = "2 event(s): [r {\"id\":1001},\n r {\"id\":1002}]";
    static final String NOTE = "database.hostname: mysql:3306 -> 127.0.0.1:41001";

    private SampleReport() {
    }

    static GradeReport of(Messages messages, boolean gradable) {
        CheckGrade passed = check("L04.snapshot.reads-existing-rows", messages.get("check.L04.snapshot.title"), "L04",
                CheckStatus.PASSED, 4, 4, null, null, null, null);
        String missing = messages.get("events.op.missing", messages.get("op.u"), "id", "1005", "mysql.inventory.customers");
        CheckGrade failed = check("L04.streaming.insert-update-delete", messages.get("check.L04.streaming.title"), "L04",
                CheckStatus.FAILED, 0, 6, missing, messages.get("events.op.expected", "u", "id", "1005"), OBSERVED,
                messages.get("hint.L04.streaming"));
        CheckGrade partial = check("L05.recovery.partial", messages.get("check.L04.snapshot.title"), "L05",
                CheckStatus.FAILED, 1.5, 3, messages.get("connector.json.no-name", CONNECTOR), null, null, null);
        CheckGrade error = check("L05.lab.error", messages.get("check.L04.streaming.title"), "L05",
                CheckStatus.ERROR, 0, 2, messages.get("check.infrastructure", "MariaDB did not start"), null, null,
                messages.get("hint.infrastructure"));
        CheckGrade notRun = check("L05.never.ran", messages.get("check.L04.streaming.title"), "L05",
                CheckStatus.NOT_RUN, 0, 1, messages.get("check.not-run"), null, null, null);
        List<LessonGrade> lessons = List.of(
                new LessonGrade("L04", messages.get("lesson.L04.title"), 4, 10, List.of(passed, failed)),
                new LessonGrade("L05", "Lesson 05", 1.5, 6, List.of(partial, error, notRun)));
        return new GradeReport(GradeReport.SCHEMA, "exercises", "embedded", messages.language(), gradable,
                5.5, 16, 12_345, lessons, List.of(NOTE));
    }

    private static CheckGrade check(String id, String title, String lesson, CheckStatus status, double score, double max,
                                    String message, String expected, String observed, String hint) {
        return new CheckGrade(id, title, lesson, status, score, max, "visible", message, expected, observed, hint, 250);
    }
}
