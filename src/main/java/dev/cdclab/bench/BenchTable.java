package dev.cdclab.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import dev.cdclab.lab.LabEnvironment;

/** The benchmark's own table {@code bench.items}, filled with N rows by multi-row inserts of 5,000 rows each. */
final class BenchTable {
    static final String DATABASE = "bench";
    private static final int BATCH = 5_000;

    private BenchTable() {
    }

    static void fill(LabEnvironment lab, int rows) throws SQLException {
        try (Connection connection = lab.binlog().openAdmin(""); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE);
            statement.execute("CREATE TABLE " + DATABASE + ".items (id INT PRIMARY KEY, name VARCHAR(40), payload VARCHAR(100))");
            String payload = "x".repeat(80);
            for (int first = 1; first <= rows; first += BATCH) {
                StringBuilder insert = new StringBuilder("INSERT INTO " + DATABASE + ".items VALUES ");
                for (int id = first; id < first + BATCH && id <= rows; id++) {
                    insert.append(id == first ? "" : ",").append('(').append(id).append(",'item-").append(id).append("','")
                            .append(payload).append("')");
                }
                statement.execute(insert.toString());
            }
        }
    }

    static void insert(LabEnvironment lab, int id) throws SQLException {
        try (Connection connection = lab.binlog().openAdmin(""); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO " + DATABASE + ".items VALUES (" + id + ", 'commit', 'x')");
        }
    }
}
