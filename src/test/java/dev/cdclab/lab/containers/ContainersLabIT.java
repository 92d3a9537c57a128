package dev.cdclab.lab.containers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.connect.ConfigValidation;
import dev.cdclab.lab.CdcUsers;
import dev.cdclab.lab.Endpoint;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.dialect.BinlogDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The containers lab, started for real: MySQL 8.4 with the course's binlog settings and grants,
 * PostgreSQL with logical decoding, Connect with Debezium's MySQL connector. Needs Docker: where
 * none answers (this project's own machine), the whole class is skipped with that reason, never
 * reported as passed.
 */
@EnabledIf(value = "dockerAnswers", disabledReason = "no Docker environment answered within the probe's bound:"
        + " the containers backend needs Docker (it runs in the containers CI job and wherever Docker is)")
class ContainersLabIT {
    private static LabEnvironment lab;

    static boolean dockerAnswers() {
        return DockerProbe.testcontainers().dockerAnswers();
    }

    @BeforeAll
    static void startLab() {
        lab = ContainersLab.shared();
    }

    @Test
    void mysql_8_4_runs_with_a_row_binlog_full_row_images_and_metadata_and_gtids() throws SQLException {
        List<String> settings = row(lab.binlog().openAdmin(""), "SELECT @@version, @@log_bin, @@binlog_format,"
                + " @@binlog_row_image, @@binlog_row_metadata, @@gtid_mode, @@enforce_gtid_consistency, @@server_id");

        assertThat(settings.get(0)).startsWith("8.4.");
        assertThat(settings.subList(1, settings.size())).containsExactly("1", "ROW", "FULL", "FULL", "ON", "ON", "1");
    }

    @Test
    void the_mysql_dialect_statements_answer_on_mysql_8_4() throws SQLException {
        BinlogDialect dialect = lab.binlog().dialect();

        assertThat(row(lab.binlog().openAdmin(""), dialect.binlogStatusStatement()).get(0)).startsWith("mysql-bin.");
        assertThat(row(lab.binlog().openAdmin(""), "SELECT @@" + dialect.gtidExecutedVariable())).hasSize(1);
        assertThat(dialect.connectorClass()).isEqualTo(BinlogDialect.MYSQL_CONNECTOR);
    }

    @Test
    void the_debezium_user_has_exactly_the_privileges_the_course_grants() throws SQLException {
        List<String> grants = rows(lab.binlog().open(CdcUsers.NAME, CdcUsers.PASSWORD, ""), "SHOW GRANTS");

        // one global grant; MySQL may print REPLICATION SLAVE under its newer name
        assertThat(grants).hasSize(1);
        Matcher grant = Pattern.compile("GRANT (.+) ON \\*\\.\\* TO `debezium`@`%`").matcher(grants.get(0));
        assertThat(grant.matches()).as(grants.get(0)).isTrue();
        assertThat(grant.group(1).replace("REPLICATION REPLICA", "REPLICATION SLAVE").split(", "))
                .containsExactlyInAnyOrder(CdcUsers.BINLOG_PRIVILEGES.split(", "));
    }

    @Test
    void postgres_runs_with_logical_decoding_and_debezium_may_replicate() throws SQLException {
        assertThat(row(lab.postgres().openAdmin(""), "SHOW wal_level")).containsExactly("logical");
        assertThat(row(lab.postgres().openAdmin(""), "SELECT rolreplication, rolcanlogin FROM pg_roles WHERE rolname = 'debezium'"))
                .containsExactly("t", "t");
    }

    @Test
    void connect_answers_on_its_mapped_port_and_knows_the_mysql_connector() {
        ConfigValidation validation = lab.connect().client()
                .validate(Map.of("name", "probe", "connector.class", BinlogDialect.MYSQL_CONNECTOR));

        // the plugin is there: Connect checks the config (and finds the keys a connector needs missing)
        assertThat(validation.isValid()).isFalse();
        assertThat(lab.connect().client().connectors()).isNotNull();
    }

    @Test
    void connectors_get_the_course_names_on_the_network_and_the_grader_gets_mapped_ports() {
        assertThat(lab.binlog().connectorEndpoint()).isEqualTo(new Endpoint("mysql", 3306));
        assertThat(lab.postgres().connectorEndpoint()).isEqualTo(new Endpoint("postgres", 5432));
        assertThat(lab.kafka().connectorBootstrapServers()).isEqualTo("kafka:19092");
        assertThat(lab.binlog().endpoint()).isNotEqualTo(lab.binlog().connectorEndpoint());
        assertThat(lab.backend()).isEqualTo("containers");
    }

    /** The first row of {@code sql}'s result, every column as text; closes the connection. */
    private static List<String> row(Connection connection, String sql) throws SQLException {
        try (connection; Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).as("a row from %s", sql).isTrue();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                columns.add(result.getString(i));
            }
            return columns;
        }
    }

    /** The first column of every row of {@code sql}; closes the connection. */
    private static List<String> rows(Connection connection, String sql) throws SQLException {
        try (connection; Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }
}
