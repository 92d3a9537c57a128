package dev.cdclab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;

/**
 * {@code report.json}: the stable contract for tools (schema {@value GradeReport#SCHEMA}); its
 * fields are documented in README.md.
 */
public final class JsonReport implements ReportFormat {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String fileName() {
        return "report.json";
    }

    @Override
    public String render(GradeReport report) {
        return toJson(report).toPrettyString() + "\n";
    }

    static ObjectNode toJson(GradeReport report) {
        ObjectNode root = JSON.createObjectNode()
                .put("schema", report.schema())
                .put("submission", report.submission())
                .put("backend", report.backend())
                .put("language", report.language())
                .put("gradable", report.gradable())
                .put("score", report.score())
                .put("max_score", report.maxScore())
                .put("duration_ms", report.durationMs());
        ArrayNode notes = root.putArray("notes");
        report.notes().forEach(notes::add);
        ArrayNode lessons = root.putArray("lessons");
        for (LessonGrade lesson : report.lessons()) {
            ObjectNode node = lessons.addObject()
                    .put("id", lesson.id())
                    .put("title", lesson.title())
                    .put("score", lesson.score())
                    .put("max_score", lesson.maxScore());
            ArrayNode checks = node.putArray("checks");
            for (CheckGrade check : lesson.checks()) {
                checks.addObject()
                        .put("id", check.id())
                        .put("title", check.title())
                        .put("score", check.score())
                        .put("max_score", check.maxScore())
                        .put("status", check.status().wire())
                        .put("visibility", check.visibility())
                        .put("message", check.message())
                        .put("expected", check.expected())
                        .put("observed", check.observed())
                        .put("hint", check.hint())
                        .put("duration_ms", check.durationMs());
            }
        }
        return root;
    }
}
