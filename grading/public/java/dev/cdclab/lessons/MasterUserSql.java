package dev.cdclab.lessons;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.StudentSql;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.SqlServer;
import dev.cdclab.lab.aurora.SimulatedCluster;
import dev.cdclab.submission.SqlScript;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A student's SQL for the simulated Aurora cluster, run as its master user on the writer. Only the
 * kinds of statement lesson 03 is about are run (users, grants, RDS's procedures, SHOW and SELECT);
 * a statement naming one of the cluster's own accounts is refused before it runs, so no student
 * can drop or change the accounts the grader and the replica use.
 */
final class MasterUserSql {
    private static final List<String> ALLOWED = List.of(
            "CREATE USER", "GRANT", "REVOKE", "ALTER USER", "DROP USER", "CALL", "SHOW", "SELECT", "FLUSH PRIVILEGES", "SET PASSWORD");
    private static final Pattern RESERVED = Pattern.compile("(?<![A-Za-z0-9_$.])(" + String.join("|",
            SimulatedCluster.RESERVED_USERS.stream().map(Pattern::quote).toList()) + ")(?![A-Za-z0-9_$])", Pattern.CASE_INSENSITIVE);

    private static final dev.cdclab.i18n.Messages ENGLISH = dev.cdclab.i18n.Messages.forLanguage("en");

    private MasterUserSql() {
    }

    /** Checks every statement of {@code artifact}, then runs them in order as the master user of {@code writer}. */
    static void run(dev.cdclab.submission.Submission submission, String artifact, SqlServer writer) {
        SqlScript script = SqlScript.parse(artifact, submission.text(artifact));
        for (SqlScript.Statement statement : script.statements()) {
            String normalized = statement.sql().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
            if (ALLOWED.stream().noneMatch(normalized::startsWith)) {
                throw CheckFailure.of(Text.of("L03.sql.kind", artifact, String.valueOf(statement.number())))
                        .observed(Text.verbatim(statement.shown()))
                        .expected(Text.verbatim(String.join(", ", ALLOWED)))
                        .hint(Text.of("hint.L03.sql.kind"));
            }
            var reserved = RESERVED.matcher(statement.sql());
            if (reserved.find()) {
                throw CheckFailure.of(Text.of("L03.sql.reserved", artifact, String.valueOf(statement.number()), reserved.group(1)))
                        .observed(Text.verbatim(statement.shown()))
                        .hint(Text.of("hint.L03.sql.kind"));
            }
        }
        try (StudentSql sql = StudentSql.as(writer, SimulatedCluster.MASTER_USER, SimulatedCluster.MASTER_PASSWORD, "")) {
            sql.runAll(script);
        } catch (CheckFailure failure) {
            throw isRefusedGrantAll(failure) ? failure.alsoHint(Text.of("hint.L03.grant-all")) : failure;
        }
    }

    /**
     * Whether the server refused a {@code GRANT ALL}: the master user has no SUPER, so Aurora
     * refuses it, and the student must also hear that ALL is more than Debezium needs.
     */
    private static boolean isRefusedGrantAll(CheckFailure failure) {
        String observed = failure.observed() == null ? "" : ENGLISH.render(failure.observed()).replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return observed.startsWith("GRANT ALL") && observed.contains("ACCESS DENIED");
    }
}
