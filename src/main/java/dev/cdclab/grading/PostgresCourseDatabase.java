package dev.cdclab.grading;

import dev.cdclab.i18n.Text;
import dev.cdclab.lab.CdcUsers;
import dev.cdclab.lab.PostgresDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The course's {@code inventory} database on the lab's PostgreSQL (schema {@code inventory}, the
 * tables and rows of the MySQL one), reset for one check, with the two roles a lesson works through:
 * <ul>
 *   <li>{@value #OWNER} owns the tables and may create publications in the database, and nothing
 *       more (no superuser, no CREATEDB or CREATEROLE, three connections, every statement bounded):
 *       the student's setup SQL runs as this role ({@link #loginAsOwner()}), never as the administrator;</li>
 *   <li>{@value #APP} may only read and write the tables: the grader's own changes run as it, so that
 *       a trigger or default the student's SQL attached to a table never runs with the administrator's rights.</li>
 * </ul>
 * The {@code debezium} role ({@link CdcUsers}) may read the tables, as Debezium's snapshot needs.
 *
 * <pre>{@code
 * PostgresCourseDatabase inventory = PostgresCourseDatabase.reset(lab.postgres());
 * try (StudentSql sql = inventory.loginAsOwner()) { sql.runAll(script); }
 * inventory.execute("UPDATE inventory.customers SET email = 'x@y.z' WHERE id = 1001");
 * }</pre>
 */
public final class PostgresCourseDatabase {
    public static final String NAME = "inventory";
    public static final String OWNER = "inventory_owner";
    static final String APP = "inventory_app";
    static final String PASSWORD = "student-sql";
    private static final String FIXTURE = "/dev/cdclab/fixtures/inventory-postgres.sql";
    private static final List<String> TABLES = List.of("inventory.customers", "inventory.products", "inventory.orders");

    private final PostgresDatabase server;

    private PostgresCourseDatabase(PostgresDatabase server) {
        this.server = server;
    }

    /**
     * Drops {@code inventory} (its slots first, and any session in it) and the two roles, and makes
     * them anew with the seed rows.
     */
    public static PostgresCourseDatabase reset(PostgresDatabase server) {
        ReplicationSlots.dropAll(server, NAME);
        admin(server, "", "DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
        admin(server, "", roleStatements().toArray(String[]::new));
        admin(server, "", "CREATE DATABASE " + NAME);
        admin(server, NAME, fixtureStatements());
        admin(server, NAME, grantStatements().toArray(String[]::new));
        return new PostgresCourseDatabase(server);
    }

    /** The roles, made anew: settings a student's {@code ALTER ROLE ... SET} left on them do not survive a reset. */
    static List<String> roleStatements() {
        String bounds = " NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT CONNECTION LIMIT 3 PASSWORD '"
                + PASSWORD + "'";
        String timeout = StudentSql.STATEMENT_SECONDS + "s";
        List<String> statements = new java.util.ArrayList<>();
        for (String role : List.of(OWNER, APP)) {
            statements.add("DROP ROLE IF EXISTS " + role);
            statements.add("CREATE ROLE " + role + " LOGIN" + bounds);
            statements.add("ALTER ROLE " + role + " SET statement_timeout = '" + timeout + "'");
            statements.add("ALTER ROLE " + role + " SET lock_timeout = '" + timeout + "'");
            statements.add("ALTER ROLE " + role + " SET idle_in_transaction_session_timeout = '10s'");
            statements.add("ALTER ROLE " + role + " SET search_path = " + NAME);
        }
        return statements;
    }

    /** Who may do what in the fresh database: the owner owns the tables, the app and Debezium read (the app also writes). */
    static List<String> grantStatements() {
        List<String> statements = new java.util.ArrayList<>();
        statements.add("REVOKE ALL ON DATABASE " + NAME + " FROM PUBLIC");
        statements.add("GRANT CONNECT, CREATE ON DATABASE " + NAME + " TO " + OWNER);
        statements.add("GRANT CONNECT ON DATABASE " + NAME + " TO " + APP + ", " + CdcUsers.NAME);
        statements.add("GRANT USAGE ON SCHEMA " + NAME + " TO " + OWNER + ", " + APP + ", " + CdcUsers.NAME);
        for (String table : TABLES) {
            statements.add("ALTER TABLE " + table + " OWNER TO " + OWNER);
            statements.add("GRANT SELECT, INSERT, UPDATE, DELETE ON " + table + " TO " + APP);
            statements.add("GRANT SELECT ON " + table + " TO " + CdcUsers.NAME);
        }
        statements.add("GRANT USAGE ON ALL SEQUENCES IN SCHEMA " + NAME + " TO " + APP);
        return statements;
    }

    /** A session as the tables' owner, for the student's SQL; each statement bounded (see {@link StudentSql}). */
    public StudentSql loginAsOwner() {
        return StudentSql.as(server, OWNER, PASSWORD, NAME);
    }

    /**
     * Runs the grader's changes in order, as {@value #APP}. The student owns the tables, so a change
     * the server refuses (a table without a replica identity that publishes updates, a dropped
     * column) is the student's doing: a {@link CheckFailure} quoting the statement and the server.
     */
    public void execute(String... statements) {
        try (Connection connection = server.open(APP, PASSWORD, NAME); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(StudentSql.STATEMENT_SECONDS);
            for (String sql : statements) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                        throw e;
                    }
                    throw CheckFailure.of(Text.of("pg.change.refused", sql))
                            .observed(Text.verbatim(String.valueOf(e.getMessage())))
                            .hint(Text.of("hint.pg.change.refused"));
                }
            }
        } catch (SQLException e) {
            throw new InfrastructureException("the grader's own change failed on the lab's PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** The tables {@code publication} publishes ({@code schema.table}), as the server has it; empty when it does not exist. */
    public List<String> publishedTables(String publication) {
        QueryResult result = query("SELECT schemaname || '.' || tablename AS t FROM pg_publication_tables WHERE pubname = "
                + quote(publication) + " ORDER BY 1");
        return result.column("t").orElse(List.of());
    }

    /** The server's WAL insert position now, as a number (what Debezium writes as {@code lsn}). */
    public long walInsertPosition() {
        return Long.parseLong(query("SELECT (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint AS lsn").rows().get(0).get(0));
    }

    /** What {@code sql} returns to the administrator in {@code inventory}. */
    public QueryResult query(String sql) {
        return QueryResult.asAdmin(server, NAME, sql);
    }

    /** Runs statements as the administrator in {@code inventory}: the grader's own set-up (a publication of its own). */
    public void executeAsAdmin(String... statements) {
        admin(server, NAME, statements);
    }

    private static String quote(String literal) {
        return "'" + literal.replace("'", "''") + "'";
    }

    private static void admin(PostgresDatabase server, String database, String... statements) {
        try (Connection connection = server.openAdmin(database); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new InfrastructureException("the grader's own SQL failed on the lab's PostgreSQL: " + e.getMessage(), e);
        }
    }

    static String[] fixtureStatements() {
        return SqlFixture.statements(FIXTURE);
    }
}
