package dev.cdclab.lab.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-machine cache is used only while no one but the grader's user can have changed it. */
class MachineCacheTest {
    @TempDir
    Path cache;

    private final AtomicInteger builds = new AtomicInteger();
    private String before;

    @BeforeEach
    void useTheTemporaryCache() {
        before = System.getProperty("lab.cache.dir");
        System.setProperty("lab.cache.dir", cache.toString());
    }

    @AfterEach
    void restoreTheCache() {
        if (before == null) {
            System.clearProperty("lab.cache.dir");
        } else {
            System.setProperty("lab.cache.dir", before);
        }
    }

    private Path template() {
        return MachineCache.folder("template", staging -> {
            builds.incrementAndGet();
            Files.writeString(staging.resolve("pg_hba.conf"), "host all all 127.0.0.1/32 scram-sha-256\n");
            Files.setPosixFilePermissions(staging.resolve("pg_hba.conf"), PosixFilePermissions.fromString("rw-rw-rw-"));
            if (OperatingSystem.runningAsRoot()) {
                Directories.chownTree(staging, OperatingSystem.UNPRIVILEGED_ID); // as a server's own tool leaves it
            }
        });
    }

    @Test
    void aBuiltFolderIsTheGradersAloneAndIsReused() throws Exception {
        Path built = template();
        Path again = template();

        assertThat(again).isEqualTo(built);
        assertThat(builds).hasValue(1);
        assertThat(MachineCache.onlyTheGraderCanWrite(built)).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(built.resolve("pg_hba.conf")))).isEqualTo("rw-r--r--");
    }

    @Test
    void aFolderSomeoneElseCouldHaveWrittenIsBuiltAnew() throws Exception {
        Path built = template();
        Files.writeString(built.resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\n");
        Files.setPosixFilePermissions(built.resolve("pg_hba.conf"), PosixFilePermissions.fromString("rw-rw-rw-"));

        Path rebuilt = template();

        assertThat(builds).hasValue(2);
        assertThat(rebuilt.resolve("pg_hba.conf")).content().doesNotContain("trust");
        assertThat(MachineCache.onlyTheGraderCanWrite(rebuilt)).isTrue();
    }

    @Test
    void asRootAFolderOwnedByTheServersUserIsBuiltAnew() throws Exception {
        if (!OperatingSystem.runningAsRoot()) {
            return;
        }
        Path built = template();
        Directories.chownTree(built.resolve("pg_hba.conf"), OperatingSystem.UNPRIVILEGED_ID);

        assertThat(MachineCache.onlyTheGraderCanWrite(built)).isFalse();
        template();
        assertThat(builds).hasValue(2);
    }
}
