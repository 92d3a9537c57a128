package dev.cdclab.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a {@code report.json} ({@value GradeReport#SCHEMA}, as {@code JsonReport} writes it) back
 * into the grade model, so a gradebook can be rebuilt from stored reports without grading again.
 *
 * <pre>{@code GradeReport report = StoredReport.read(Path.of("out/anna/report.json")); }</pre>
 */
public final class StoredReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredReport() {
    }

    /** @throws IOException when the file cannot be read or is not a report of this schema */
    public static GradeReport read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !GradeReport.SCHEMA.equals(root.path("schema").asText())) {
            throw new IOException(file + " is not a " + GradeReport.SCHEMA + " report");
        }
        List<LessonGrade> lessons = new ArrayList<>();
        for (JsonNode lesson : root.path("lessons")) {
            List<CheckGrade> checks = new ArrayList<>();
            for (JsonNode check : lesson.path("checks")) {
                checks.add(new CheckGrade(check.path("id").asText(), check.path("title").asText(), lesson.path("id").asText(),
                        status(check.path("status").asText(), file), check.path("score").asDouble(), check.path("max_score").asDouble(),
                        check.path("visibility").asText("visible"), text(check, "message"), text(check, "expected"),
                        text(check, "observed"), text(check, "hint"), check.path("duration_ms").asLong()));
            }
            lessons.add(new LessonGrade(lesson.path("id").asText(), lesson.path("title").asText(), lesson.path("score").asDouble(),
                    lesson.path("max_score").asDouble(), checks));
        }
        List<String> notes = new ArrayList<>();
        root.path("notes").forEach(note -> notes.add(note.asText()));
        return new GradeReport(GradeReport.SCHEMA, root.path("submission").asText(), root.path("backend").asText(),
                root.path("language").asText(), root.path("gradable").asBoolean(), root.path("score").asDouble(),
                root.path("max_score").asDouble(), root.path("duration_ms").asLong(), lessons, notes);
    }

    private static CheckStatus status(String wire, Path file) throws IOException {
        return Arrays.stream(CheckStatus.values()).filter(status -> status.wire().equals(wire)).findFirst()
                .orElseThrow(() -> new IOException(file + ": unknown check status '" + wire + "'"));
    }

    private static String text(JsonNode check, String field) {
        JsonNode value = check.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }
}
