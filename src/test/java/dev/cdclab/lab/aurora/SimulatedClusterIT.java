package dev.cdclab.lab.aurora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdclab.lab.SqlServer;
import dev.cdclab.lab.Wait;
import dev.cdclab.lab.embedded.EmbeddedLab;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulated Aurora cluster on real servers: what lesson 03's grading relies on. */
class SimulatedClusterIT {
    private static EmbeddedLab lab;
    private static SimulatedCluster cluster;

    @BeforeAll
    static void startCluster() {
        lab = EmbeddedLab.start();
        cluster = SimulatedCluster.start(lab, ParameterGroup.modify(List.of(
                new ClusterParameter("binlog_format", "ROW", ClusterParameter.PENDING_REBOOT),
                new ClusterParameter("binlog_row_metadata", "FULL", ClusterParameter.IMMEDIATE))));
    }

    @AfterAll
    static void stopLab() {
        if (cluster != null) {
            cluster.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void the_writer_has_the_groups_binlog_and_the_reader_replicates_it_without_one_of_its_own() throws Exception {
        assertThat(value(cluster.writer(), "SELECT CONCAT(@@log_bin, ' ', @@binlog_format, ' ', @@binlog_row_metadata)")).isEqualTo("ON ROW FULL");
        assertThat(value(cluster.reader(), "SELECT CONCAT(@@log_bin, ' ', @@read_only)")).isEqualTo("OFF ON");
        cluster.writer().executeAsAdmin("", "CREATE DATABASE replicated", "CREATE TABLE replicated.t (id INT PRIMARY KEY)",
                "INSERT INTO replicated.t VALUES (7)");
        assertThat(Wait.forValue("the row to reach the reader", Duration.ofSeconds(20),
                () -> value(cluster.reader(), "SELECT COUNT(*) FROM replicated.t WHERE id = 7")).until("1"::equals)).isEqualTo("1");
    }

    @Test
    void binlog_retention_hours_take_1_to_2160_or_null_and_set_the_writers_binlog_expiry() throws Exception {
        for (String refused : List.of("0", "2161")) {
            assertThatThrownBy(() -> asMaster("CALL mysql.rds_set_configuration('binlog retention hours', " + refused + ")"))
                    .hasMessageContaining("between 1 and 2160");
        }
        assertThatThrownBy(() -> asMaster("CALL mysql.rds_set_configuration('binlog retention', 24)"))
                .hasMessageContaining("Invalid configuration name");
        asMaster("CALL mysql.rds_set_configuration('binlog retention hours', 2160)");
        assertThat(value(cluster.writer(), "SELECT @@binlog_expire_logs_seconds")).isEqualTo(String.valueOf(2160 * 3600));
        assertThat(value(cluster.writer(), RdsProcedures.retentionQuery())).isEqualTo("2160");
        asMaster("CALL mysql.rds_set_configuration('binlog retention hours', NULL)");
        assertThat(value(cluster.writer(), "SELECT @@binlog_expire_logs_seconds")).isEqualTo("0");
    }

    @Test
    void the_master_user_has_no_super_no_server_settings_and_no_write_on_the_mysql_schema() {
        assertThatThrownBy(() -> asMaster("SET GLOBAL binlog_format = 'STATEMENT'")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> asMaster("GRANT SUPER ON *.* TO 'someone'@'%' IDENTIFIED BY 'x'")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> asMaster("UPDATE mysql.rds_configuration SET value = '1'")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> asMaster("SHUTDOWN")).isInstanceOf(SQLException.class);
    }

    @Test
    void a_global_read_lock_is_never_granted_as_on_aurora() {
        assertThatThrownBy(() -> {
            try (Connection c = cluster.writer().openAdmin(""); Statement s = c.createStatement()) {
                s.execute("SET SESSION lock_wait_timeout = 1");
                s.execute("FLUSH TABLES WITH READ LOCK");
            }
        }).hasMessageContaining("Lock wait timeout");
    }

    @Test
    void the_endpoints_lead_to_the_writer_and_to_the_reader() {
        assertThat(cluster.endpoints()).containsEntry(SimulatedCluster.CLUSTER_ENDPOINT, cluster.writer())
                .containsEntry(SimulatedCluster.WRITER_INSTANCE, cluster.writer())
                .containsEntry(SimulatedCluster.READER_ENDPOINT, cluster.reader())
                .containsEntry(SimulatedCluster.READER_INSTANCE, cluster.reader());
    }

    private static void asMaster(String sql) throws SQLException {
        try (Connection c = cluster.writer().open(SimulatedCluster.MASTER_USER, SimulatedCluster.MASTER_PASSWORD, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String value(SqlServer server, String sql) throws SQLException {
        try (Connection c = server.openAdmin(""); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
