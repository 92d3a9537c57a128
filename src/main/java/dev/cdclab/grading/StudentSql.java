package dev.cdclab.grading;

import dev.cdclab.i18n.Text;
import dev.cdclab.lab.SqlServer;
import dev.cdclab.submission.SqlScript;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a student's SQL on a lab server as a restricted user the lesson created for it (never as
 * the administrator), one statement at a time, each bounded: {@value #STATEMENT_SECONDS} s of
 * server time (the driver cancels it on the server), {@value #MAX_ROWS} rows read. A statement the
 * server refuses ends the run with a {@link CheckFailure} that quotes it and the server's answer.
 *
 * <pre>{@code
 * try (StudentSql sql = StudentSql.as(server, "student", "student", "inventory")) {
 *     QueryResult result = sql.run(script, script.named("binlog-files").orElseThrow());
 * }
 * }</pre>
 */
public final class StudentSql implements AutoCloseable {
    public static final int STATEMENT_SECONDS = SqlServer.STUDENT_STATEMENT_SECONDS;
    static final int MAX_ROWS = 1000;
    /**
     * All the statements of one file together: a hundred statements of five seconds each would keep
     * a server busy (and its disk filling) for minutes.
     */
    static final int FILE_SECONDS = 15;

    private final Connection connection;
    private final String user;

    private StudentSql(Connection connection, String user) {
        this.connection = connection;
        this.user = user;
    }

    /** Logs in as {@code user}; the server not answering is the lab's fault, not the student's. */
    public static StudentSql as(SqlServer server, String user, String password, String database) {
        try {
            return new StudentSql(server.open(user, password, database), user);
        } catch (SQLException e) {
            throw new InfrastructureException("could not log in to " + server.endpoint() + " as the student's user " + user
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs every statement of {@code script} in order, within {@value #FILE_SECONDS} s in all; the
     * last statement's result is returned.
     */
    public QueryResult runAll(SqlScript script) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(FILE_SECONDS);
        QueryResult last = QueryResult.none(List.of());
        for (SqlScript.Statement statement : script.statements()) {
            if (System.nanoTime() > deadline) {
                throw CheckFailure.of(Text.of("sql.file-timeout", script.artifact(), String.valueOf(FILE_SECONDS),
                                String.valueOf(statement.number() - 1), String.valueOf(script.statements().size())))
                        .hint(Text.of("hint.sql.refused", script.artifact()));
            }
            last = run(script, statement);
        }
        return last;
    }

    /** Runs one statement of {@code script}, with the grader's values put in for {@code {name}} placeholders. */
    public QueryResult run(SqlScript script, SqlScript.Statement statement, java.util.Map<String, String> values) {
        String sql = statement.sql();
        for (var value : values.entrySet()) {
            sql = sql.replace("{" + value.getKey() + "}", value.getValue());
        }
        return execute(script.artifact(), statement, sql);
    }

    public QueryResult run(SqlScript script, SqlScript.Statement statement) {
        return run(script, statement, java.util.Map.of());
    }

    private QueryResult execute(String artifact, SqlScript.Statement statement, String sql) {
        try (Statement jdbc = connection.createStatement()) {
            jdbc.setQueryTimeout(STATEMENT_SECONDS);
            jdbc.setMaxRows(MAX_ROWS);
            boolean rows = jdbc.execute(sql);
            List<String> warnings = warnings(jdbc.getWarnings());
            if (!rows) {
                return QueryResult.none(warnings);
            }
            try (ResultSet resultSet = jdbc.getResultSet()) {
                return QueryResult.read(resultSet, warnings);
            }
        } catch (SQLTimeoutException e) {
            throw failure(artifact, statement, Text.of("sql.timeout", artifact, String.valueOf(statement.number()),
                    String.valueOf(STATEMENT_SECONDS)), e);
        } catch (SQLException e) {
            if (isTimeout(e)) {
                throw failure(artifact, statement, Text.of("sql.timeout", artifact, String.valueOf(statement.number()),
                        String.valueOf(STATEMENT_SECONDS)), e);
            }
            if (isConnectionLost(e)) {
                throw new InfrastructureException("the lab server closed the student's connection during statement "
                        + statement.number() + " of " + artifact + ": " + e.getMessage(), e);
            }
            throw failure(artifact, statement, Text.of("sql.refused", artifact, String.valueOf(statement.number()), user), e);
        }
    }

    private static CheckFailure failure(String artifact, SqlScript.Statement statement, Text summary, SQLException e) {
        return CheckFailure.of(summary)
                .observed(Text.verbatim(statement.shown() + "\n→ " + serverMessage(e)))
                .hint(Text.of("hint.sql.refused", artifact));
    }

    private static String serverMessage(SQLException e) {
        String message = String.valueOf(e.getMessage());
        // the MariaDB driver puts its own prefix before the server's text: keep the server's words
        int server = message.lastIndexOf(") ");
        return message.startsWith("(conn=") && server > 0 ? message.substring(server + 2) : message;
    }

    /** MariaDB's max_statement_time (1969), MySQL's max_execution_time (3024), PostgreSQL's 57014. */
    private static boolean isTimeout(SQLException e) {
        return e.getErrorCode() == 1969 || e.getErrorCode() == 3024 || "57014".equals(e.getSQLState())
                || "70100".equals(e.getSQLState());
    }

    private static boolean isConnectionLost(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }

    private static List<String> warnings(SQLWarning first) {
        List<String> warnings = new ArrayList<>();
        for (SQLWarning w = first; w != null && warnings.size() < 20; w = w.getNextWarning()) {
            warnings.add(w.getErrorCode() + " " + w.getMessage());
        }
        return warnings;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the connection is gone either way
        }
    }
}
