package dev.cdclab.grading;

import dev.cdclab.lab.SqlServer;
import dev.cdclab.lab.Wait;
import dev.cdclab.lab.WaitTimeoutException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * The course's {@code inventory} database on the lab's binlog server, reset to its seed rows
 * (customers 1001–1004, products 101–103, orders 10001–10003) for one check, and the DML the
 * check performs on it, run as the administrator.
 */
public final class CourseDatabase {
    public static final String NAME = "inventory";
    public static final List<Integer> CUSTOMER_IDS = List.of(1001, 1002, 1003, 1004);
    private static final String FIXTURE = "/dev/cdclab/fixtures/inventory.sql";
    private static final java.time.Duration BINLOG_READERS_GONE = java.time.Duration.ofSeconds(20);

    private final SqlServer server;

    private CourseDatabase(SqlServer server) {
        this.server = server;
    }

    /** Drops and re-creates {@code inventory} with its seed rows. */
    static CourseDatabase reset(SqlServer server) {
        CourseDatabase database = new CourseDatabase(server);
        database.run("", fixtureStatements());
        return database;
    }

    /** Runs statements in order in {@code inventory}; a failure is the grader's, not the student's. */
    public void execute(String... statements) {
        run(NAME, statements);
    }

    /** Inserts a customer of the course's shape. */
    public void insertCustomer(int id, String firstName, String lastName, String email) {
        execute(String.format("INSERT INTO customers (id, first_name, last_name, email) VALUES (%d, '%s', '%s', '%s')",
                id, firstName, lastName, email));
    }

    /**
     * Starts a new binlog file and purges every older one: what a short binlog retention does to a
     * connector that was stopped too long (lesson 04, "when_needed").
     */
    public void purgeOlderBinlogs(String binlogStatusStatement) {
        awaitNoBinlogReaders();
        run("", "FLUSH BINARY LOGS");
        try (Connection connection = server.openAdmin(""); Statement statement = connection.createStatement()) {
            String current;
            try (java.sql.ResultSet status = statement.executeQuery(binlogStatusStatement)) {
                status.next();
                current = status.getString(1);
            }
            statement.execute("PURGE BINARY LOGS TO '" + current + "'");
            // a binlog that a connected reader still uses is silently kept: the scenario would be void
            try (java.sql.ResultSet logs = statement.executeQuery("SHOW BINARY LOGS")) {
                logs.next();
                if (!current.equals(logs.getString(1))) {
                    throw new InfrastructureException("binlog " + logs.getString(1) + " was not purged: another reader still uses it", null);
                }
            }
        } catch (SQLException e) {
            throw new InfrastructureException("the grader could not purge the binlogs: " + e.getMessage(), e);
        }
    }

    /**
     * Waits until no client reads the binlog: connectors deleted by earlier checks disconnect a
     * moment after Connect stops them, and a binlog in use is never purged.
     */
    private void awaitNoBinlogReaders() {
        try {
            Wait.forValue("the binlog readers of earlier checks to disconnect", BINLOG_READERS_GONE, this::binlogReaders)
                    .until(readers -> readers == 0);
        } catch (WaitTimeoutException e) {
            throw new InfrastructureException(e.getMessage(), e);
        }
    }

    private int binlogReaders() throws SQLException {
        try (Connection connection = server.openAdmin(""); Statement statement = connection.createStatement();
             java.sql.ResultSet count = statement.executeQuery(
                     "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE COMMAND LIKE 'Binlog Dump%'")) {
            count.next();
            return count.getInt(1);
        }
    }

    private void run(String database, String... statements) {
        try (Connection connection = server.openAdmin(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new InfrastructureException("the grader's own SQL failed on the lab database: " + e.getMessage(), e);
        }
    }

    private static String[] fixtureStatements() {
        try (InputStream in = CourseDatabase.class.getResourceAsStream(FIXTURE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split(";\\s*\\n"))
                    .map(s -> s.lines().filter(l -> !l.trim().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).trim())
                    .filter(s -> !s.isEmpty())
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
