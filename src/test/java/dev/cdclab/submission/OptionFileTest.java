package dev.cdclab.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Messages;
import dev.cdclab.lab.ServerOptions;
import org.junit.jupiter.api.Test;

/** A student's my.cnf: the server section's binlog options only, with plain values. */
class OptionFileTest {
    private static final String FILE = "lesson01/my.cnf";
    private static final Messages ENGLISH = Messages.forLanguage("en");

    @Test
    void the_server_sections_options_are_read_with_mysql_spelling_and_a_later_one_wins() {
        ServerOptions options = OptionFile.parse(FILE, """
                # a comment
                [client]
                user = root
                [mysqld]
                server-id = 184000
                log-bin
                binlog_format = "STATEMENT"   # first
                loose-binlog-row-image = FULL
                binlog_format = ROW
                """);
        assertThat(options.values()).containsExactly(
                java.util.Map.entry("server_id", "184000"),
                java.util.Map.entry("log_bin", ""),
                java.util.Map.entry("binlog_row_image", "FULL"),
                java.util.Map.entry("binlog_format", "ROW"));
        assertThat(options.arguments()).containsExactly("--server-id=184000", "--log-bin", "--binlog-row-image=FULL", "--binlog-format=ROW");
    }

    @Test
    void options_that_reach_the_graders_files_are_refused_with_every_line_and_the_allowed_list() {
        CheckFailure failure = failure("[mysqld]\ndatadir = /etc\nbinlog_format = ROW\ninit_file=/tmp/x.sql\n");
        assertThat(ENGLISH.render(failure.summary())).contains(FILE, "2");
        assertThat(ENGLISH.render(failure.observed())).contains("2: datadir = /etc", "4: init_file=/tmp/x.sql");
        assertThat(ENGLISH.render(failure.hint())).contains("binlog_format", "server_id").doesNotContain("datadir");
    }

    @Test
    void includes_paths_as_values_and_broken_sections_are_refused() {
        assertThat(ENGLISH.render(failure("!include /etc/passwd\n").summary())).contains("include directives are not supported");
        assertThat(ENGLISH.render(failure("[mysqld]\nlog_bin = /var/lib/x\n").summary())).contains("log_bin = \"/var/lib/x\"");
        assertThat(ENGLISH.render(failure("[mysqld\n").summary())).contains("line 1");
    }

    @Test
    void without_options_the_server_gets_none() {
        assertThat(OptionFile.parse(FILE, "[mysqld]\n# TODO\n").values()).isEmpty();
    }

    @Test
    void options_a_server_lacks_can_be_left_out() {
        ServerOptions options = OptionFile.parse(FILE, "[mysqld]\ngtid_mode = ON\nlog_bin = b\n");
        assertThat(options.without(java.util.Set.of("gtid_mode")).arguments()).containsExactly("--log-bin=b");
    }

    private static CheckFailure failure(String text) {
        return catchThrowableOfType(CheckFailure.class, () -> OptionFile.parse(FILE, text));
    }
}
