package dev.cdclab.lab.dialect;

import dev.cdclab.lab.Endpoint;

/** MariaDB 11.4: GTIDs are always on ({@code domain-server-seq}), {@code SHOW BINLOG STATUS}. */
public final class MariaDbDialect implements BinlogDialect {
    @Override
    public String productName() {
        return "MariaDB 11.4";
    }

    @Override
    public String connectorClass() {
        return MARIADB_CONNECTOR;
    }

    @Override
    public String binlogStatusStatement() {
        return "SHOW BINLOG STATUS";
    }

    @Override
    public String gtidExecutedVariable() {
        return "gtid_binlog_pos";
    }

    @Override
    public String jdbcUrl(Endpoint endpoint, String database) {
        return "jdbc:mariadb://" + endpoint + "/" + database;
    }

    @Override
    public String discardBinlogHistoryStatement() {
        return "RESET MASTER";
    }

    @Override
    public java.util.Set<String> optionsNotOnThisServer() {
        return java.util.Set.of("gtid_mode", "enforce_gtid_consistency");
    }

    /** MariaDB 10.5+ split REPLICATION CLIENT into BINLOG MONITOR (status, files, events). */
    @Override
    public String binlogMonitorPrivileges() {
        return "BINLOG MONITOR";
    }

    @Override
    public String createRestrictedUser(String user, String password, int statementSeconds) {
        return "CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "' WITH MAX_USER_CONNECTIONS 3 MAX_STATEMENT_TIME "
                + statementSeconds;
    }

    @Override
    public java.util.List<String> replicaOfStatements(Endpoint source, String user, String password) {
        return java.util.List.of("CHANGE MASTER TO MASTER_HOST = '" + source.host() + "', MASTER_PORT = " + source.port()
                + ", MASTER_USER = '" + user + "', MASTER_PASSWORD = '" + password + "', MASTER_USE_GTID = slave_pos, MASTER_SSL = 0", "START SLAVE");
    }
}
