package dev.cdclab.gradescope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.classroom.TrackedFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Test Autograder" for a lesson 04 assignment, on the lab: run_autograder in an
 * /autograder-like layout (the zip's files as source, with its lessons file saying L04) grades
 * {@code solutions/lesson04} alone as the submission, and results.json gives it all of lesson 04's
 * points out of lesson 04's, not 21 of the course's 79.
 */
class GradescopeLessonAssignmentIT {
    private static final long BOUND_MINUTES = 20;

    @TempDir
    Path autograder;

    @Test
    void a_zip_set_to_lesson_04_grades_the_solution_of_lesson_04_alone_21_of_21() throws Exception {
        Path source = autograder.resolve("source");
        for (String file : TrackedFiles.of(Path.of("."))) {
            if (!file.startsWith("solutions/")) {
                Files.createDirectories(source.resolve(file).getParent());
                Files.copy(Path.of(file), source.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Files.writeString(source.resolve("lessons"), "L04\n");
        Path submission = autograder.resolve("submission/lesson04");
        Files.createDirectories(submission);
        try (Stream<Path> files = Files.list(Path.of("solutions/lesson04"))) {
            for (Path file : files.toList()) {
                Files.copy(file, submission.resolve(file.getFileName().toString()));
            }
        }
        Path log = autograder.resolve("run_autograder.log");

        ProcessBuilder run = new ProcessBuilder("bash", Path.of("gradescope/run_autograder").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        run.environment().putAll(java.util.Map.of("GRADER_SOURCE", source.toString(), "SUBMISSION_DIR", autograder.resolve("submission").toString(),
                "RESULTS_DIR", autograder.resolve("results").toString(), "WORK_DIR", autograder.resolve("work").toString()));
        Process process = run.start();
        boolean ended = process.waitFor(BOUND_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("run_autograder ends within %d min: %s", BOUND_MINUTES, output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        JsonNode results = new ObjectMapper().readTree(autograder.resolve("results/results.json").toFile());
        double max = 0;
        for (JsonNode test : results.path("tests")) {
            max += test.path("max_score").asDouble();
            assertThat(test.path("tags").toString()).as("only lesson 04's checks").isEqualTo("[\"L04\"]");
        }
        assertThat(results.path("score").asDouble()).as("score; output: %s", results.path("output").asText()).isEqualTo(21.0);
        assertThat(max).as("out of lesson 04's points").isEqualTo(21.0);
        assertThat(output).contains("run_autograder: grading lessons L04");
    }
}
