package dev.cdclab.lab.dialect;

import dev.cdclab.lab.Endpoint;

/** MySQL 8.4: {@code SHOW BINARY LOG STATUS} (8.4 removed {@code SHOW MASTER STATUS}), {@code gtid_executed}. */
public final class MySqlDialect implements BinlogDialect {
    @Override
    public String productName() {
        return "MySQL 8.4";
    }

    @Override
    public String connectorClass() {
        return MYSQL_CONNECTOR;
    }

    @Override
    public String binlogStatusStatement() {
        return "SHOW BINARY LOG STATUS";
    }

    @Override
    public String gtidExecutedVariable() {
        return "gtid_executed";
    }

    @Override
    public String jdbcUrl(Endpoint endpoint, String database) {
        return "jdbc:mysql://" + endpoint + "/" + database + "?allowPublicKeyRetrieval=true&useSSL=false";
    }

    @Override
    public String discardBinlogHistoryStatement() {
        return "RESET BINARY LOGS AND GTIDS";
    }

    @Override
    public java.util.Set<String> optionsNotOnThisServer() {
        return java.util.Set.of();
    }

    /** SHOW BINARY LOGS and the status need REPLICATION CLIENT; SHOW BINLOG EVENTS needs REPLICATION SLAVE. */
    @Override
    public String binlogMonitorPrivileges() {
        return "REPLICATION CLIENT, REPLICATION SLAVE";
    }

    /** MySQL bounds a user's connections, not its statements' time (the driver's timeout does that). */
    @Override
    public String createRestrictedUser(String user, String password, int statementSeconds) {
        return "CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "' WITH MAX_USER_CONNECTIONS 3";
    }

    @Override
    public java.util.List<String> replicaOfStatements(Endpoint source, String user, String password) {
        return java.util.List.of("CHANGE REPLICATION SOURCE TO SOURCE_HOST = '" + source.host() + "', SOURCE_PORT = " + source.port()
                + ", SOURCE_USER = '" + user + "', SOURCE_PASSWORD = '" + password + "', GET_SOURCE_PUBLIC_KEY = 1", "START REPLICA");
    }
}
