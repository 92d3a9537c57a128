package dev.cdclab.grade;

import java.util.ArrayList;
import java.util.List;

/**
 * What a student may see of a report: checks whose visibility is not {@code visible} keep their
 * points but lose their id, title and every text, so a console or a summary never tells what a
 * hidden check tests. {@code report.json} and Gradescope's {@code results.json} (which applies
 * visibility itself) keep everything.
 *
 * <pre>{@code GradeReport shown = StudentView.of(report, messages.get("check.hidden.title")); }</pre>
 */
public final class StudentView {
    /** The id a hidden check shows under: its number among the hidden checks of its lesson. */
    static final String HIDDEN_ID = "%s.hidden-%d";

    private StudentView() {
    }

    public static GradeReport of(GradeReport report, String hiddenTitle) {
        List<LessonGrade> lessons = report.lessons().stream().map(lesson -> {
            List<CheckGrade> checks = new ArrayList<>();
            int hidden = 0;
            for (CheckGrade check : lesson.checks()) {
                if ("visible".equals(check.visibility())) {
                    checks.add(check);
                } else {
                    hidden++;
                    checks.add(new CheckGrade(String.format(HIDDEN_ID, lesson.id(), hidden), hiddenTitle, check.lesson(),
                            check.status(), check.score(), check.maxScore(), check.visibility(),
                            null, null, null, null, check.durationMs()));
                }
            }
            return new LessonGrade(lesson.id(), lesson.title(), lesson.score(), lesson.maxScore(), checks);
        }).toList();
        return new GradeReport(report.schema(), report.submission(), report.backend(), report.language(),
                report.gradable(), report.score(), report.maxScore(), report.durationMs(), lessons, report.notes());
    }
}
