package dev.cdclab.lab.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Asking for Docker never takes longer than its bound, whatever the machine. */
class DockerProbeTest {
    private static final Duration SHORT = Duration.ofMillis(300);
    /** What a probe may take beyond its bound: starting a thread, a loaded CI machine. */
    private static final Duration SLACK = Duration.ofSeconds(2);

    @Test
    void a_probe_that_answers_in_time_gives_its_answer() {
        assertThat(DockerProbe.bounded(() -> true, SHORT).dockerAnswers()).isTrue();
        assertThat(DockerProbe.bounded(() -> false, SHORT).dockerAnswers()).isFalse();
    }

    @Test
    void a_probe_that_hangs_counts_as_no_docker_once_its_bound_has_passed() {
        CountDownLatch never = new CountDownLatch(1);
        DockerProbe hanging = DockerProbe.bounded(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }, SHORT);

        long began = System.nanoTime();
        boolean answer = hanging.dockerAnswers();

        assertThat(answer).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isBetween(SHORT, SHORT.plus(SLACK));
    }

    @Test
    void a_probe_that_fails_counts_as_no_docker() {
        assertThat(DockerProbe.bounded(() -> {
            throw new IllegalStateException("Could not find a valid Docker environment");
        }, SHORT).dockerAnswers()).isFalse();
    }

    @Test
    void the_real_probe_answers_within_its_bound_on_this_machine() {
        long began = System.nanoTime();
        DockerProbe.testcontainers().dockerAnswers();

        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(DockerProbe.BOUND.plus(SLACK));
    }

    @Test
    void the_real_probe_says_no_on_a_machine_with_no_docker_socket_and_no_docker_host() {
        assumeTrue(!Files.exists(Path.of("/var/run/docker.sock")) && System.getenv("DOCKER_HOST") == null,
                "this machine has a Docker socket or DOCKER_HOST: it is not a machine without Docker");

        assertThat(DockerProbe.testcontainers().dockerAnswers()).isFalse();
    }
}
