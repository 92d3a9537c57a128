package dev.cdclab.lab.aurora;

import java.util.List;

/**
 * {@code mysql.rds_set_configuration} and {@code mysql.rds_show_configuration} as AWS documents them
 * for Aurora MySQL 3, installed on the simulated writer and run with the administrator's rights (SQL
 * SECURITY DEFINER), as RDS's own procedures are. {@code 'binlog retention hours'} takes 1 to 2160
 * (90 days; 168 is RDS for MySQL's limit) or NULL, and sets the server's binlog expiry: the retention
 * is really applied. The error texts are the simulation's own.
 */
public final class RdsProcedures {
    public static final String RETENTION = "binlog retention hours";
    public static final int MAX_RETENTION_HOURS = 2160;

    private RdsProcedures() {
    }

    public static List<String> install() {
        return List.of(
                "CREATE TABLE mysql.rds_configuration (name VARCHAR(64) PRIMARY KEY, value VARCHAR(64) NULL,"
                        + " description VARCHAR(255) NOT NULL)",
                "INSERT INTO mysql.rds_configuration VALUES"
                        + " ('" + RETENTION + "', NULL, 'binlog retention hours specifies the duration in hours before binary logs are automatically deleted.'),"
                        + " ('source delay', '0', 'source delay specifies how many seconds of replication delay the replica should maintain'),"
                        + " ('target delay', '0', 'target delay specifies how many seconds of replication delay the replica should maintain')",
                "CREATE TABLE mysql.rds_heartbeat2 (id INT PRIMARY KEY, value BIGINT)",
                "CREATE PROCEDURE mysql.rds_set_configuration(IN p_name VARCHAR(64), IN p_value INT) SQL SECURITY DEFINER\n"
                        + "BEGIN\n"
                        + "  IF p_name = '" + RETENTION + "' THEN\n"
                        + "    IF p_value IS NOT NULL AND (p_value < 1 OR p_value > " + MAX_RETENTION_HOURS + ") THEN\n"
                        + "      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'binlog retention hours must be NULL or between 1 and "
                        + MAX_RETENTION_HOURS + " on Aurora MySQL 3';\n"
                        + "    END IF;\n"
                        + "    UPDATE mysql.rds_configuration SET value = p_value WHERE name = p_name;\n"
                        + "    SET GLOBAL binlog_expire_logs_seconds = IFNULL(p_value, 0) * 3600;\n"
                        + "  ELSEIF p_name IN ('source delay', 'target delay') THEN\n"
                        + "    UPDATE mysql.rds_configuration SET value = p_value WHERE name = p_name;\n"
                        + "  ELSE\n"
                        + "    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Invalid configuration name';\n"
                        + "  END IF;\n"
                        + "END",
                "CREATE PROCEDURE mysql.rds_show_configuration() SQL SECURITY DEFINER\n"
                        + "SELECT name, value, description FROM mysql.rds_configuration ORDER BY name");
    }

    /** What {@code mysql.rds_show_configuration} reports, read by the administrator. */
    public static String retentionQuery() {
        return "SELECT value FROM mysql.rds_configuration WHERE name = '" + RETENTION + "'";
    }
}
