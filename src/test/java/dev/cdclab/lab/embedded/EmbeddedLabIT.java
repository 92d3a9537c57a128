package dev.cdclab.lab.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedLabIT {
    private static EmbeddedLab lab;

    @BeforeAll
    static void startLab() {
        lab = EmbeddedLab.start();
    }

    @AfterAll
    static void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void the_binlog_database_runs_with_a_row_binlog_on_loopback() throws Exception {
        assertThat(lab.binlog().endpoint().host()).isEqualTo("127.0.0.1");
        try (Connection c = lab.binlog().openAdmin(""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT @@log_bin, @@binlog_format, @@binlog_row_image, @@binlog_row_metadata, @@server_id")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getString(2)).isEqualTo("ROW");
            assertThat(rs.getString(3)).isEqualTo("FULL");
            assertThat(rs.getString(4)).isEqualTo("FULL");
            assertThat(rs.getInt(5)).isEqualTo(1);
        }
    }

    @Test
    void postgres_runs_with_logical_decoding() throws Exception {
        try (Connection c = lab.postgres().openAdmin("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW wal_level")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("logical");
        }
    }

    @Test
    void a_lessons_own_server_runs_with_only_its_options_and_leaves_no_folder_when_closed() throws Exception {
        java.util.function.Supplier<java.util.List<String>> folders = () -> {
            try (var names = java.nio.file.Files.list(lab.workDir())) {
                return names.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("binlog-lesson")).toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        dev.cdclab.lab.ConfiguredBinlogServer server = lab.startBinlogServer("lesson",
                new dev.cdclab.lab.ServerOptions(java.util.Map.of("binlog_format", "STATEMENT", "gtid_mode", "ON")));
        try (Connection c = server.openAdmin(""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT @@log_bin, @@binlog_format")) {
            rs.next();
            assertThat(rs.getInt(1)).as("no log_bin option, no binlog").isZero();
            assertThat(rs.getString(2)).isEqualTo("STATEMENT");
        }
        assertThat(folders.get()).hasSize(1);

        server.close();

        assertThat(folders.get()).isEmpty();
    }

    @Test
    void closing_a_lab_stops_every_server_process_and_deletes_its_folder() {
        // GIVEN a second lab, started and closed
        EmbeddedLab other = EmbeddedLab.start();
        long mariadb = ((EmbeddedMariaDb) other.binlog()).process().pid();
        long postgres = ((EmbeddedPostgres) other.postgres()).process().pid();
        java.nio.file.Path folder = other.workDir();

        other.close();

        // THEN no server process and no temporary folder is left behind
        assertThat(ProcessHandle.of(mariadb).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        assertThat(ProcessHandle.of(postgres).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        assertThat(folder).doesNotExist();
    }

    @Test
    void connect_answers_on_its_rest_api() {
        assertThat(lab.connect().restUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(lab.connect().client().connectors()).isEmpty();
    }
}
