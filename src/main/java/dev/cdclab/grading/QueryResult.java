package dev.cdclab.grading;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one statement returned: its columns and rows as text (SQL NULL as {@code null}), and the
 * warnings the server raised for it.
 */
public record QueryResult(List<String> columns, List<List<String>> rows, List<String> warnings) {

    /** The rows of {@code resultSet}, every value as text. */
    static QueryResult read(java.sql.ResultSet resultSet, List<String> warnings) throws java.sql.SQLException {
        java.sql.ResultSetMetaData meta = resultSet.getMetaData();
        List<String> columns = new java.util.ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
        }
        List<List<String>> rows = new java.util.ArrayList<>();
        while (resultSet.next()) {
            List<String> row = new java.util.ArrayList<>();
            for (int i = 1; i <= columns.size(); i++) {
                row.add(resultSet.getString(i));
            }
            rows.add(row);
        }
        return new QueryResult(columns, rows, warnings);
    }

    /** What {@code sql} returns to the administrator of {@code server}: the grader's own view, the truth a student's answer is compared with. */
    public static QueryResult asAdmin(dev.cdclab.lab.SqlServer server, String database, String sql) {
        try (java.sql.Connection connection = server.openAdmin(database); java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery(sql)) {
            return read(rows, List.of());
        } catch (java.sql.SQLException e) {
            throw new InfrastructureException("the grader's own query failed on " + server.endpoint() + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    public static QueryResult none(List<String> warnings) {
        return new QueryResult(List.of(), List.of(), warnings);
    }

    /** The values of a column named {@code column} (any case), if there is one. */
    public Optional<List<String>> column(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(column)) {
                int index = i;
                return Optional.of(rows.stream().map(row -> row.get(index)).toList());
            }
        }
        return Optional.empty();
    }

    /** Whether any cell of the result is exactly {@code value}. */
    public boolean contains(String value) {
        return rows.stream().anyMatch(row -> row.contains(value));
    }

    /** Every cell, row after row. */
    public List<String> cells() {
        return rows.stream().flatMap(List::stream).toList();
    }

    /** The result as a small table for a report: at most {@code maxRows} rows. */
    public String shown(int maxRows) {
        if (columns.isEmpty()) {
            return "(no rows)";
        }
        String header = String.join(" | ", columns);
        String body = rows.stream().limit(maxRows).map(row -> row.stream().map(String::valueOf).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n"));
        String more = rows.size() > maxRows ? String.format(Locale.ROOT, "\n... (%d rows)", rows.size()) : "";
        return header + "\n" + (rows.isEmpty() ? "(no rows)" : body) + more;
    }
}
