package dev.cdclab.gradescope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gradescope's pair of scripts. {@code run_autograder} runs here against temporary folders, with
 * a grade command of the test's own ({@code GRADE_COMMAND}, which exists for tests only) that
 * shows what the grade saw: its file handling and the results.json it leaves are what is tested.
 */
class GradescopeScriptsTest {
    private static final Path SETUP = Path.of("gradescope/setup.sh");
    private static final Path RUN = Path.of("gradescope/run_autograder");
    /** What a grade saw: the submitted lesson 04 files and lesson 05's connector, as results.json's output. */
    private static final String SHOW_WHAT_WAS_GRADED = "mkdir -p target/grade && printf '{\"score\": 7, \"output\": \"%s | %s\"}'"
            + " \"$(cd exercises/lesson04 && cat $(ls))\" \"$(cat exercises/lesson05/connector.json)\" > target/grade/results.json";

    /** A grade that shows the lessons it was asked for, as results.json's output. */
    private static final String SHOW_LESSONS = "mkdir -p target/grade && printf '{\"score\": 1, \"output\": \"%s\"}' \"$GRADE_LESSONS\""
            + " > target/grade/results.json";

    @TempDir
    Path temp;

    private Path grader;
    private Path submission;
    private Path results;
    private final StringBuilder output = new StringBuilder();

    @BeforeEach
    void aGraderWithTwoStarterLessons() throws IOException {
        grader = temp.resolve("source");
        write(grader.resolve("exercises/lesson04/connector.json"), "starter-04");
        write(grader.resolve("exercises/lesson04/snapshot-modes.json"), "starter-modes");
        write(grader.resolve("exercises/lesson05/connector.json"), "starter-05");
        submission = Files.createDirectories(temp.resolve("submission"));
        results = temp.resolve("results");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gradescope/setup.sh", "gradescope/run_autograder"})
    void each_script_is_executable_bash_with_valid_syntax(String script) throws Exception {
        Path file = Path.of(script);
        assertThat(Files.isExecutable(file)).as("%s is executable", script).isTrue();
        assertThat(Files.readString(file)).startsWith("#!/usr/bin/env bash\n");
        assertThat(run(Map.of(), "bash", "-n", script)).as("bash -n %s: %s", script, output).isZero();
    }

    @Test
    void setup_installs_java_17_and_maven_and_makes_the_grader_ready_offline() throws IOException {
        assertThat(Files.readString(SETUP)).contains("set -euo pipefail")
                .contains("apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven")
                .contains("mvn -B -ntp -q dependency:go-offline test-compile");
        assertThat(Files.readString(RUN)).contains("GRADE_COMMAND:-mvn -B -ntp -o verify -Dsubmission=exercises -Dgrade.failOnMissingPoints=false"
                + " -Dlesson=\\\"\\$GRADE_LESSONS\\\"");
    }

    @Test
    void submitted_lesson_folders_replace_the_starters_in_a_copy_and_the_grades_results_json_is_handed_on() throws Exception {
        write(submission.resolve("lesson04/connector.json"), "submitted-04");

        assertThat(runAutograder(SHOW_WHAT_WAS_GRADED)).as(output.toString()).isZero();

        // lesson 04 is exactly the submitted folder (the starter's snapshot-modes.json is gone), lesson 05 the starter
        assertThat(results()).isEqualTo(json("{\"score\": 7, \"output\": \"submitted-04 | starter-05\"}"));
        assertThat(output).contains("graded lesson04 from " + submission.resolve("lesson04"));
        assertThat(grader.resolve("exercises/lesson04/connector.json")).as("the grader's own copy is untouched").hasContent("starter-04");
    }

    @Test
    void a_whole_repository_is_graded_from_its_exercises_folder() throws Exception {
        write(submission.resolve("exercises/lesson04/connector.json"), "from-repository");
        write(submission.resolve("README.md"), "not a lesson");

        assertThat(runAutograder(SHOW_WHAT_WAS_GRADED)).isZero();

        assertThat(results().path("output").asText()).isEqualTo("from-repository | starter-05");
    }

    @Test
    void a_grade_that_writes_no_results_leaves_a_valid_results_json_with_score_0_and_the_grades_output() throws Exception {
        String failing = "echo 'Connect said \"no\" at C:\\tmp'; printf 'tab\\there ctl\\001x\\n'; echo 'Ошибка'; exit 3";

        assertThat(runAutograder(failing)).as(output.toString()).isZero();

        JsonNode results = results();
        assertThat(results.path("score").asDouble()).isZero();
        assertThat(results.path("tests")).isEmpty();
        assertThat(results.path("output").asText())
                .contains("The grader failed (exit 3), not your submission")
                .contains("сбой grader (код 3)")
                .contains("Connect said \"no\" at C:\\tmp\ntab\there ctlx\nОшибка");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "L04|L04",
            "'# the assignment of lesson 04\n l04 \n'|L04",
            "L04,L05|L04,L05",
            "all|all",
            "'\n# nothing set\n'|all"})
    void the_zips_lessons_file_names_the_lessons_graded(String setting, String graded) throws Exception {
        Files.writeString(grader.resolve("lessons"), setting.replace("\\n", "\n"));

        assertThat(runAutograder(SHOW_LESSONS)).as(output.toString()).isZero();

        assertThat(results().path("output").asText()).isEqualTo(graded);
        assertThat(output).contains("run_autograder: grading lessons " + graded);
    }

