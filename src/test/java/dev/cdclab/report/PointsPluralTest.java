package dev.cdclab.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.i18n.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts of points are worded by CLDR's plural rules (ICU4J), in both languages, as a reader writes them. */
class PointsPluralTest {
    private final Messages russian = Messages.forLanguage("ru");
    private final Messages english = Messages.forLanguage("en");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1   | Итого: 1 / 1 балл (0,0 с).",
            "2   | Итого: 2 / 2 балла (0,0 с).",
            "5   | Итого: 5 / 5 баллов (0,0 с).",
            "11  | Итого: 11 / 11 баллов (0,0 с).",
            "21  | Итого: 21 / 21 балл (0,0 с).",
            "22  | Итого: 22 / 22 балла (0,0 с).",
            "25  | Итого: 25 / 25 баллов (0,0 с).",
            "1.5 | Итого: 1,5 / 1,5 балла (0,0 с).",
            "4.0 | Итого: 4 / 4 балла (0,0 с)."})
    void russian_counts_take_the_plural_form_of_their_number(double points, String expected) {
        assertThat(russian.get("console.total", Points.count(points), Points.count(points), 0.0)).startsWith(expected);
    }

    @ParameterizedTest(name = "of {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1   | Итого: 1 из 1 балла.",
            "2   | Итого: 2 из 2 баллов.",
            "5   | Итого: 5 из 5 баллов.",
            "21  | Итого: 21 из 21 балла.",
            "22  | Итого: 22 из 22 баллов.",
            "1.5 | Итого: 1,5 из 1,5 балла."})
    void after_iz_russian_takes_the_genitive_of_the_number(double points, String expected) {
        assertThat(russian.get("report.total", Points.count(points), Points.count(points))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "1   | Total: 1 of 1 point.",
            "2   | Total: 2 of 2 points.",
            "1.5 | Total: 1.5 of 1.5 points.",
            "0   | Total: 0 of 0 points."})
    void english_counts_say_point_for_one_only(double points, String expected) {
        assertThat(english.get("report.total", Points.count(points), Points.count(points))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} r events")
    @CsvSource(delimiter = '|', value = {"1 | ровно 1 событие r", "4 | ровно 4 события r", "5 | ровно 5 событий r", "21 | ровно 21 событие r"})
    void event_counts_are_worded_too(int events, String expected) {
        assertThat(russian.get("events.snapshot.reads.expected", events, "customer", "inventory.customers")).startsWith(expected);
    }

    @ParameterizedTest(name = "{0} rounds to {1}")
    @CsvSource({"4.0, 4", "2.5, 2.5", "0.333, 0.3", "2.96, 3"})
    void a_count_is_rounded_as_shown(double points, String counted) {
        assertThat(Points.count(points).toPlainString()).isEqualTo(counted);
    }
}
