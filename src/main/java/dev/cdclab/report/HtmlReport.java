package dev.cdclab.report;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import java.util.List;

/**
 * {@code report.html}: the grade as one self-contained page a student opens offline (inline CSS,
 * no script, nothing fetched): the total and whether the grade is valid, an overview (a bar per lesson
 * and a timeline of the checks, {@link HtmlOverview}), a table per lesson, then
 * each lost check with what went wrong, what was expected and seen and the hint.
 *
 * <pre>{@code
 * new HtmlReport(Messages.forLanguage("en")).writeTo(Path.of("target/grade"), report);
 * }</pre>
 *
 * <p>Every string from the model passes through {@link #escape}: a message quoting
 * {@code <script>} shows as text.
 */
public final class HtmlReport implements ReportFormat {
    private static final String STYLE = """
            body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
            h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem;margin-bottom:.3rem}
            table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa}td.points{text-align:right;white-space:nowrap}
            .passed{color:#1a7f37}.failed,.timed_out{color:#cf222e}.error{color:#9a6700}.not_run{color:#59636e}
            .banner{padding:.8rem 1rem;border-radius:6px;font-weight:600}
            .valid{background:#dafbe1}.invalid{background:#ffebe9;border:2px solid #cf222e}
            pre{background:#f6f8fa;padding:.6rem;border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere;margin:.2rem 0 .8rem}
            .label{font-weight:600;margin:0}.run{color:#59636e}
            """;

    private final Messages messages;

    public HtmlReport(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String fileName() {
        return "report.html";
    }

    @Override
    public String render(GradeReport report) {
        String heading = ReportTexts.heading(report, messages);
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(messages.language())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(heading)).append("</title>\n<style>\n").append(STYLE).append(HtmlOverview.STYLE)
                .append("</style>\n")
                .append("</head>\n<body>\n<h1>").append(escape(heading)).append("</h1>\n");
        if (report.gradable()) {
            out.append("<p class=\"banner valid\">").append(escape(messages.get("report.gradable"))).append("</p>\n");
        } else {
            out.append("<p class=\"banner invalid\" role=\"alert\">").append(escape(messages.get("report.not-gradable"))).append("</p>\n");
        }
        out.append("<p class=\"run\">").append(escape(ReportTexts.run(report, messages))).append("</p>\n");
        HtmlOverview.appendTo(out, report, messages);
        report.lessons().forEach(lesson -> appendLesson(out, lesson));
        List<CheckGrade> lost = ReportTexts.lost(report);
        if (!lost.isEmpty()) {
            out.append("<h2>").append(escape(messages.get("report.lost"))).append("</h2>\n");
            lost.forEach(check -> appendLoss(out, check));
        }
        if (!report.notes().isEmpty()) {
            out.append("<h2>").append(escape(messages.get("report.notes"))).append("</h2>\n<ul>\n");
            report.notes().forEach(note -> out.append("<li>").append(escape(note)).append("</li>\n"));
            out.append("</ul>\n");
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private void appendLesson(StringBuilder out, LessonGrade lesson) {
        out.append("<h2>").append(escape(ReportTexts.lessonHeading(lesson, messages))).append("</h2>\n<table>\n<tr>");
        ReportTexts.columns(messages).forEach(column -> out.append("<th>").append(escape(column)).append("</th>"));
        out.append("</tr>\n");
        for (CheckGrade check : lesson.checks()) {
            out.append("<tr><td>").append(escape(check.id())).append("</td><td>").append(escape(check.title()))
                    .append("</td><td class=\"points\">").append(ReportTexts.points(check))
                    .append("</td><td class=\"").append(check.status().wire()).append("\">")
                    .append(escape(ReportTexts.statusWord(check.status(), messages))).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private void appendLoss(StringBuilder out, CheckGrade check) {
        out.append("<section>\n<h3>").append(escape(ReportTexts.name(check))).append("</h3>\n<p class=\"")
                .append(check.status().wire()).append("\">")
                .append(escape(ReportTexts.lostPointsLine(check, messages))).append("</p>\n");
        for (ReportTexts.Field field : ReportTexts.fields(check, messages)) {
            out.append("<p class=\"label\">").append(escape(field.label())).append("</p>\n<pre>")
                    .append(escape(field.value())).append("</pre>\n");
        }
        out.append("</section>\n");
    }

    /** Text as HTML content or a quoted attribute value: {@code & < > " '} as entities. */
    static String escape(String text) {
        return Escaping.replace(text, Escaping::htmlEntity);
    }
}
