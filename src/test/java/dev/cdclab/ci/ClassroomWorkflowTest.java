package dev.cdclab.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The students' grade workflow (plain GitHub Actions; the file keeps the name GitHub Classroom
 * gave it), read: the instructor's grader fetched with the secret handed to checkout only, moved
 * out of the workspace and built there without the build variables, the harness compared, the
 * annotations the grader made printed, and nothing printed or uploaded that would tell a student
 * what a hidden check tests.
 */
class ClassroomWorkflowTest {
    private static final Path FILE = Path.of(".github/workflows/classroom.yml");
    private static final String CLEAN_BUILD = "env -u MAVEN_OPTS -u MAVEN_ARGS -u MAVEN_CONFIG -u JAVA_TOOL_OPTIONS"
            + " -u JDK_JAVA_OPTIONS -u _JAVA_OPTIONS MAVEN_SKIP_RC=true";

    private final Workflow workflow = Workflow.read(FILE);
    private final JsonNode job = workflow.job("grade");
    private final List<JsonNode> steps = StreamSupport.stream(job.path("steps").spliterator(), false).toList();

    @Test
    void it_grades_every_push_with_read_only_rights_and_no_retired_classroom_reporter() throws IOException {
        assertThat(workflow.root().path("on").has("push")).as("on: push").isTrue();
        assertThat(workflow.root().path("permissions").path("contents").asText()).isEqualTo("read");
        assertThat(job.path("runs-on").asText()).startsWith("ubuntu-");
        assertThat(job.path("timeout-minutes").asInt()).isBetween(1, 60);
        assertThat(Files.readString(FILE)).doesNotContain("autograding-grading-reporter").doesNotContain("classroom-result");
    }

    @Test
    void the_instructors_grader_is_checked_out_with_the_secret_going_to_checkout_only() throws IOException {
        assertThat(steps.get(0).path("uses").asText()).isEqualTo("actions/checkout@v4");
        assertThat(steps.get(0).has("with")).as("the submission's checkout takes no input").isFalse();
        JsonNode grader = step("Check out the instructor's grader");
        assertThat(grader.path("with").path("repository").asText()).isEqualTo("${{ vars.GRADER_REPO }}");
        assertThat(grader.path("with").path("token").asText()).isEqualTo("${{ secrets.GRADER_TOKEN }}");
        assertThat(grader.path("with").path("persist-credentials").asBoolean(true)).as("no token left in .grader/.git").isFalse();
        assertThat(Files.readString(FILE).lines().filter(line -> line.contains("secrets.")).map(String::trim)
                .filter(line -> !line.startsWith("#")))
                .containsExactly("token: ${{ secrets.GRADER_TOKEN }}");
        assertThat(steps).allSatisfy(step -> assertThat(step.path("uses").asText()).as("uses of %s", step)
                .doesNotStartWith("actions/upload-artifact"));
    }

    @Test
    void the_grader_is_built_outside_the_workspace_without_the_students_build_settings() {
        assertThat(step("Move the grader out of the submission").path("run").asText())
                .contains("mv .grader \"$RUNNER_TEMP/grader\"");
        for (String name : List.of("Compare the harness with the instructor's", "Grade")) {
            JsonNode step = step(name);
            assertThat(step.path("working-directory").asText()).as(name).isEqualTo("${{ runner.temp }}/grader");
            assertThat(step.path("run").asText()).as(name).startsWith(CLEAN_BUILD);
        }
        assertThat(step("Grade").path("run").asText()).contains("mvn -B -ntp -s classroom50/maven-settings.xml verify")
                .doesNotContain("pom.xml");
    }

    @Test
    void java_17_is_set_up_with_the_maven_cache() {
        assertThat(steps).anySatisfy(step -> {
            assertThat(step.path("uses").asText()).isEqualTo("actions/setup-java@v4");
            assertThat(step.path("with").path("java-version").asText()).isEqualTo("17");
            assertThat(step.path("with").path("cache").asText()).isEqualTo("maven");
        });
    }

    @Test
    void the_grade_runs_on_the_students_exercises_prints_the_annotations_and_fails_unless_every_point() {
        String run = step("Grade").path("run").asText();
        assertThat(run).contains("-Dsubmission=\"$GITHUB_WORKSPACE/exercises\"")
                .contains("-Dgrade.failOnMissingPoints=false")
                .contains("cat target/grade/annotations.txt")
                .endsWith("[ \"$code\" = 0 ]\n");
        assertThat(step("Compare the harness with the instructor's").path("run").asText())
                .contains("bin/cdclab verify-harness --student=\"$GITHUB_WORKSPACE\" --instructor=.").contains("::warning");
    }

    private JsonNode step(String name) {
        return steps.stream().filter(step -> name.equals(step.path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no step named \"" + name + "\" in " + FILE));
    }
}
