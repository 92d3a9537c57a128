package dev.cdclab.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The GitHub workflow cannot run here, so it is read: valid YAML with the shape GitHub expects, the
 * embedded self-test, the same tests on the containers backend, and the backend comparison.
 */
class CiWorkflowTest {
    private static final Path WORKFLOW = Path.of(".github/workflows/ci.yml");
    private static final Path FIDELITY = Path.of(".ci/fidelity");

    private final Workflow file = Workflow.read(WORKFLOW);
    private final JsonNode workflow = file.root();

    @Test
    void the_workflow_runs_on_push_and_pull_requests_with_read_only_rights() {
        assertThat(workflow.path("on").has("push")).as("on: push").isTrue();
        assertThat(workflow.path("on").has("pull_request")).as("on: pull_request").isTrue();
        assertThat(workflow.path("permissions").path("contents").asText()).isEqualTo("read");
    }

    @Test
    void every_job_runs_on_ubuntu_with_a_time_bound_and_every_step_uses_an_action_or_runs_a_command() {
        assertThat(names(workflow.path("jobs"))).containsExactly("self-test", "self-test-containers", "backend-fidelity");
        workflow.path("jobs").fields().forEachRemaining(job -> {
            assertThat(job.getValue().path("runs-on").asText()).as("%s runs-on", job.getKey()).startsWith("ubuntu-");
            assertThat(job.getValue().path("timeout-minutes").asInt()).as("%s timeout-minutes", job.getKey()).isBetween(1, 90);
            assertThat(job.getValue().path("steps")).as("%s steps", job.getKey()).isNotEmpty().allSatisfy(step ->
                    assertThat(step.has("uses") ^ step.has("run")).as("%s: a step has uses or run: %s", job.getKey(), step).isTrue());
            assertThat(commands(job.getValue(), "uses")).as("%s actions", job.getKey())
                    .contains("actions/checkout@v4", "actions/setup-java@v4");
        });
    }

    @Test
    void the_self_test_is_the_readme_test_command_on_the_embedded_backend() {
        assertThat(commands(job("self-test"), "run")).containsExactly("bash .ci/run");
    }

    @Test
    void the_containers_job_runs_the_harness_tests_with_the_lab_tests_on_the_containers_backend() {
        List<String> runs = commands(job("self-test-containers"), "run");

        assertThat(runs).anySatisfy(run -> assertThat(run).startsWith("docker info"));
        assertThat(runs).anySatisfy(run -> assertThat(run)
                .startsWith("mvn ").contains(" verify ", "-Pharness", "-Dlab.backend=containers")
                .contains("ContainersLabIT", "Lesson04SliceIT", "GradeCommandIT", "SelfCheckIT"));
    }

    @Test
    void the_fidelity_job_compares_both_backends_on_the_solutions_and_the_starter() throws IOException {
        assertThat(commands(job("backend-fidelity"), "run")).contains("bash .ci/fidelity");
        String script = Files.readString(FIDELITY);
        assertThat(script).startsWith("#!/usr/bin/env bash").contains("set -euo pipefail")
                .contains("for submission in solutions exercises", "for backend in embedded containers",
                        "-Dlab.backend=\"$backend\"", "diff -u");
    }

    @Test
    void each_job_uses_java_17_as_the_project_does() {
        workflow.path("jobs").fields().forEachRemaining(job -> assertThat(job.getValue().path("steps")).anySatisfy(step ->
                assertThat(step.path("with").path("java-version").asText()).as("%s java-version", job.getKey()).isEqualTo("17")));
    }

    private JsonNode job(String name) {
        return file.job(name);
    }

    private static List<String> commands(JsonNode job, String kind) {
        return Workflow.commands(job, kind);
    }

    private static List<String> names(JsonNode node) {
        return Workflow.names(node);
    }
}
