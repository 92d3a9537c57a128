package dev.cdclab.lab;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** A database server of the lab, reached over JDBC by the grader with administrator rights. */
public interface SqlServer {
    /** How long one statement of a student's SQL may run on a lab server, enforced by the server where it can and by the driver. */
    int STUDENT_STATEMENT_SECONDS = 5;

    /** Where the server listens, as the grader reaches it. */
    Endpoint endpoint();

    /**
     * Where Kafka Connect reaches the server, the address a connector's config gets: the same as
     * {@link #endpoint()} when Connect runs beside the grader (embedded), the server's name on the
     * container network ({@code mysql:3306}) when Connect runs in a container.
     */
    default Endpoint connectorEndpoint() {
        return endpoint();
    }

    /** A new administrator connection to {@code database} (empty for none); the caller closes it. */
    Connection openAdmin(String database) throws SQLException;

    /** A new connection as {@code user}; the caller closes it. */
    Connection open(String user, String password, String database) throws SQLException;

    /**
     * A connection to {@code url} as {@code user}, with the driver's {@code connectTimeout} and
     * {@code socketTimeout} in the unit that driver counts them in (MySQL and MariaDB: ms, PostgreSQL: s).
     */
    static Connection connect(String url, String user, String password, String connectTimeout, String socketTimeout)
            throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", connectTimeout);
        properties.setProperty("socketTimeout", socketTimeout);
        return DriverManager.getConnection(url, properties);
    }

    /** Runs statements in order as the administrator, each in its own auto-commit transaction. */
    default void executeAsAdmin(String database, String... statements) throws SQLException {
        try (Connection connection = openAdmin(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
