package dev.cdclab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grading.fixtures.split.T09HiddenChecks;
import dev.cdclab.grading.fixtures.split.T09PublicChecks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A lesson whose checks live in two classes (the shipped public suite and the instructor's hidden
 * checks) is one lesson: discovery keeps both classes, and the index of points lists every check.
 */
class LessonSuitesTest {
    private static final String SPLIT = "dev.cdclab.grading.fixtures.split";

    @Test
    void two_classes_with_one_lesson_id_are_both_discovered_under_that_id_by_class_name() {
        Map<String, List<Class<?>>> suites = LessonSuites.discover(SPLIT);

        assertThat(suites).containsOnlyKeys("T09");
        assertThat(suites.get("T09")).containsExactly(T09HiddenChecks.class, T09PublicChecks.class);
    }

    @Test
    void the_course_lessons_are_found_in_the_lessons_package() {
        assertThat(LessonSuites.ids()).contains("L04").doesNotContain("T09");
    }
}
