package dev.cdclab.lessons;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.CourseDatabase;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.grading.QueryResult;
import dev.cdclab.grading.StudentSql;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.BinlogDatabase;
import dev.cdclab.submission.SqlScript;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The student's named binlog queries ({@code lesson01/queries.sql}), run as a restricted user on
 * the lab's binlog server and compared with what the administrator sees at the same moment. A
 * query may be written for one server ({@code -- name: gtid-executed.mariadb} or {@code .mysql});
 * the lab's dialect picks it before the plain name.
 */
final class BinlogQueries {
    static final String FILE = "lesson01/queries.sql";
    private static final String USER = "student_l01";

    private final SqlScript script;
    private final StudentAccount account;
    private final String dialectKey;

    private BinlogQueries(SqlScript script, StudentAccount account, String dialectKey) {
        this.script = script;
        this.account = account;
        this.dialectKey = dialectKey;
    }

    static BinlogQueries on(LabCheck check) {
        SqlScript script = SqlScript.parse(FILE, check.submission().text(FILE));
        BinlogDatabase server = check.lab().binlog();
        StudentAccount account = check.shared("student-account", () -> StudentAccount.create(server, USER,
                List.of("SELECT ON inventory.*", server.dialect().binlogMonitorPrivileges() + " ON *.*")));
        String dialect = server.dialect().productName().split(" ")[0].toLowerCase(Locale.ROOT);
        return new BinlogQueries(script, account, dialect);
    }

    void expectCurrentPosition(BinlogDatabase server) {
        QueryResult student = run("current-position", Map.of());
        QueryResult truth = QueryResult.asAdmin(server, "", server.dialect().binlogStatusStatement());
        String file = truth.column("File").orElseThrow().get(0);
        String position = truth.column("Position").orElseThrow().get(0);
        if (!student.contains(file) || !student.contains(position)) {
            throw mismatch("current-position", student, Text.verbatim("File = " + file + ", Position = " + position));
        }
    }

    void expectBinlogFiles(BinlogDatabase server) {
        flush(server);
        QueryResult student = run("binlog-files", Map.of());
        List<String> files = QueryResult.asAdmin(server, "", "SHOW BINARY LOGS").column("Log_name").orElseThrow();
        if (!files.stream().allMatch(student::contains) || student.rows().size() != files.size()) {
            throw mismatch("binlog-files", student, Text.verbatim(String.join(", ", files)));
        }
    }

    void expectExecutedGtids(BinlogDatabase server) {
        QueryResult student = run("gtid-executed", Map.of());
        String variable = server.dialect().gtidExecutedVariable();
        String gtids = QueryResult.asAdmin(server, "", "SELECT @@GLOBAL." + variable).rows().get(0).get(0);
        if (!student.contains(gtids)) {
            throw mismatch("gtid-executed", student, Text.verbatim(variable + " = " + gtids));
        }
    }

    /**
     * Runs a transaction (one insert, one update) and the student's events query from the position
     * before it: the query must show that transaction's row events, as the administrator sees them.
     */
    void expectTransactionEvents(CourseDatabase inventory, BinlogDatabase server) {
        flush(server);
        QueryResult before = QueryResult.asAdmin(server, "", server.dialect().binlogStatusStatement());
        String file = before.column("File").orElseThrow().get(0);
        String position = before.column("Position").orElseThrow().get(0);
        inventory.execute("START TRANSACTION",
                "INSERT INTO customers (id, first_name, last_name, email) VALUES (1201, 'Pavel', 'Events', 'pavel@example.com')",
                "UPDATE customers SET last_name = 'Binlog' WHERE id = 1201",
                "COMMIT");
        QueryResult truth = QueryResult.asAdmin(server, "", "SHOW BINLOG EVENTS IN '" + file + "' FROM " + position);
        List<String> rowEvents = onlyRowEvents(truth.column("Event_type").orElseThrow());
        QueryResult student = run("transaction-events", Map.of("file", "'" + file + "'", "position", position));
        List<String> seen = student.column("Event_type").map(BinlogQueries::onlyRowEvents).orElse(List.of());
        List<String> positions = student.column("Pos").orElse(List.of());
        if (!seen.equals(rowEvents) || !positions.containsAll(rowEventPositions(truth))) {
            throw mismatch("transaction-events", student, Text.verbatim(String.join(", ", rowEvents) + " (SHOW BINLOG EVENTS IN '"
                    + file + "' FROM " + position + ")"));
        }
    }

    /** Where each row event of {@code events} starts ({@code Pos}). */
    private static List<String> rowEventPositions(QueryResult events) {
        List<String> types = events.column("Event_type").orElseThrow();
        List<String> positions = events.column("Pos").orElseThrow();
        return java.util.stream.IntStream.range(0, types.size()).filter(i -> isRowEvent(types.get(i))).mapToObj(positions::get).toList();
    }

    private static List<String> onlyRowEvents(List<String> types) {
        return types.stream().filter(BinlogQueries::isRowEvent).toList();
    }

    /** {@code Write_rows_v1}, {@code Update_rows}, {@code Delete_rows}: the events row-based logging writes. */
    private static boolean isRowEvent(String type) {
        return type != null && type.toLowerCase(Locale.ROOT).contains("_rows");
    }

    private static void flush(BinlogDatabase server) {
        try {
            server.executeAsAdmin("", "FLUSH BINARY LOGS");
        } catch (java.sql.SQLException e) {
            throw new dev.cdclab.grading.InfrastructureException("could not start a new binlog file: " + e.getMessage(), e);
        }
    }

    private QueryResult run(String name, Map<String, String> values) {
        SqlScript.Statement statement = script.named(name + "." + dialectKey).or(() -> script.named(name))
                .orElseThrow(() -> CheckFailure.of(Text.of("L01.query.missing", FILE, name)).hint(Text.of("hint.L01.query." + name)));
        try (StudentSql sql = account.login("")) {
            return sql.run(script, statement, values);
        }
    }

    private static CheckFailure mismatch(String name, QueryResult student, Text truth) {
        return CheckFailure.of(Text.of("L01.query.wrong", FILE, name))
                .expected(truth)
                .observed(Text.verbatim(student.shown(10)))
                .hint(Text.of("hint.L01.query." + name));
    }
}
