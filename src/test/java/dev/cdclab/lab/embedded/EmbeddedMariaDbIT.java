package dev.cdclab.lab.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdclab.lab.LabStartException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbIT {
    @TempDir
    Path workDir;

    @Test
    void a_mariadb_refusing_its_options_fails_fast_with_its_own_error() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> EmbeddedMariaDb.start(workDir, List.of("--binlog-format=BOGUS"), Duration.ofSeconds(60)))
                .isInstanceOf(LabStartException.class)
                .hasMessageContaining("MariaDB did not start")
                .hasMessageContaining("binlog");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }
}
