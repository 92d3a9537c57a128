package dev.cdclab.lab.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdclab.lab.LabStartException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that never becomes ready, or dies, ends the start in bounded time with a message that names it. */
class ServerStartFailureTest {
    @TempDir
    Path workDir;

    @Test
    void a_server_that_never_answers_fails_within_its_bound_naming_itself_and_quoting_its_log() {
        // GIVEN a process that runs but never accepts connections
        ServerProcess silent = ServerProcess.start("SilentDB", List.of("sh", "-c", "echo listening soon; exec sleep 30"),
                workDir.resolve("silent.log"), Map.of(), "TERM");
        long start = System.nanoTime();
        try (silent) {
            // WHEN the lab waits for it with a 1 s bound
            assertThatThrownBy(() -> silent.awaitReady("SilentDB to accept connections", Duration.ofSeconds(1), () -> false))
                    // THEN it fails, saying which server and what its log said
                    .isInstanceOf(LabStartException.class)
                    .hasMessageContaining("SilentDB did not start")
                    .hasMessageContaining("Timed out")
                    .hasMessageContaining("listening soon");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        assertThat(silent.isAlive()).isFalse();
    }

    @Test
    void a_server_that_exits_fails_fast_with_the_last_lines_of_its_log() {
        ServerProcess dying = ServerProcess.start("DyingDB", List.of("sh", "-c", "echo 'unknown option --binlog-format=BOGUS'; exit 7"),
                workDir.resolve("dying.log"), Map.of(), "TERM");
        long start = System.nanoTime();

        assertThatThrownBy(() -> dying.awaitReady("DyingDB to accept connections", Duration.ofSeconds(30), () -> false))
                .isInstanceOf(LabStartException.class)
                .hasMessageContaining("DyingDB did not start: the server process exited")
                .hasMessageContaining("unknown option --binlog-format=BOGUS");
        // fail fast: long before the 30 s bound
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void a_one_shot_command_that_fails_reports_its_exit_code_and_output() {
        assertThatThrownBy(() -> ServerProcess.run("initdb", List.of("sh", "-c", "echo cannot be run as root; exit 1"),
                workDir.resolve("initdb.log"), Map.of(), Duration.ofSeconds(10)))
                .isInstanceOf(LabStartException.class)
                .hasMessageContaining("initdb did not start: exited with code 1")
                .hasMessageContaining("cannot be run as root");
    }
}
