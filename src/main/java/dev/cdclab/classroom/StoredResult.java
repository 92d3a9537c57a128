package dev.cdclab.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdclab.report.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a batch left one student: {@code out/<student>/batch.json} next to the student's reports.
 * A {@value #GRADED} student has a {@code report.json}; an {@value #ERROR} or {@value #TIMED_OUT}
 * one has none, and {@code detail} says why.
 *
 * <pre>{@code
 * new StoredResult("anna", StoredResult.GRADED, "", version, hash, 12_300).writeTo(out.resolve("anna"));
 * Optional<StoredResult> stored = StoredResult.read(out.resolve("anna"));
 * }</pre>
 *
 * @param inputHash {@link InputHash} of the graded folder with {@code graderVersion}
 */
public record StoredResult(String student, String status, String detail, String graderVersion, String inputHash, long durationMs) {
    public static final String FILE = "batch.json";
    public static final String GRADED = "graded";
    public static final String ERROR = "error";
    public static final String TIMED_OUT = "timed_out";
    private static final ObjectMapper JSON = new ObjectMapper();

    public boolean graded() {
        return GRADED.equals(status);
    }

    /** Whether this is a grade of the same input by the same grader. */
    public boolean sameInput(String version, String hash) {
        return graderVersion.equals(version) && inputHash.equals(hash);
    }

    public void writeTo(Path studentOut) throws IOException {
        ObjectNode json = JSON.createObjectNode()
                .put("student", student)
                .put("status", status)
                .put("detail", detail)
                .put("grader_version", graderVersion)
                .put("input_hash", inputHash)
                .put("duration_ms", durationMs);
        AtomicFiles.write(studentOut.resolve(FILE), json.toPrettyString() + "\n");
    }

    /** The stored result in {@code studentOut}; empty when there is none or it cannot be read. */
    public static Optional<StoredResult> read(Path studentOut) {
        Path file = studentOut.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode json = JSON.readTree(file.toFile());
            return Optional.of(new StoredResult(json.path("student").asText(), json.path("status").asText(),
                    json.path("detail").asText(), json.path("grader_version").asText(), json.path("input_hash").asText(),
                    json.path("duration_ms").asLong()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
