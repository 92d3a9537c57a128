package dev.cdclab.lab.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.lab.Endpoint;
import org.junit.jupiter.api.Test;

/** What differs between MySQL 8.4 and MariaDB 11.4 for CDC, as lesson suites ask for it. */
class BinlogDialectTest {
    private static final Endpoint SERVER = new Endpoint("127.0.0.1", 33060);
    private static final String POSTGRES_CONNECTOR = "io.debezium.connector.postgresql.PostgresConnector";

    private final BinlogDialect mysql = new MySqlDialect();
    private final BinlogDialect mariadb = new MariaDbDialect();

    @Test
    void mysql_8_4_shows_binlog_status_with_the_statement_that_replaced_show_master_status() {
        assertThat(mysql.binlogStatusStatement()).isEqualTo("SHOW BINARY LOG STATUS");
        assertThat(mariadb.binlogStatusStatement()).isEqualTo("SHOW BINLOG STATUS");
    }

    @Test
    void mysql_keeps_its_gtid_set_in_gtid_executed_and_mariadb_in_gtid_binlog_pos() {
        assertThat(mysql.gtidExecutedVariable()).isEqualTo("gtid_executed");
        assertThat(mariadb.gtidExecutedVariable()).isEqualTo("gtid_binlog_pos");
    }

    @Test
    void the_mysql_jdbc_url_may_fetch_the_server_public_key_for_caching_sha2_password_without_tls() {
        // MySQL 8.4's default authentication, over a connection without TLS, needs the server's RSA key
        assertThat(mysql.jdbcUrl(SERVER, "inventory"))
                .isEqualTo("jdbc:mysql://127.0.0.1:33060/inventory?allowPublicKeyRetrieval=true&useSSL=false");
        assertThat(mariadb.jdbcUrl(SERVER, "inventory")).isEqualTo("jdbc:mariadb://127.0.0.1:33060/inventory");
    }

    @Test
    void a_jdbc_url_without_a_database_connects_to_the_server_alone() {
        assertThat(mysql.jdbcUrl(SERVER, "")).startsWith("jdbc:mysql://127.0.0.1:33060/?");
        assertThat(mariadb.jdbcUrl(SERVER, "")).isEqualTo("jdbc:mariadb://127.0.0.1:33060/");
    }

    @Test
    void each_server_runs_its_own_debezium_connector_and_names_itself_for_students() {
        assertThat(mysql.connectorClass()).isEqualTo("io.debezium.connector.mysql.MySqlConnector");
        assertThat(mariadb.connectorClass()).isEqualTo("io.debezium.connector.mariadb.MariaDbConnector");
        assertThat(mysql.productName()).isEqualTo("MySQL 8.4");
        assertThat(mariadb.productName()).isEqualTo("MariaDB 11.4");
    }

    @Test
    void the_other_servers_binlog_connector_is_translated_to_this_servers_both_ways() {
        assertThat(mariadb.translateConnectorClass(BinlogDialect.MYSQL_CONNECTOR)).isEqualTo(BinlogDialect.MARIADB_CONNECTOR);
        assertThat(mysql.translateConnectorClass(BinlogDialect.MARIADB_CONNECTOR)).isEqualTo(BinlogDialect.MYSQL_CONNECTOR);
        assertThat(mysql.translateConnectorClass(BinlogDialect.MYSQL_CONNECTOR)).isEqualTo(BinlogDialect.MYSQL_CONNECTOR);
    }

    @Test
    void any_other_connector_class_is_left_as_the_student_wrote_it() {
        assertThat(mysql.translateConnectorClass(POSTGRES_CONNECTOR)).isEqualTo(POSTGRES_CONNECTOR);
        assertThat(mariadb.translateConnectorClass("io.debezium.connector.mysql.MySQLConnector"))
                .isEqualTo("io.debezium.connector.mysql.MySQLConnector");
    }

    @Test
    void mariadb_has_no_gtid_mode_options_since_its_gtids_are_always_on() {
        assertThat(mariadb.optionsNotOnThisServer()).containsExactlyInAnyOrder("gtid_mode", "enforce_gtid_consistency");
        assertThat(mysql.optionsNotOnThisServer()).isEmpty();
    }

    @Test
    void watching_the_binlog_needs_binlog_monitor_on_mariadb_and_two_replication_privileges_on_mysql() {
        assertThat(mariadb.binlogMonitorPrivileges()).isEqualTo("BINLOG MONITOR");
        assertThat(mysql.binlogMonitorPrivileges()).isEqualTo("REPLICATION CLIENT, REPLICATION SLAVE");
    }

    @Test
    void a_restricted_user_has_few_connections_and_on_mariadb_a_server_side_statement_time_bound() {
        assertThat(mariadb.createRestrictedUser("s", "p", 5))
                .isEqualTo("CREATE USER 's'@'%' IDENTIFIED BY 'p' WITH MAX_USER_CONNECTIONS 3 MAX_STATEMENT_TIME 5");
        assertThat(mysql.createRestrictedUser("s", "p", 5)).isEqualTo("CREATE USER 's'@'%' IDENTIFIED BY 'p' WITH MAX_USER_CONNECTIONS 3");
    }

    @Test
    void a_replica_follows_its_source_from_the_start_without_tls_on_mariadb_and_with_the_sources_key_on_mysql() {
        Endpoint source = new Endpoint("writer", 3306);
        assertThat(mariadb.replicaOfStatements(source, "repl", "pw")).containsExactly(
                "CHANGE MASTER TO MASTER_HOST = 'writer', MASTER_PORT = 3306, MASTER_USER = 'repl', MASTER_PASSWORD = 'pw',"
                        + " MASTER_USE_GTID = slave_pos, MASTER_SSL = 0", "START SLAVE");
        assertThat(mysql.replicaOfStatements(source, "repl", "pw")).containsExactly(
                "CHANGE REPLICATION SOURCE TO SOURCE_HOST = 'writer', SOURCE_PORT = 3306, SOURCE_USER = 'repl', SOURCE_PASSWORD = 'pw',"
                        + " GET_SOURCE_PUBLIC_KEY = 1", "START REPLICA");
    }
}
