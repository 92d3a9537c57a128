package dev.cdclab.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Messages;
import org.junit.jupiter.api.Test;

/** How a student's SQL file is split into statements, as the mysql and psql clients split it. */
class SqlScriptTest {
    private static final String FILE = "lesson01/queries.sql";

    @Test
    void statements_end_at_semicolons_outside_quotes_and_comments() {
        SqlScript script = SqlScript.parse(FILE, """
                SELECT 'a;b', "c;d", `e;f` FROM t; -- a comment; with a semicolon
                /* a block; comment */ SELECT 2 # another; comment
                ;
                SELECT 'it''s', 'back\\'slash'
                """);
        assertThat(script.statements()).extracting(SqlScript.Statement::sql)
                .containsExactly("SELECT 'a;b', \"c;d\", `e;f` FROM t", "SELECT 2", "SELECT 'it''s', 'back\\'slash'");
        assertThat(script.statements()).extracting(SqlScript.Statement::number).containsExactly(1, 2, 3);
    }

    @Test
    void a_postgresql_dollar_quoted_body_keeps_its_semicolons() {
        SqlScript script = SqlScript.parse("lesson02/setup.sql", "DO $body$ BEGIN PERFORM 1; END $body$;\nSELECT $$a;b$$, price$;");
        assertThat(script.statements()).extracting(SqlScript.Statement::sql)
                .containsExactly("DO $body$ BEGIN PERFORM 1; END $body$", "SELECT $$a;b$$, price$");
        assertThat(english(failure("DO $$ BEGIN; END"))).contains("$$ quote is not closed");
    }

    @Test
    void a_name_comment_names_the_next_statement_only() {
        SqlScript script = SqlScript.parse(FILE, """
                -- name: current-position
                SHOW BINLOG STATUS;
                SELECT 1;
                -- name: Binlog-Files
                -- any other comment
                SHOW BINARY LOGS;
                """);
        assertThat(script.named("current-position")).get().extracting(SqlScript.Statement::sql).isEqualTo("SHOW BINLOG STATUS");
        assertThat(script.statements().get(1).name()).isNull();
        assertThat(script.named("binlog-files")).get().extracting(SqlScript.Statement::sql).isEqualTo("SHOW BINARY LOGS");
        assertThat(script.byName()).containsOnlyKeys("current-position", "binlog-files");
    }

    @Test
    void a_name_with_no_statement_after_it_names_nothing() {
        SqlScript script = SqlScript.parse(FILE, "-- name: current-position\n-- TODO\n");
        assertThat(script.statements()).isEmpty();
        assertThat(script.named("current-position")).isEmpty();
    }

    @Test
    void an_unclosed_quote_or_comment_is_a_clear_failure() {
        assertThat(english(failure("SELECT 'never closed;"))).contains(FILE, "' quote is not closed");
        assertThat(english(failure("SELECT 1 /* open"))).contains(FILE, "comment is not closed");
    }

    @Test
    void delimiter_and_too_many_statements_are_refused_unrun() {
        assertThat(english(failure("DELIMITER //\nSELECT 1//"))).contains("DELIMITER is a command of the mysql client");
        assertThat(english(failure("SELECT 1;".repeat(SqlScript.MAX_STATEMENTS + 1)))).contains("more than 100 statements");
    }

    @Test
    void a_statement_is_shown_on_one_shortened_line() {
        SqlScript.Statement statement = SqlScript.parse(FILE, "SELECT\n  " + "x, ".repeat(80) + "y").statements().get(0);
        assertThat(statement.shown()).doesNotContain("\n").hasSize(160).endsWith("...");
    }

    private static CheckFailure failure(String text) {
        return catchThrowableOfType(CheckFailure.class, () -> SqlScript.parse(FILE, text));
    }

    private static String english(CheckFailure failure) {
        return Messages.forLanguage("en").render(failure.summary());
    }
}
