package dev.cdclab.report;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a student sees while the grade runs: a line for each check as it ends (status, id, points,
 * seconds) and a line for each lesson once its last check has ended. Fed the grade's checkpoints
 * (the report as it stands after each change), it prints each check and each lesson once.
 *
 * <pre>{@code
 * ProgressLines progress = new ProgressLines(messages, console);
 * Grader.grade(request, checkpoint -> progress.accept(reports.studentView(checkpoint)));
 * }</pre>
 */
public final class ProgressLines implements Consumer<GradeReport> {
    private final Messages messages;
    private final PrintWriter out;
    private final Set<String> shownChecks = new HashSet<>();
    private final Set<String> shownLessons = new HashSet<>();

    public ProgressLines(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
    }

    @Override
    public synchronized void accept(GradeReport report) {
        for (LessonGrade lesson : report.lessons()) {
            lesson.checks().stream().filter(ProgressLines::ended).filter(check -> shownChecks.add(check.id()))
                    .forEach(check -> out.println(String.format(Locale.ROOT, "  %-4s %-42s %5s/%-5s %s",
                            ConsoleReport.mark(check.status()), check.id(), Points.shown(check.score()),
                            Points.shown(check.maxScore()), messages.get("console.progress.seconds", check.durationMs() / 1000.0))));
            if (!lesson.checks().isEmpty() && lesson.checks().stream().allMatch(ProgressLines::ended)
                    && shownLessons.add(lesson.id())) {
                out.println(messages.get("console.progress.lesson", lesson.id(), Points.shown(lesson.score()),
                        Points.shown(lesson.maxScore())));
            }
        }
        out.flush();
    }

    private static boolean ended(CheckGrade check) {
        return check.status() != CheckStatus.NOT_RUN;
    }
}
