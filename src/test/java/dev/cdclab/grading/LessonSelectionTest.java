package dev.cdclab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LessonSelectionTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"all", "ALL", " All ", "", "   "})
    void all_or_nothing_selects_every_lesson(String text) {
        LessonSelection selection = LessonSelection.parse(text);
        assertThat(selection.ids()).isEmpty();
        assertThat(selection.includes("L04")).isTrue();
        assertThat(selection.includes("L99")).isTrue();
        assertThat(selection.unknownIn(List.of("L04"))).isEmpty();
    }

    @Test
    void one_lesson_is_selected_whatever_its_case() {
        LessonSelection selection = LessonSelection.parse("l04");
        assertThat(selection.ids()).containsExactly("L04");
        assertThat(selection.includes("L04")).isTrue();
        assertThat(selection.includes("L05")).isFalse();
    }

    @Test
    void a_comma_separated_list_selects_each_lesson_in_it() {
        LessonSelection selection = LessonSelection.parse("L04, l05,,");
        assertThat(selection.ids()).containsExactly("L04", "L05");
        assertThat(selection.includes("L05")).isTrue();
        assertThat(selection.includes("L06")).isFalse();
    }

    @Test
    void the_lessons_the_grader_does_not_have_are_named() {
        LessonSelection selection = LessonSelection.parse("L04,L07,x");
        assertThat(selection.unknownIn(List.of("L04", "L05"))).containsExactly("L07", "X");
        assertThat(LessonSelection.parse("L04,L05").unknownIn(List.of("L04", "L05"))).isEmpty();
    }
}
