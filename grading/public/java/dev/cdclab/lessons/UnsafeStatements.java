package dev.cdclab.lessons;

import dev.cdclab.grading.QuizFeedback;
import dev.cdclab.grading.CourseDatabase;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.i18n.Text;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Statements that are unsafe for statement-based logging, as the server itself judges them: the
 * grader runs each of the lesson's statements with {@code binlog_format = STATEMENT} in a
 * transaction it rolls back (nothing reaches the binlog) and records whether the server warned
 * "Unsafe statement written to the binary log" (error 1592). The student's answers are compared
 * with those warnings.
 */
final class UnsafeStatements {
    /** The statements of the lesson's README, by id, on the {@code events} table the grader creates. */
    static final Map<String, String> STATEMENTS = statements();
    private static final int UNSAFE_WARNING = 1592;
    /** The two answers a statement can get; anything else is no answer. */
    private static final java.util.Set<String> ANSWERS = java.util.Set.of("safe", "unsafe");

    private final Map<String, Boolean> unsafe;

    private UnsafeStatements(Map<String, Boolean> unsafe) {
        this.unsafe = unsafe;
    }

    private static Map<String, String> statements() {
        Map<String, String> statements = new LinkedHashMap<>();
        statements.put("s1", "INSERT INTO events (id, token) VALUES (10, UUID())");
        statements.put("s2", "INSERT INTO events (id, created) VALUES (11, NOW())");
        statements.put("s3", "UPDATE events SET note = 'first' LIMIT 1");
        statements.put("s4", "DELETE FROM events WHERE id = 1");
        statements.put("s5", "INSERT INTO events (id, created) VALUES (12, SYSDATE())");
        statements.put("s6", "DELETE FROM events WHERE id IN (2, 3)");
        statements.put("s7", "INSERT INTO events (id, note) VALUES (13, USER())");
        statements.put("s8", "INSERT INTO events (id, note) VALUES (14, 'plain')");
        return java.util.Collections.unmodifiableMap(statements);
    }

    static UnsafeStatements observe(CourseDatabase inventory) {
        inventory.execute("CREATE TABLE events (id INT PRIMARY KEY, token VARCHAR(64), created DATETIME, note VARCHAR(64))",
                "INSERT INTO events (id, note) VALUES (1, 'a'), (2, 'b'), (3, 'c')");
        Map<String, Boolean> unsafe = new LinkedHashMap<>();
        STATEMENTS.forEach((id, sql) -> unsafe.put(id, inventory.warningsInRolledBackStatement(
                "SET SESSION binlog_format = 'STATEMENT'", sql).contains(UNSAFE_WARNING)));
        return new UnsafeStatements(unsafe);
    }

    /**
     * Compares {@code answers} ({@code {"s1": "safe" or "unsafe", ...}}) with the server's
     * warnings, one part per statement.
     */
    void expectAnswers(LabCheck check, String answers) {
        Map<String, String> given = check.submission().answers(answers);
        unsafe.forEach((id, isUnsafe) -> check.part(id, 1, () -> {
            String expected = isUnsafe ? "unsafe" : "safe";
            String answer = given.getOrDefault(id, "").trim().toLowerCase(Locale.ROOT);
            if (!expected.equals(answer)) {
                throw QuizFeedback.wrong(Text.of("L01.unsafe.wrong", answers, id, STATEMENTS.get(id)), answer,
                        Text.of(ANSWERS.contains(answer) ? "hint.L01.unsafe." + id : "hint.L01.unsafe"));
            }
        }));
    }
}
