package dev.cdclab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code results.json} in Gradescope's autograder format ("Autograder Specifications"): the total,
 * and one test per check with its points, its feedback as text, its lesson as a tag and its own
 * visibility. A Gradescope {@code run_autograder} copies it to {@code /autograder/results/results.json}.
 *
 * <pre>{@code
 * new GradescopeResults(Messages.forLanguage("ru")).writeTo(Path.of("/autograder/results"), report);
 * }</pre>
 *
 * <p>A test's {@code number} is the lesson's number and the check's position in it ({@code 4.1}
 * for the first check of {@code L04}); its {@code status} is {@code passed} only with full points.
 * When the report is not gradable the top-level {@code output} says, first, that the lab failed
 * and the score is not the student's; the tests are listed all the same.
 */
public final class GradescopeResults implements ReportFormat {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LESSON_NUMBER = Pattern.compile("\\D*0*(\\d+)");

    private final Messages messages;

    public GradescopeResults(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String fileName() {
        return "results.json";
    }

    @Override
    public String render(GradeReport report) {
        return toJson(report).toPrettyString() + "\n";
    }

    ObjectNode toJson(GradeReport report) {
        ObjectNode root = JSON.createObjectNode()
                .put("score", report.score())
                .put("execution_time", Math.round(report.durationMs() / 1000.0))
                .put("output", output(report))
                .put("visibility", "visible")
                .put("stdout_visibility", "hidden");
        ArrayNode tests = root.putArray("tests");
        List<LessonGrade> lessons = report.lessons();
        for (int l = 0; l < lessons.size(); l++) {
            LessonGrade lesson = lessons.get(l);
            String lessonNumber = lessonNumber(lesson.id(), l + 1);
            for (int c = 0; c < lesson.checks().size(); c++) {
                CheckGrade check = lesson.checks().get(c);
                ObjectNode test = tests.addObject()
                        .put("name", ReportTexts.name(check))
                        .put("number", lessonNumber + "." + (c + 1))
                        .put("score", check.score())
                        .put("max_score", check.maxScore())
                        .put("status", ReportTexts.lostPoints(check) ? "failed" : "passed")
                        .put("output", ReportTexts.text(check, messages))
                        .put("output_format", "text");
                test.putArray("tags").add(lesson.id());
                test.put("visibility", check.visibility() == null || check.visibility().isBlank() ? "visible" : check.visibility());
            }
        }
        return root;
    }

    private String output(GradeReport report) {
        String total = messages.get("report.total", Points.count(report.score()), Points.count(report.maxScore()));
        return report.gradable() ? total : messages.get("report.not-gradable") + "\n\n" + total;
    }

    /** {@code L04} → {@code 4}; an id with no number falls back to the lesson's position. */
    static String lessonNumber(String lessonId, int position) {
        Matcher matcher = LESSON_NUMBER.matcher(lessonId == null ? "" : lessonId);
        return matcher.matches() ? matcher.group(1) : Integer.toString(position);
    }
}
