package dev.cdclab.report;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The top of {@code report.html}, for a student who would rather look than read: a bar per lesson
 * (its share of the points) and a timeline of the checks in the order they ran, each as wide as
 * the time it took and coloured by how it ended. CSS only: no script, nothing fetched.
 */
final class HtmlOverview {
    static final String STYLE = """
            .overview{display:grid;grid-template-columns:4rem 1fr 5rem;gap:.3rem .6rem;align-items:center}
            .bar{background:#eaeef2;border-radius:4px;height:1rem;overflow:hidden}.fill{display:block;height:100%;background:#1a7f37}
            .timeline{display:flex;height:1.4rem;border-radius:4px;overflow:hidden;background:#eaeef2}
            .timeline span{display:block;min-width:2px;border-right:1px solid #fff}
            .timeline .passed{background:#1a7f37}.timeline .failed,.timeline .timed_out{background:#cf222e}
            .timeline .error{background:#9a6700}.timeline .not_run{background:#8c959f}
            """;

    private HtmlOverview() {
    }

    static void appendTo(StringBuilder out, GradeReport report, Messages messages) {
        out.append("<h2>").append(HtmlReport.escape(messages.get("report.overview"))).append("</h2>\n<div class=\"overview\">\n");
        for (LessonGrade lesson : report.lessons()) {
            out.append("<span>").append(HtmlReport.escape(lesson.id())).append("</span><span class=\"bar\"><span class=\"fill\" style=\"width:")
                    .append(percent(lesson.score(), lesson.maxScore())).append("%\"></span></span><span>")
                    .append(Points.shown(lesson.score())).append(" / ").append(Points.shown(lesson.maxScore())).append("</span>\n");
        }
        out.append("</div>\n");
        List<CheckGrade> checks = report.lessons().stream().flatMap(lesson -> lesson.checks().stream()).toList();
        long total = checks.stream().mapToLong(CheckGrade::durationMs).sum();
        if (total <= 0) {
            return;
        }
        out.append("<h3>").append(HtmlReport.escape(messages.get("report.timeline", total / 1000.0))).append("</h3>\n<div class=\"timeline\">");
        for (CheckGrade check : checks) {
            out.append("<span class=\"").append(check.status().wire()).append("\" style=\"width:")
                    .append(percent(check.durationMs(), total)).append("%\" title=\"")
                    .append(HtmlReport.escape(messages.get("report.timeline.check", check.id(), check.durationMs() / 1000.0,
                            ReportTexts.statusWord(check.status(), messages))))
                    .append("\"></span>");
        }
        out.append("</div>\n");
    }

    /** {@code part} of {@code whole} in percent with one decimal, as CSS wants it (a dot, never a comma). */
    static String percent(double part, double whole) {
        double share = whole <= 0 ? 0 : Math.max(0, Math.min(100, part * 100 / whole));
        return String.format(Locale.ROOT, "%.1f", share);
    }
}
