package dev.cdclab.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The GitHub Classroom workflow, read: the job and permissions Classroom's reporter requires, the
 * instructor's grader fetched with the secret handed to checkout only, the harness compared, the
 * grade's payload passed to the reporter under the name it reads, and nothing printed or uploaded
 * that would tell a student what a hidden check tests.
 */
class ClassroomWorkflowTest {
    private static final Path FILE = Path.of(".github/workflows/classroom.yml");
    private static final String REPORTER = "classroom-resources/autograding-grading-reporter@v1";

    private final Workflow workflow = Workflow.read(FILE);
    private final JsonNode job = workflow.job("run-autograding-tests");
    private final List<JsonNode> steps = StreamSupport.stream(job.path("steps").spliterator(), false).toList();

    @Test
    void it_is_classrooms_autograding_workflow_with_the_one_job_and_the_rights_the_reporter_needs() {
        assertThat(workflow.root().path("name").asText()).isEqualTo("Autograding Tests");
        assertThat(Workflow.names(workflow.root().path("jobs"))).containsExactly("run-autograding-tests");
        assertThat(workflow.root().path("on").has("push")).as("on: push").isTrue();
        JsonNode permissions = workflow.root().path("permissions");
        assertThat(permissions.path("checks").asText()).isEqualTo("write");
        assertThat(permissions.path("actions").asText()).isEqualTo("read");
        assertThat(job.path("runs-on").asText()).startsWith("ubuntu-");
        assertThat(job.path("timeout-minutes").asInt()).isBetween(1, 60);
    }

    @Test
    void the_submission_and_the_instructors_grader_are_checked_out_the_secret_going_to_checkout_only() {
        assertThat(steps.get(0).path("uses").asText()).isEqualTo("actions/checkout@v4");
        assertThat(steps.get(0).has("with")).as("the submission's checkout takes no input").isFalse();
        JsonNode grader = step("Check out the instructor's grader");
        assertThat(grader.path("uses").asText()).isEqualTo("actions/checkout@v4");
        assertThat(grader.path("with").path("repository").asText()).isEqualTo("${{ vars.GRADER_REPO }}");
        assertThat(grader.path("with").path("token").asText()).isEqualTo("${{ secrets.GRADER_TOKEN }}");
        assertThat(grader.path("with").path("path").asText()).isEqualTo(".grader");
        assertThat(grader.path("with").path("persist-credentials").asBoolean(true)).as("no token left in .grader/.git").isFalse();
    }

    @Test
    void no_step_but_the_graders_checkout_names_a_secret_and_none_prints_or_uploads_anything_of_the_grade() throws IOException {
        String text = Files.readString(FILE);
        assertThat(text.lines().filter(line -> line.contains("secrets.")).map(String::trim)
                .filter(line -> !line.startsWith("#")))
                .containsExactly("token: ${{ secrets.GRADER_TOKEN }}");
        assertThat(steps).allSatisfy(step -> {
            assertThat(step.path("run").asText()).as("run of %s", step).doesNotContain("secrets.").doesNotContain("GRADER_TOKEN");
            assertThat(step.path("env").toString()).as("env of %s", step).doesNotContain("secrets.");
            assertThat(step.path("uses").asText()).as("uses of %s", step)
                    .doesNotStartWith("actions/upload-artifact").doesNotContain("autograding-command-grader");
        });
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
    void the_harness_is_compared_with_the_instructors_by_the_instructors_own_grader() {
        JsonNode compare = step("Compare the harness with the instructor's");
        assertThat(compare.path("if").asText()).contains("steps.harness.outputs.dir == '.grader'");
        assertThat(compare.path("run").asText()).startsWith(".grader/bin/cdclab verify-harness --student=. --instructor=.grader")
                .contains("::warning");
    }

    @Test
    void the_grade_runs_on_the_students_exercises_without_failing_on_missing_points_and_outputs_the_payload() {
        JsonNode grade = step("Grade");
        assertThat(grade.path("id").asText()).isEqualTo("grade");
        assertThat(grade.path("run").asText())
                .contains("mvn -B -ntp -f \"$HARNESS/pom.xml\" verify")
                .contains("-Dsubmission=\"$GITHUB_WORKSPACE/exercises\"")
                .contains("-Dgrade.failOnMissingPoints=false")
                .contains("target/grade/classroom-result.txt")
                .contains("echo \"result=$(cat \"$result\")\" >> \"$GITHUB_OUTPUT\"");
        assertThat(grade.path("env").path("HARNESS").asText()).isEqualTo("${{ steps.harness.outputs.dir }}");
    }

    @Test
    void the_last_step_is_the_reporter_reading_each_runners_result_from_its_upper_case_variable() {
        JsonNode reporter = steps.get(steps.size() - 1);
        assertThat(reporter.path("uses").asText()).isEqualTo(REPORTER);
        List<String> runners = List.of(reporter.path("with").path("runners").asText().split(","));
        assertThat(runners).containsExactly("grade");
        for (String runner : runners) {
            String variable = runner.trim().toUpperCase(Locale.ROOT).replace('-', '_') + "_RESULTS";
            assertThat(reporter.path("env").path(variable).asText()).as(variable)
                    .isEqualTo("${{ steps." + runner.trim() + ".outputs.result }}");
            assertThat(steps).as("a step with id %s", runner).anySatisfy(step -> assertThat(step.path("id").asText()).isEqualTo(runner.trim()));
        }
    }

    private JsonNode step(String name) {
        return steps.stream().filter(step -> name.equals(step.path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no step named \"" + name + "\" in " + FILE));
    }
}