    @Test
    void without_a_lessons_file_every_lesson_is_graded() throws Exception {
        assertThat(runAutograder(SHOW_LESSONS)).as(output.toString()).isZero();

        assertThat(results().path("output").asText()).isEqualTo("all");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lesson04", "L4", "L04;L05", "L04 L05 $(touch pwned)", "L04,"})
    void a_lessons_file_that_is_not_a_lesson_list_fails_every_submission_saying_so_and_grades_nothing(String setting) throws Exception {
        Files.writeString(grader.resolve("lessons"), setting);

        assertThat(runAutograder(SHOW_LESSONS)).as(output.toString()).isZero();

        JsonNode results = results();
        assertThat(results.path("score").asDouble()).isZero();
        assertThat(results.path("output").asText()).contains("The autograder is misconfigured: its lessons file says")
                .contains("ошибка настройки автогрейдера");
        assertThat(temp.resolve("work/grader/target/grade")).as("no grade ran").doesNotExist();
    }

    @Test
    void a_grade_past_its_bound_is_stopped_and_said_to_be() throws Exception {
        long started = System.nanoTime();

        assertThat(runAutograder("sleep 20", "GRADE_TIMEOUT", "1s")).isZero();

        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(15);
        assertThat(results().path("output").asText()).contains("(exit 124)").contains("ran past its bound of 1s");
    }

    private int runAutograder(String gradeCommand, String... extraEnvironment) throws Exception {
        Map<String, String> environment = new java.util.HashMap<>(Map.of("GRADER_SOURCE", grader.toString(),
                "SUBMISSION_DIR", submission.toString(), "RESULTS_DIR", results.toString(),
                "WORK_DIR", temp.resolve("work").toString(), "GRADE_COMMAND", gradeCommand));
        for (int i = 0; i < extraEnvironment.length; i += 2) {
            environment.put(extraEnvironment[i], extraEnvironment[i + 1]);
        }
        return run(environment, "bash", RUN.toString());
    }

    private int run(Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        output.append(new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        if (!ended) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within 60 s: " + output);
        }
        return process.exitValue();
    }

    private JsonNode results() throws IOException {
        Path file = results.resolve("results.json");
        assertThat(file).as("results.json; the script said:%n%s", output).exists();
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("results.json is not valid JSON: " + Files.readString(file), e);
        }
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
