package dev.cdclab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code prairielearn-results.json}: the grade as PrairieLearn's external grader wants it in
 * {@code /grade/results/results.json} — {@code score} as a fraction 0..1, {@code gradable},
 * a top-level {@code message}, and one test per check with {@code name}, {@code points},
 * {@code max_points}, {@code message} (what went wrong) and {@code output} (expected, observed,
 * hint). The image's entrypoint copies it there ({@code prairielearn/run.sh}).
 *
 * <pre>{@code
 * new PrairieLearnResults(messages).writeTo(Path.of("target/grade"), studentView);
 * }</pre>
 *
 * <p>PrairieLearn refuses a results file over 1 MB, so each test's texts are cut to an equal share
 * of {@value #BUDGET_BYTES} bytes (whole characters, marked as cut); the names, points and totals
 * are never cut. A report that is not gradable is {@code gradable: false}, and PrairieLearn then
 * records no score for the student.
 */
public final class PrairieLearnResults implements ReportFormat {
    /** What the tests' texts may take together, leaving room under 1 MB for the JSON around them. */
    static final int BUDGET_BYTES = 900_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Messages messages;

    public PrairieLearnResults(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String fileName() {
        return "prairielearn-results.json";
    }

    @Override
    public String render(GradeReport report) {
        List<CheckGrade> checks = ReportTexts.all(report);
        int share = BUDGET_BYTES / Math.max(1, 2 * checks.size());
        String heading = ReportTexts.heading(report, messages);
        ObjectNode root = JSON.createObjectNode()
                .put("gradable", report.gradable())
                .put("score", report.maxScore() > 0 ? Math.min(1.0, Math.max(0.0, report.score() / report.maxScore())) : 0.0)
                .put("message", report.gradable() ? heading : messages.get("report.not-gradable") + "\n\n" + heading);
        ArrayNode tests = root.putArray("tests");
        for (CheckGrade check : checks) {
            tests.addObject()
                    .put("name", ReportTexts.name(check))
                    .put("points", check.score())
                    .put("max_points", check.maxScore())
                    .put("message", cut(nonNull(check.message()), share))
                    .put("output", cut(output(check), share));
        }
        return root.toPrettyString() + "\n";
    }

    /** Expected, observed and hint, each with its label (the message goes in {@code message}). */
    private String output(CheckGrade check) {
        StringBuilder out = new StringBuilder();
        ReportTexts.fields(check, messages).stream().filter(field -> field.kind() != ReportTexts.Kind.MESSAGE)
                .forEach(field -> out.append(field.label()).append(": ").append(field.value()).append('\n'));
        return out.toString().strip();
    }

    /** {@code text} if its UTF-8 fits {@code bytes}, else its longest prefix of whole characters that does, and the mark. */
    String cut(String text, int bytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= bytes) {
            return text;
        }
        String mark = "\n" + messages.get("report.truncated");
        int room = Math.max(0, bytes - mark.getBytes(StandardCharsets.UTF_8).length);
        int end = 0;
        int used = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > room) {
                break;
            }
            used += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end) + mark;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text.strip();
    }
}
