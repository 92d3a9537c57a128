package dev.cdclab.lab;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A database server of the lab, reached over JDBC by the grader with administrator rights. */
public interface SqlServer {

    /** Where the server listens, as the grader (and Kafka Connect) reach it. */
    Endpoint endpoint();

    /** A new administrator connection to {@code database} (empty for none); the caller closes it. */
    Connection openAdmin(String database) throws SQLException;

    /** A new connection as {@code user}; the caller closes it. */
    Connection open(String user, String password, String database) throws SQLException;

    /** Runs statements in order as the administrator, each in its own auto-commit transaction. */
    default void executeAsAdmin(String database, String... statements) throws SQLException {
        try (Connection connection = openAdmin(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
