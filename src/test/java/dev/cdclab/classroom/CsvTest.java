package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void plain_fields_are_written_as_they_are_and_empty_or_null_ones_as_nothing() {
        assertThat(Csv.line(List.of("anna", "graded", "6.5"))).isEqualTo("anna,graded,6.5\n");
        assertThat(Csv.line(java.util.Arrays.asList("a", "", null, "b"))).isEqualTo("a,,,b\n");
    }

    @Test
    void a_comma_a_quote_or_a_line_break_is_quoted_with_quotes_doubled() {
        assertThat(Csv.line(List.of("grader crashed: a, b", "say \"no\"", "two\nlines")))
                .isEqualTo("\"grader crashed: a, b\",\"say \"\"no\"\"\",\"two\nlines\"\n");
    }

    @Test
    void what_is_written_parses_back_to_the_same_fields() {
        List<String> first = List.of("иван", "ran past its bound of 60 s; the lab, restarted", "\"quoted\"", "");
        List<String> second = List.of("b", "multi\r\nline", "x");

        assertThat(Csv.parse(Csv.line(first) + Csv.line(second))).containsExactly(first, second);
    }

    @Test
    void windows_line_ends_and_a_missing_last_line_end_are_read() {
        assertThat(Csv.parse("student,total\r\nanna,4\r\nboris,5")).containsExactly(
                List.of("student", "total"), List.of("anna", "4"), List.of("boris", "5"));
    }

    @Test
    void a_quoted_field_that_never_ends_is_refused_naming_its_row() {
        assertThatIllegalArgumentException().isThrownBy(() -> Csv.parse("a,b\nc,\"open\n"))
                .withMessage("row 2 has a quoted field that never ends");
    }
}
