package dev.cdclab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code classroom-result.txt}: the base64 of the runner payload GitHub Classroom's
 * {@code autograding-grading-reporter} reads from {@code <STEP-ID>_RESULTS}:
 * {@code {"version":1,"status":"pass|fail|error","max_score":N,"tests":[...]}} with one test per
 * check and its own score, so Classroom records partial credit (sum of scores / max_score).
 *
 * <pre>{@code
 * // in the workflow step with id "grade":  echo "result=$(cat target/grade/classroom-result.txt)" >> "$GITHUB_OUTPUT"
 * String base64 = new ClassroomResult(messages).render(report);
 * String json = new ClassroomResult(messages).json(report);   // the same payload, decoded
 * }</pre>
 *
 * <p>Statuses: a test is {@code error} for {@link CheckStatus#ERROR} (the grader's fault),
 * {@code pass} for {@link CheckStatus#PASSED}, and {@code fail} otherwise (failed, timed out, not
 * run). The payload is {@code error} when the report is not gradable, {@code pass} with full
 * points, else {@code fail}. The file holds the base64 only, with no line break.
 */
public final class ClassroomResult implements ReportFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Messages messages;

    public ClassroomResult(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String fileName() {
        return "classroom-result.txt";
    }

    /** The base64 of {@link #json}, as a runner step puts it in its {@code result} output. */
    @Override
    public String render(GradeReport report) {
        return Base64.getEncoder().encodeToString(json(report).getBytes(StandardCharsets.UTF_8));
    }

    /** The payload before encoding: compact JSON. */
    public String json(GradeReport report) {
        ObjectNode root = JSON.createObjectNode()
                .put("version", 1)
                .put("status", status(report))
                .put("max_score", report.maxScore());
        ArrayNode tests = root.putArray("tests");
        for (CheckGrade check : ReportTexts.all(report)) {
            tests.addObject()
                    .put("name", ReportTexts.name(check))
                    .put("status", status(check.status()))
                    .put("score", check.score())
                    .put("message", ReportTexts.text(check, messages))
                    .put("test_code", check.id())
                    .put("filename", check.lesson())
                    .put("line_no", 0)
                    .put("duration", check.durationMs());
        }
        return root.toString();
    }

    private static String status(GradeReport report) {
        if (!report.gradable()) {
            return "error";
        }
        return report.fullPoints() ? "pass" : "fail";
    }

    private static String status(CheckStatus status) {
        return switch (status) {
            case PASSED -> "pass";
            case ERROR -> "error";
            case FAILED, TIMED_OUT, NOT_RUN -> "fail";
        };
    }
}
