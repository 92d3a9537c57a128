package dev.cdclab.lessons;

import dev.cdclab.grading.InfrastructureException;
import dev.cdclab.grading.StudentSql;
import dev.cdclab.lab.SqlServer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The restricted user a lesson runs a student's SQL as on a binlog server: it may log in and has
 * only the privileges the lesson names (never the administrator's), a few connections, and a
 * server-side bound on each statement where the server has one.
 */
record StudentAccount(SqlServer server, String user, String password) {
    static final String PASSWORD = "student-sql";

    /** Makes {@code user} anew on {@code server} with exactly {@code grants} ({@code "SELECT ON inventory.*"}...). */
    static StudentAccount create(dev.cdclab.lab.BinlogDatabase server, String user, List<String> grants) {
        List<String> statements = new ArrayList<>();
        statements.add("DROP USER IF EXISTS '" + user + "'@'%'");
        statements.add(server.dialect().createRestrictedUser(user, PASSWORD, StudentSql.STATEMENT_SECONDS));
        grants.forEach(grant -> statements.add("GRANT " + grant + " TO '" + user + "'@'%'"));
        try {
            server.executeAsAdmin("", statements.toArray(String[]::new));
        } catch (SQLException e) {
            throw new InfrastructureException("could not create the student's database user " + user + ": " + e.getMessage(), e);
        }
        return new StudentAccount(server, user, PASSWORD);
    }

    StudentSql login(String database) {
        return StudentSql.as(server, user, password, database);
    }
}
