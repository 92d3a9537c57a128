package dev.cdclab.grading;

import dev.cdclab.lab.SqlServer;
import dev.cdclab.lab.dialect.BinlogDialect;
import dev.cdclab.lab.Wait;
import dev.cdclab.lab.WaitTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

    /**
     * Runs {@code statements} in {@code inventory} in one transaction that is rolled back (nothing
     * reaches the binlog), and gives the codes of the warnings the server raised for the last one.
     */
    public java.util.Set<Integer> warningsInRolledBackStatement(String... statements) {
        java.util.Set<Integer> codes = new java.util.TreeSet<>();
        try (Connection connection = server.openAdmin(NAME); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                for (String sql : statements) {
                    statement.clearWarnings();
                    statement.execute(sql);
                }
                for (java.sql.SQLWarning w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
                    codes.add(w.getErrorCode());
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new InfrastructureException("the grader's own SQL failed on the lab database: " + e.getMessage(), e);
        }
        return codes;
    }

    /** Inserts a customer of the course's shape. */
    public void insertCustomer(int id, String firstName, String lastName, String email) {
        execute(String.format("INSERT INTO customers (id, first_name, last_name, email) VALUES (%d, '%s', '%s', '%s')",
                id, firstName, lastName, email));
    }

    /**
     * Discards the binlog history of the server ({@link BinlogDialect#discardBinlogHistoryStatement()})
     * once no connector reads it: what a too-short binlog retention does to a connector that was
     * stopped too long (lesson 04, "when_needed").
     */
    public void discardBinlogHistory(BinlogDialect dialect) {
        awaitNoBinlogReaders();
        run("", dialect.discardBinlogHistoryStatement());
    }

    /**
     * Waits until no client reads the binlog: after a connector was stopped, to be sure its task
     * reads no more; before a purge, since a binlog in use is never purged. The caller has
     * stopped every connector, but a connector's task disconnects a moment after Connect reports it
     * STOPPED, and its dump thread then lingers on the server until an event wakes it: so each
     * look at the readers first starts a new binlog file, which wakes every dump thread.
     */
    public void awaitNoBinlogReaders() {
        try {
            Wait.forValue("the binlog readers of stopped connectors to disconnect", BINLOG_READERS_GONE, () -> {
                        run("", "FLUSH BINARY LOGS");
                        Thread.sleep(200);
                        return binlogReaders();
                    })
                    .until(java.util.List::isEmpty);
        } catch (WaitTimeoutException e) {
            throw new InfrastructureException(e.getMessage(), e);
        }
    }

    /** The binlog dump threads of the server: who reads, from where, for how long. */
    private java.util.List<String> binlogReaders() throws SQLException {
        java.util.List<String> readers = new java.util.ArrayList<>();
        try (Connection connection = server.openAdmin(""); Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT ID, USER, HOST, TIME, STATE FROM information_schema.PROCESSLIST"
                     + " WHERE COMMAND LIKE 'Binlog Dump%'")) {
            while (rows.next()) {
                readers.add(rows.getString(1) + " " + rows.getString(2) + "@" + rows.getString(3) + " " + rows.getString(4)
                        + " s: " + rows.getString(5));
            }
        }
        return readers;
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
        return SqlFixture.statements(FIXTURE);
    }
}
