package dev.cdclab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the PostgreSQL course database is made of, read without a server: the fixture and the roles' bounds. */
class PostgresCourseDatabaseTest {

    @Test
    void the_fixture_makes_the_three_course_tables_in_schema_inventory_with_their_seed_rows() {
        List<String> statements = Arrays.asList(PostgresCourseDatabase.fixtureStatements());

        assertThat(statements.get(0)).isEqualTo("CREATE SCHEMA inventory");
        assertThat(statements).filteredOn(s -> s.startsWith("CREATE TABLE"))
                .extracting(s -> s.split("\\s+")[2])
                .containsExactly("inventory.customers", "inventory.products", "inventory.orders");
        assertThat(statements).filteredOn(s -> s.startsWith("INSERT INTO")).hasSize(3);
        assertThat(statements).noneMatch(s -> s.startsWith("--") || s.isBlank());
    }

    @Test
    void the_roles_the_students_sql_and_the_graders_changes_run_as_have_no_administrators_rights_and_bounded_statements() {
        List<String> statements = PostgresCourseDatabase.roleStatements();

        assertThat(statements).filteredOn(s -> s.startsWith("CREATE ROLE")).hasSize(2)
                .allMatch(s -> s.contains("NOSUPERUSER") && s.contains("NOCREATEDB") && s.contains("NOCREATEROLE")
                        && s.contains("NOREPLICATION") && s.contains("CONNECTION LIMIT 3"));
        assertThat(statements).contains(
                "ALTER ROLE " + PostgresCourseDatabase.OWNER + " SET statement_timeout = '" + StudentSql.STATEMENT_SECONDS + "s'",
                "ALTER ROLE " + PostgresCourseDatabase.APP + " SET statement_timeout = '" + StudentSql.STATEMENT_SECONDS + "s'");
        // made anew on every reset: a setting the student's SQL left on the role does not survive
        assertThat(statements.indexOf("DROP ROLE IF EXISTS " + PostgresCourseDatabase.OWNER))
                .isLessThan(statements.indexOf(statements.stream().filter(s -> s.startsWith("CREATE ROLE " + PostgresCourseDatabase.OWNER))
                        .findFirst().orElseThrow()));
    }

    @Test
    void the_owner_owns_every_table_and_debezium_may_only_read_them() {
        List<String> grants = PostgresCourseDatabase.grantStatements();

        assertThat(grants).filteredOn(s -> s.endsWith("OWNER TO " + PostgresCourseDatabase.OWNER)).hasSize(3);
        assertThat(grants).filteredOn(s -> s.endsWith("TO debezium") && s.startsWith("GRANT SELECT ON")).hasSize(3);
        assertThat(grants).noneMatch(s -> s.contains("debezium") && (s.contains("INSERT") || s.contains("CREATE")));
        assertThat(grants).contains("REVOKE ALL ON DATABASE inventory FROM PUBLIC");
    }
}
