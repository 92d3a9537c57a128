package dev.cdclab.cdc;

import static dev.cdclab.cdc.ChangeEventsAssert.assertThatEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeEventsAssertTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "mysql.inventory.customers";

    @Test
    void the_one_event_of_an_operation_and_key_is_found() throws Exception {
        ChangeEvents events = events(event(0, "r", 1001), event(1, "c", 1005));
        assertThat(assertThatEvents(events).hasOne("c", "id", 1005).actual().offset()).isEqualTo(1);
    }

    @Test
    void a_missing_event_names_its_key_as_written_in_every_language() throws Exception {
        // GIVEN only the insert of customer 1005
        ChangeEvents events = events(event(0, "c", 1005));
        // WHEN its update is asked for
        CheckFailure failure = catchThrowableOfType(CheckFailure.class, () -> assertThatEvents(events).hasOne("u", "id", 1005));
        // THEN the key reads 1005, not as a number with grouped digits (1,005 or 1 005)
        for (String language : List.of("en", "ru")) {
            Messages messages = Messages.forLanguage(language);
            assertThat(messages.render(failure.summary())).as(language).contains("id = 1005");
            assertThat(messages.render(failure.expected())).as(language).contains("id = 1005");
        }
        assertThat(Messages.forLanguage("en").render(failure.summary())).isEqualTo(
                "Expected one update (u) event for id = 1005 on topic " + TOPIC + ".");
        assertThat(Messages.forLanguage("en").render(failure.observed())).isEqualTo("1 event(s): [c {\"id\":1005}]");
    }

    private static ChangeEvents events(ChangeEvent... events) {
        return new ChangeEvents(TOPIC, List.of(events));
    }

    private static ChangeEvent event(long offset, String op, int id) throws Exception {
        return new ChangeEvent(TOPIC, 0, offset, JSON.readTree("{\"id\":" + id + "}"),
                JSON.readTree("{\"op\":\"" + op + "\",\"after\":{\"id\":" + id + "}}"));
    }
}
