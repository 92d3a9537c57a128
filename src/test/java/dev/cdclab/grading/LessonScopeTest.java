package dev.cdclab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cdclab.i18n.Text;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A precondition is proven once per lesson; its failure ends every later check at once, with the same failure. */
class LessonScopeTest {
    private final LessonScope scope = new LessonScope();

    @Test
    void a_failed_precondition_fails_every_later_requirement_with_the_same_failure_without_proving_it_again() throws Exception {
        AtomicInteger proofs = new AtomicInteger();
        CheckFailure nothingCaptured = CheckFailure.of(Text.of("captured.none", "lesson04/connector.json", "inventory.customers"));
        Runnable proof = () -> {
            proofs.incrementAndGet();
            throw nothingCaptured;
        };

        Throwable first = catchThrowable(() -> scope.require("captures", proof));
        scope.close(); // a check released the shared connectors: the verdict stays
        Throwable later = catchThrowable(() -> scope.require("captures", proof));

        assertThat(first).isSameAs(nothingCaptured);
        assertThat(later).as("the report groups checks with the same feedback: for the same reason as the first").isSameAs(nothingCaptured);
        assertThat(proofs).hasValue(1);
    }

    @Test
    void a_precondition_that_holds_is_proven_once_and_lets_every_check_go_on() {
        AtomicInteger proofs = new AtomicInteger();

        scope.require("captures", proofs::incrementAndGet);
        assertThatCode(() -> scope.require("captures", proofs::incrementAndGet)).doesNotThrowAnyException();

        assertThat(proofs).hasValue(1);
    }

    @Test
    void preconditions_are_kept_apart_by_their_keys() {
        scope.require("captures", () -> { });

        Throwable other = catchThrowable(() -> scope.require("history", () -> {
            throw CheckFailure.of(Text.verbatim("no history"));
        }));

        assertThat(other).isInstanceOf(CheckFailure.class);
    }
}
