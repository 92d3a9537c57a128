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
