package dev.cdclab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.i18n.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failure met inside a check (a connector that failed) keeps its own hint and gains the check's. */
class CheckFailureTest {
    private static final Text CONNECTOR = Text.of("hint.connector.failed");
    private static final Text CHECK = Text.of("hint.L04.snapshot");

    @Test
    void the_checks_hint_follows_the_failures_own() {
        assertThat(CheckFailure.of(Text.verbatim("failed")).hint(CONNECTOR).alsoHint(CHECK).hint())
                .isEqualTo(Text.lines(List.of(CONNECTOR, CHECK)));
    }

    @Test
    void a_failure_without_a_hint_takes_the_checks_and_the_same_hint_is_not_given_twice() {
        assertThat(CheckFailure.of(Text.verbatim("failed")).alsoHint(CHECK).hint()).isEqualTo(CHECK);
        assertThat(CheckFailure.of(Text.verbatim("failed")).hint(CHECK).alsoHint(CHECK).hint()).isEqualTo(CHECK);
        assertThat(CheckFailure.of(Text.verbatim("failed")).hint(CHECK).alsoHint(null).hint()).isEqualTo(CHECK);
    }
}
