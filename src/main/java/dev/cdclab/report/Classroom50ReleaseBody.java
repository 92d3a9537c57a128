package dev.cdclab.report;

import dev.cdclab.grade.GradeReport;
import dev.cdclab.i18n.Messages;

/**
 * {@code release-body.md}: the Markdown feedback Classroom 50 puts on the submission's Release —
 * the same text as {@code summary.md} ({@link MarkdownSummary}), and first, when some check's
 * points are not whole, a line saying that {@code result.json} (whole points only) records them
 * rounded down and this page has the exact ones.
 *
 * <pre>{@code
 * new Classroom50ReleaseBody(messages).writeTo(Path.of("target/grade"), studentView);
 * }</pre>
 */
public final class Classroom50ReleaseBody implements ReportFormat {
    private final Messages messages;
    private final MarkdownSummary summary;

    public Classroom50ReleaseBody(Messages messages) {
        this.messages = messages;
        this.summary = new MarkdownSummary(messages);
    }

    @Override
    public String fileName() {
        return "release-body.md";
    }

    @Override
    public String render(GradeReport report) {
        String body = summary.render(report);
        return Classroom50Result.rounds(report) ? "> " + messages.get("report.classroom50.rounded") + "\n\n" + body : body;
    }
}
