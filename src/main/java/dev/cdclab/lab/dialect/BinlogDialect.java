package dev.cdclab.lab.dialect;

import dev.cdclab.lab.Endpoint;

/**
 * What differs between MySQL 8.4 and MariaDB 11.4 for CDC: the statements that show binlog
 * status and GTIDs, the JDBC URL, and the Debezium connector class. Lesson suites ask the
 * dialect instead of writing either server's syntax.
 */
public sealed interface BinlogDialect permits MariaDbDialect, MySqlDialect {

    /** MySQL's connector class, the one the course teaches. */
    String MYSQL_CONNECTOR = "io.debezium.connector.mysql.MySqlConnector";
    String MARIADB_CONNECTOR = "io.debezium.connector.mariadb.MariaDbConnector";

    /** The product name shown to students, e.g. {@code MariaDB 11.4}. */
    String productName();

    /** The Debezium source connector class for this server. */
    String connectorClass();

    /** The statement showing the current binlog file and position. */
    String binlogStatusStatement();

    /** The server variable holding the executed GTID set. */
    String gtidExecutedVariable();

    String jdbcUrl(Endpoint endpoint, String database);

    /**
     * Deletes every binlog and forgets the executed GTIDs: what a connector finds after its stored
     * position was purged, or after a fail-over to a server without that history. (A plain PURGE is
     * not enough on MariaDB: it has no gtid_purged, so Debezium could not tell the position is gone.)
     */
    String discardBinlogHistoryStatement();

    /**
     * MySQL server options this server does not have, which a student's option file may still set
     * for MySQL (MariaDB: its GTIDs are always on, so {@code gtid_mode} and
     * {@code enforce_gtid_consistency} do not exist): left out when the server starts.
     */
    java.util.Set<String> optionsNotOnThisServer();

    /** The privileges that let a user see the binlog (its files, status and events) without reading it as a replica. */
    String binlogMonitorPrivileges();

    /**
     * Creates a user for a student's SQL: may log in, no privilege yet, few connections, and (where
     * the server can) a server-side bound on every statement's time.
     */
    String createRestrictedUser(String user, String password, int statementSeconds);

    /**
     * Makes the server a replica of {@code source}, from the source's first binlog, as
     * {@code user}: what a read replica of a cluster is.
     */
    java.util.List<String> replicaOfStatements(dev.cdclab.lab.Endpoint source, String user, String password);

    /**
     * The connector class a student's config should run with on this server: the student's own,
     * unless it is the other server's Debezium connector, which is translated.
     */
    default String translateConnectorClass(String requested) {
        if ((MYSQL_CONNECTOR.equals(requested) || MARIADB_CONNECTOR.equals(requested))) {
            return connectorClass();
        }
        return requested;
    }
}
