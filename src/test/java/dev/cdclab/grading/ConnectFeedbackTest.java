package dev.cdclab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.i18n.Text;
import org.junit.jupiter.api.Test;

/** The Postgres connector's own failure reasons lead to lesson 02's hints. */
class ConnectFeedbackTest {

    @Test
    void a_publication_that_does_not_exist_while_autocreation_is_disabled_gets_the_publication_hint() {
        assertThat(ConnectFeedback.hintForFailure("io.debezium.DebeziumException: Publication autocreation is disabled, "
                + "please create one and restart the connector.")).isEqualTo(Text.of("hint.pg.publication-missing"));
    }

    @Test
    void a_publication_debezium_may_not_change_gets_the_ownership_hint() {
        assertThat(ConnectFeedback.hintForFailure("ERROR: must be owner of table customers"))
                .isEqualTo(Text.of("hint.pg.publication-owner"));
    }

    @Test
    void a_reason_nobody_foresaw_gets_the_general_hint() {
        assertThat(ConnectFeedback.hintForFailure("something else entirely")).isEqualTo(Text.of("hint.connector.failed"));
    }
}
