package dev.cdclab.report;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import java.util.List;

/**
 * Hand-made grade reports for the renderers' tests: two lessons, a check in every status,
 * fractional points, the four visibilities, and texts that try to break every format.
 */
final class RendererFixtures {
    /** Quoted in the failed check's message: markup, a table pipe, a line break. */
    static final String HOSTILE_MESSAGE = "Событие <script>alert('x')</script> & co | не пришло\nвторая строка";
    /** Quoted in the failed check's observed value: a Markdown fence and an ESC from a colour code. */
    static final String HOSTILE_OBSERVED = "```\nop = u \u001b[31mred\u001b[0m\n```";

    private RendererFixtures() {
    }

    /** L04 (4/4 passed + 2.5/6 failed = 6.5/10) and L05 (timed out, error, not run: 0/7); 6.5/17 in all. */
    static GradeReport twoLessons() {
        return report(true, lesson04(), lesson05());
    }

    /** The same report, but the lab failed: not gradable. */
    static GradeReport notGradable() {
        return report(false, lesson04(), lesson05());
    }

    /** Only L04: 4/4 and 2.5/6, so 6.5 of 10. */
    static GradeReport lesson04Only() {
        return report(true, lesson04());
    }

    /** Every check passed with full points. */
    static GradeReport fullPoints() {
        CheckGrade passed = check("L04.snapshot.reads-existing-rows", "L04", CheckStatus.PASSED, 4, 4, "visible");
        return report(true, new LessonGrade("L04", "Урок 04 — настройка MySQL connector", 4, 4, List.of(passed)));
    }

    static GradeReport report(boolean gradable, LessonGrade... lessons) {
        double score = List.of(lessons).stream().mapToDouble(LessonGrade::score).sum();
        double max = List.of(lessons).stream().mapToDouble(LessonGrade::maxScore).sum();
        return new GradeReport(GradeReport.SCHEMA, "exercises", "embedded", "ru", gradable, score, max, 18_712,
                List.of(lessons), List.of("database.hostname: адрес курса mysql:3306 заменён на адрес лаборатории 127.0.0.1:34237."));
    }

    static LessonGrade lesson04() {
        CheckGrade snapshot = check("L04.snapshot.reads-existing-rows", "L04", CheckStatus.PASSED, 4, 4, "visible");
        CheckGrade streaming = new CheckGrade("L04.streaming.insert-update-delete",
                "INSERT, UPDATE и DELETE приходят событиями c, u и d", "L04", CheckStatus.FAILED, 2.5, 6, "hidden",
                HOSTILE_MESSAGE, "ровно одно событие с op = u и ключом id = 1001", HOSTILE_OBSERVED,
                "После snapshot коннектор читает binlog (урок 04, «Lab exercise»).", 3_120);
        return new LessonGrade("L04", "Урок 04 — настройка MySQL connector", 6.5, 10, List.of(snapshot, streaming));
    }

    static LessonGrade lesson05() {
        CheckGrade timedOut = new CheckGrade("L05.history.recovery", "Коннектор восстанавливает schema history", "L05",
                CheckStatus.TIMED_OUT, 0, 3, "after_due_date", "Проверка превысила отведённое время (150 с).", null, null,
                "Проверьте snapshot.mode = recovery (урок 05).", 150_000);
        CheckGrade error = new CheckGrade("L05.history.topic", "Topic schema history с одной partition", "L05",
                CheckStatus.ERROR, 0, 2, "after_published", "Сбой лаборатории, а не вашего решения: Kafka не ответила.", null,
                null, "Это не ваша ошибка: запустите оценку ещё раз.", 45);
        CheckGrade notRun = new CheckGrade("L05.history.retention", "Бесконечный retention у schema history", "L05",
                CheckStatus.NOT_RUN, 0, 2, "visible", "Не выполнена: grader остановился раньше этой проверки.", null, null,
                null, 0);
        return new LessonGrade("L05", "Урок 05 — schema history", 0, 7, List.of(timedOut, error, notRun));
    }

    static CheckGrade check(String id, String lesson, CheckStatus status, double score, double max, String visibility) {
        return new CheckGrade(id, "Snapshot читает каждого существующего customer ровно один раз", lesson, status, score, max,
                visibility, null, null, null, null, 2_381);
    }
}
