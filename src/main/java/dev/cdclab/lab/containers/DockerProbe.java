package dev.cdclab.lab.containers;

import dev.cdclab.lab.Timeouts;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker environment answers, asked within a bound: Testcontainers' own search (the
 * {@code DOCKER_HOST} variable, {@code /var/run/docker.sock}, Docker Desktop, rootless Docker) can
 * block on an unreachable daemon, and a student without Docker must not wait for it.
 *
 * <pre>{@code
 * if (DockerProbe.testcontainers().dockerAnswers()) { ... }
 * }</pre>
 */
@FunctionalInterface
public interface DockerProbe {
    /** How long the real probe may take (scaled by {@code -Dlab.timeout.scale}). */
    Duration BOUND = Duration.ofSeconds(5);

    boolean dockerAnswers();

    /**
     * Testcontainers' search for a Docker environment that answers, bounded by {@link #BOUND}. Not
     * {@code isDockerAvailable()}: that also starts Testcontainers' reaper container, whose image a
     * first run pulls, which can take longer than the bound on a machine that has Docker. The
     * search is kept by Testcontainers, so the lab's start does not repeat it.
     */
    static DockerProbe testcontainers() {
        return bounded(() -> DockerClientFactory.instance().getTransportConfig() != null, Timeouts.scaled(BOUND));
    }

    /**
     * {@code probe} run on a daemon thread: its answer if it gives one within {@code bound}, else
     * "no" (the thread is left to finish on its own; an answer that came too late is not used).
     */
    static DockerProbe bounded(BooleanSupplier probe, Duration bound) {
        return () -> {
            CompletableFuture<Boolean> answer = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    answer.complete(probe.getAsBoolean());
                } catch (RuntimeException | Error e) {
                    answer.completeExceptionally(e);
                }
            }, "cdclab-docker-probe");
            thread.setDaemon(true);
            thread.start();
            try {
                return answer.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException | TimeoutException e) {
                return false;
            }
        };
    }
}
