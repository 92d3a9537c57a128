package dev.cdclab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A refused statement of lesson02/setup.sql gets the hint that fits the server's words. */
class Lesson02SetupHintTest {

    @Test
    void a_publication_for_all_tables_is_told_to_list_the_tables() {
        assertThat(Lesson02BinlogVsWal.setupHint("ERROR: must be superuser to create FOR ALL TABLES publication"))
                .isEqualTo("hint.L02.setup.for-table");
    }

    @Test
    void a_statement_stopped_after_five_seconds_is_told_about_the_bound() {
        assertThat(Lesson02BinlogVsWal.setupHint("SELECT pg_sleep(100000)\n→ ERROR: canceling statement due to user request"))
                .isEqualTo("hint.L02.setup.timeout");
    }

    @Test
    void a_server_setting_or_a_role_is_told_that_the_owner_of_the_tables_may_not_change_it() {
        assertThat(Lesson02BinlogVsWal.setupHint("ERROR: permission denied to set parameter \"wal_level\""))
                .isEqualTo("hint.L02.setup.privileges");
    }

    @Test
    void a_syntax_error_gets_the_general_setup_hint() {
        assertThat(Lesson02BinlogVsWal.setupHint("ERROR: syntax error at or near \"PUBLICATON\"")).isEqualTo("hint.L02.setup");
    }
}
