package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The progress lines: position, student, outcome, time and what is left. */
class BatchProgressTest {

    @Test
    void each_line_names_the_student_and_its_place_and_estimates_the_rest_from_the_mean_time() {
        BatchProgress progress = new BatchProgress(10);

        assertThat(progress.starting("anna")).isEqualTo("[1/10] anna ... ");
        assertThat(progress.graded("20 / 20", 12_300)).isEqualTo("20 / 20, 12.3 s, ~2 min left");
        assertThat(progress.starting("boris")).isEqualTo("[2/10] boris ... ");
        assertThat(progress.graded("TIMED OUT: ran past its bound of 60 s", 7_700)).isEqualTo("TIMED OUT: ran past its bound of 60 s, 7.7 s, ~80 s left");
    }

    @Test
    void a_kept_student_takes_no_time_and_nothing_is_estimated_before_a_grade() {
        BatchProgress progress = new BatchProgress(3);

        progress.starting("anna");
        assertThat(progress.kept("unchanged, kept 20 / 20")).isEqualTo("unchanged, kept 20 / 20");
        progress.starting("boris");
        assertThat(progress.graded("18 / 20", 10_000)).isEqualTo("18 / 20, 10.0 s, ~10 s left");
        progress.starting("clara");
        assertThat(progress.graded("0 / 20", 1_000)).as("nobody left").isEqualTo("0 / 20, 1.0 s");
    }
}
