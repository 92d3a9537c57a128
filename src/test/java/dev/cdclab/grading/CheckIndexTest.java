package dev.cdclab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checks and their points, read from the suites' annotations without running them. */
class CheckIndexTest {
    private static final String SPLIT = "dev.cdclab.grading.fixtures.split";

    @Test
    void the_index_lists_the_checks_of_both_classes_in_report_order_with_their_points() {
        CheckIndex index = CheckIndex.from(LessonSuites.discover(SPLIT), LessonSelection.parse("all"));

        assertThat(index.lessons()).extracting(CheckIndex.LessonChecks::id).containsExactly("T09");
        assertThat(index.lessons().get(0).checks()).containsExactly(
                new CheckIndex.CheckPoints("T09.hidden-first", 1),
                new CheckIndex.CheckPoints("T09.hidden-second", 1.5),
                new CheckIndex.CheckPoints("T09.public-passes", 2),
                new CheckIndex.CheckPoints("T09.public-fails", 3));
        assertThat(index.points("T09.hidden-second")).hasValue(1.5);
        assertThat(index.points("T09.no-such-check")).isEmpty();
    }

    @Test
    void the_index_leaves_out_lessons_that_are_not_selected() {
        CheckIndex index = CheckIndex.from(LessonSuites.discover(SPLIT), LessonSelection.parse("L04"));

        assertThat(index.lessons()).isEmpty();
        assertThat(index.points("T09.public-passes")).isEmpty();
    }
}
