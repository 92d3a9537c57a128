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
}
