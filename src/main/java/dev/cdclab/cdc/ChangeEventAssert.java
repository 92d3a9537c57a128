package dev.cdclab.cdc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Fluent assertions on one change event's row images.
 *
 * <pre>{@code assertThatEvent(update).hasBefore("email", "a@x").hasAfter("email", "b@x"); }</pre>
 */
public final class ChangeEventAssert extends AbstractAssert<ChangeEventAssert, ChangeEvent> {
    private final Text hint;

    ChangeEventAssert(ChangeEvent actual, Text hint) {
        super(actual, ChangeEventAssert.class);
        this.hint = hint;
    }

    public static ChangeEventAssert assertThatEvent(ChangeEvent event) {
        return new ChangeEventAssert(event, null);
    }

    /** The {@code before} image has {@code field} = {@code value}. */
    public ChangeEventAssert hasBefore(String field, Object value) {
        return hasImageField("before", actual.before(), field, value);
    }

    /** The {@code after} image has {@code field} = {@code value}. */
    public ChangeEventAssert hasAfter(String field, Object value) {
        return hasImageField("after", actual.after(), field, value);
    }

    /** No {@code after} image: what a delete carries. */
    public ChangeEventAssert hasNoAfter() {
        if (actual.after() != null && !actual.after().isNull()) {
            throw CheckFailure.of(Text.of("event.image.present", "after", actual.describe()))
                    .expected(Text.of("event.image.none", "after"))
                    .observed(Text.verbatim(String.valueOf(actual.after())))
                    .hint(hint);
        }
        return this;
    }

    /** {@code source} names the binlog file and a position in it: where the connector resumes from. */
    public ChangeEventAssert hasBinlogPosition() {
        JsonNode source = actual.source();
        boolean hasFile = source != null && !source.path("file").asText("").isEmpty();
        boolean hasPosition = source != null && source.path("pos").asLong(0) > 0;
        if (!hasFile || !hasPosition) {
            throw CheckFailure.of(Text.of("event.source.position", actual.describe()))
                    .expected(Text.verbatim("source.file, source.pos > 0"))
                    .observed(Text.verbatim("source = " + source))
                    .hint(hint);
        }
        return this;
    }

    private ChangeEventAssert hasImageField(String image, JsonNode row, String field, Object value) {
        String seen = row == null || row.isNull() ? null
                : row.has(field) ? (row.get(field).isNull() ? "null" : row.get(field).asText()) : null;
        if (!Objects.equals(String.valueOf(value), seen)) {
            throw CheckFailure.of(Text.of("event.image.field", image, field, actual.describe()))
                    .expected(Text.verbatim(image + "." + field + " = " + value))
                    .observed(Text.verbatim(image + " = " + (row == null ? "null" : row.toString())))
                    .hint(hint);
        }
        return this;
    }
}
