package dev.cdclab.report;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import java.util.Arrays;
import java.util.List;

/**
 * {@code summary.md}: the grade as GitHub-flavoured Markdown for {@code $GITHUB_STEP_SUMMARY},
 * where a student reads the true breakdown (the Classroom reporter's own table shows passed
 * tests, not points). A heading with the total (and right under it the not-gradable warning when
 * the lab failed), a table per lesson, then each lost check with what went wrong, what was
 * expected and seen and the hint; then the notes.
 *
 * <pre>{@code
 * String markdown = new MarkdownSummary(Messages.forLanguage("ru")).render(report);
 * Files.writeString(Path.of(System.getenv("GITHUB_STEP_SUMMARY")), markdown, StandardOpenOption.APPEND);
 * }</pre>
 *
 * <p>Every model string is shown as written, never as markup: HTML specials become entities,
 * Markdown punctuation is escaped, and inside table cells a {@code |} is escaped and a line break
 * becomes {@code <br>}. Expected and observed values, and any text of several lines, go in fenced
 * code blocks whose fence is longer than any run of backticks in the text.
 */
public final class MarkdownSummary implements ReportFormat {
    /** What Markdown would read as inline markup (code, emphasis, links, strike-through), or an escape. */
    private static final String MARKDOWN_PUNCTUATION = "\\`*_[]~";

    private final Messages messages;

    public MarkdownSummary(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String fileName() {
        return "summary.md";
    }

    @Override
    public String render(GradeReport report) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(inline(ReportTexts.heading(report, messages))).append("\n\n");
        if (!report.gradable()) {
            out.append("> **").append(inline(messages.get("report.not-gradable"))).append("**\n\n");
        }
        out.append(inline(ReportTexts.run(report, messages))).append("\n\n");
        report.lessons().forEach(lesson -> appendLesson(out, lesson));
        List<CheckGrade> lost = ReportTexts.lost(report);
        if (!lost.isEmpty()) {
            out.append("### ").append(inline(messages.get("report.lost"))).append("\n\n");
            lost.forEach(check -> appendLoss(out, check));
        }
        if (!report.notes().isEmpty()) {
            out.append("### ").append(inline(messages.get("report.notes"))).append("\n\n");
            report.notes().forEach(note -> out.append("- ").append(inline(note)).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    private void appendLesson(StringBuilder out, LessonGrade lesson) {
        out.append("### ").append(inline(ReportTexts.lessonHeading(lesson, messages))).append("\n\n");
        out.append(row(ReportTexts.columns(messages)));
        out.append("|---|---|--:|---|\n");
        for (CheckGrade check : lesson.checks()) {
            out.append(row(Arrays.asList(check.id(), check.title(), ReportTexts.points(check),
                    ReportTexts.statusWord(check.status(), messages))));
        }
        out.append('\n');
    }

    private void appendLoss(StringBuilder out, CheckGrade check) {
        out.append("#### ").append(inline(ReportTexts.name(check))).append("\n\n");
        out.append(inline(ReportTexts.lostPointsLine(check, messages))).append("\n\n");
        for (ReportTexts.Field field : ReportTexts.fields(check, messages)) {
            out.append("**").append(inline(field.label())).append(":**");
            if (field.kind().quoted() || field.value().contains("\n")) {
                out.append("\n\n").append(fenced(field.value())).append('\n');
            } else {
                out.append(' ').append(inline(field.value())).append("\n\n");
            }
        }
    }

    private static String row(List<String> cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            row.append(' ').append(cell(cell)).append(" |");
        }
        return row.append('\n').toString();
    }

    /** A table cell: inline text whose pipes and line breaks cannot break the table. */
    static String cell(String text) {
        return inline(text).replace("|", "\\|").replace("\r\n", "\n").replace('\r', '\n').replace("\n", "<br>");
    }

    /**
     * Text in running Markdown, shown as written: HTML specials become entities (a message can never
     * inject markup) and Markdown's inline punctuation is backslash-escaped ({@code ON *.*} stays as is).
     */
    static String inline(String text) {
        return Escaping.replace(text, c -> MARKDOWN_PUNCTUATION.indexOf(c) >= 0 ? "\\" + c
                : c == '&' || c == '<' || c == '>' ? Escaping.htmlEntity(c) : null);
    }

    /** A fenced code block longer than any backtick run of the text, so the text cannot close it. */
    static String fenced(String text) {
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "text\n" + text + "\n" + fence + "\n";
    }
}
