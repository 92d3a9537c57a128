package dev.cdclab.classroom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdclab.grade.GradeReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code report.json} written by hand, as a batch stores it: one lesson, checks with the points
 * they had when graded. Stands for what an earlier batch left behind.
 *
 * <pre>{@code new HandMadeReport("L04").check("L04.connector.running", "passed", 4, 4).writeTo(out.resolve("anna")); }</pre>
 */
final class HandMadeReport {
    private final ObjectNode root;
    private final ObjectNode lesson;
    private double score;
    private double max;

    HandMadeReport(String lessonId) {
        root = new ObjectMapper().createObjectNode().put("schema", GradeReport.SCHEMA).put("submission", "anna")
                .put("backend", "embedded").put("language", "en").put("gradable", true).put("duration_ms", 15_000);
        root.putArray("notes").add("database.hostname: mysql:3306 -> 127.0.0.1:41001");
        lesson = root.putArray("lessons").addObject().put("id", lessonId).put("title", "Lesson " + lessonId);
        lesson.putArray("checks");
    }

    HandMadeReport check(String id, String status, double checkScore, double checkMax) {
        ((ArrayNode) lesson.get("checks")).addObject().put("id", id).put("title", "title of " + id)
                .put("score", checkScore).put("max_score", checkMax).put("status", status).put("visibility", "visible")
                .put("message", status.equals("passed") ? null : "lost: \"" + id + "\"").putNull("expected")
                .putNull("observed").putNull("hint").put("duration_ms", 1200);
        score += checkScore;
        max += checkMax;
        return this;
    }

    HandMadeReport gradable(boolean gradable) {
        root.put("gradable", gradable);
        return this;
    }

    String json() {
        lesson.put("score", score).put("max_score", max);
        return root.put("score", score).put("max_score", max).toPrettyString();
    }

    /** Writes {@code report.json} into {@code studentOut}. */
    Path writeTo(Path studentOut) throws IOException {
        Files.createDirectories(studentOut);
        return Files.writeString(studentOut.resolve("report.json"), json());
    }
}
