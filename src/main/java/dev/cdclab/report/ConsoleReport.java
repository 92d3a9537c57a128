package dev.cdclab.report;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * What a student reads in the terminal: a compact table per lesson, then each lost point with
 * its message (once per reason: a later check lost for the same reason refers to the first), what was expected and seen, and the hint.
 */
public final class ConsoleReport implements ReportFormat {
    private final Messages messages;

    public ConsoleReport(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String fileName() {
        return "console.txt";
    }

    @Override
    public String render(GradeReport report) {
        StringBuilder out = new StringBuilder();
        out.append(messages.get("console.header", report.submission(), report.backend())).append('\n');
        for (LessonGrade lesson : report.lessons()) {
            out.append('\n').append(String.format(Locale.ROOT, "%s  %s  %s/%s%n", lesson.id(), lesson.title(),
                    Points.shown(lesson.score()), Points.shown(lesson.maxScore())));
            for (CheckGrade check : lesson.checks()) {
                out.append(String.format(Locale.ROOT, "  %-4s %-42s %5s/%-5s %s%n", mark(check.status()), check.id(),
                        Points.shown(check.score()), Points.shown(check.maxScore()), check.title()));
            }
        }
        List<CheckGrade> lost = ReportTexts.lost(report);
        if (!lost.isEmpty()) {
            out.append('\n').append(messages.get("console.lost")).append('\n');
            java.util.Map<String, String> firstWithSameFeedback = new java.util.HashMap<>();
            lost.forEach(check -> {
                String first = firstWithSameFeedback.putIfAbsent(feedback(check), check.id());
                if (first == null) {
                    appendLoss(out, check);
                } else {
                    out.append("\n✗ ").append(check.id()).append(" (").append(check.status().wire()).append(")\n    ")
                            .append(messages.get("console.same-as", first)).append('\n');
                }
            });
        }
        if (!report.notes().isEmpty()) {
            out.append('\n').append(messages.get("console.notes")).append('\n');
            report.notes().forEach(note -> out.append("  - ").append(note).append('\n'));
        }
        out.append('\n').append(messages.get("console.total", Points.count(report.score()), Points.count(report.maxScore()),
                report.durationMs() / 1000.0)).append('\n');
        if (!report.gradable()) {
            out.append(messages.get("console.not-gradable")).append('\n');
        }
        return out.toString();
    }

    /** What a student reads about a lost check: equal for checks that failed for one reason. */
    private static String feedback(CheckGrade check) {
        return check.status() + "\n" + check.message() + "\n" + check.expected() + "\n" + check.observed() + "\n" + check.hint();
    }

    private void appendLoss(StringBuilder out, CheckGrade check) {
        out.append("\n✗ ").append(check.id()).append(" (").append(check.status().wire()).append(")\n");
        appendField(out, null, check.message());
        appendField(out, messages.get("console.expected"), check.expected());
        appendField(out, messages.get("console.observed"), check.observed());
        appendField(out, messages.get("console.hint"), check.hint());
    }

    private static void appendField(StringBuilder out, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String indent = "    ";
        String text = value.strip().replace("\n", "\n" + indent + "  ");
        out.append(indent).append(label == null ? "" : label + ": ").append(text).append('\n');
    }

    static String mark(CheckStatus status) {
        return switch (status) {
            case PASSED -> "ok";
            case FAILED -> "FAIL";
            case TIMED_OUT -> "TIME";
            case ERROR -> "ERR";
            case NOT_RUN -> "--";
        };
    }
}
