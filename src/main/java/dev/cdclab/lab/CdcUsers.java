package dev.cdclab.lab;

import java.util.List;

/**
 * The users the course creates for Debezium (lesson 03), the same on every backend: on the binlog
 * server {@code debezium}/{@code debezium} with exactly the privileges Debezium's MySQL and MariaDB
 * connectors need, on PostgreSQL a {@code debezium} role that may log in and replicate.
 *
 * <pre>{@code
 * server.executeAsAdmin("", CdcUsers.binlogStatements().toArray(String[]::new));
 * }</pre>
 */
public final class CdcUsers {
    public static final String NAME = "debezium";
    public static final String PASSWORD = "debezium";
    /** Debezium's documented privileges; RDS and Aurora add {@code LOCK TABLES}, the lab does not need it. */
    public static final String BINLOG_PRIVILEGES = "SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, REPLICATION CLIENT";

    private CdcUsers() {
    }

    /** Creates the binlog user (if it does not exist) and grants it {@link #BINLOG_PRIVILEGES} on every database. */
    public static List<String> binlogStatements() {
        return List.of(
                "CREATE USER IF NOT EXISTS '" + NAME + "'@'%' IDENTIFIED BY '" + PASSWORD + "'",
                "GRANT " + BINLOG_PRIVILEGES + " ON *.* TO '" + NAME + "'@'%'");
    }

    /** Creates the PostgreSQL role Debezium's Postgres connector logs in as. */
    public static List<String> postgresStatements() {
        return List.of("CREATE ROLE " + NAME + " WITH LOGIN REPLICATION PASSWORD '" + PASSWORD + "'");
    }

    /** {@code statements} as an SQL script, each ended by a semicolon on its own line. */
    public static String script(List<String> statements) {
        StringBuilder script = new StringBuilder();
        statements.forEach(statement -> script.append(statement).append(";\n"));
        return script.toString();
    }
}
