package dev.cdclab.cdc;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Fluent assertions on the change events of a topic, failing with a {@link CheckFailure} that says
 * what was expected and lists what was seen.
 *
 * <pre>{@code
 * assertThatEvents(customers.events())
 *         .hasExactlyOneReadPerKey("id", List.of(1001, 1002, 1003, 1004))
 *         .hasOne("c", "id", 1005).hasAfter("email", "new@example.com");
 * }</pre>
 */
public final class ChangeEventsAssert extends AbstractAssert<ChangeEventsAssert, ChangeEvents> {
    private Text hint;

    private ChangeEventsAssert(ChangeEvents actual) {
        super(actual, ChangeEventsAssert.class);
    }

    public static ChangeEventsAssert assertThatEvents(ChangeEvents events) {
        return new ChangeEventsAssert(events);
    }

    /** The hint attached to every failure of this assertion chain. */
    public ChangeEventsAssert withHint(Text hint) {
        this.hint = hint;
        return this;
    }

    /** Exactly one snapshot read ({@code op=r}) for each key, and no read for any other key. */
    public ChangeEventsAssert hasExactlyOneReadPerKey(String keyField, Collection<?> keys) {
        List<String> expected = keys.stream().map(String::valueOf).sorted().toList();
        List<String> reads = actual.withOp("r").events().stream().map(e -> e.keyField(keyField)).sorted().toList();
        if (!reads.equals(expected)) {
            throw failure(Text.of("events.snapshot.reads", actual.topic()),
                    Text.of("events.snapshot.reads.expected", expected.size(), keyField, expected),
                    Text.of("events.seen", actual.describe(), reads.size(), new TreeSet<>(reads)));
        }
        return this;
    }

    /** No event with operation {@code op}. */
    public ChangeEventsAssert hasNone(String op) {
        if (actual.withOp(op).size() > 0) {
            throw failure(Text.of("events.op.unexpected", Text.of("op." + op), actual.topic()),
                    Text.of("events.none.expected", op), Text.of("events.seen.list", actual.describe()));
        }
        return this;
    }

    /** No snapshot read at all. */
    public ChangeEventsAssert hasNoReads() {
        if (actual.withOp("r").size() > 0) {
            throw failure(Text.of("events.snapshot.unexpected", actual.topic()),
                    Text.of("events.none.expected", "r"), Text.of("events.seen.list", actual.describe()));
        }
        return this;
    }

    /** The single event with operation {@code op} for the row whose key field has {@code keyValue}. */
    public ChangeEventAssert hasOne(String op, String keyField, Object keyValue) {
        // as text: a key is an identifier, which MessageFormat must not show as a grouped number (1,005)
        String key = String.valueOf(keyValue);
        List<ChangeEvent> matching = actual.events().stream()
                .filter(e -> op.equals(e.op()) && Objects.equals(key, e.keyField(keyField)))
                .toList();
        if (matching.size() != 1) {
            throw failure(Text.of("events.op.missing", Text.of("op." + op), keyField, key, actual.topic()),
                    Text.of("events.op.expected", op, keyField, key),
                    Text.of("events.seen.list", actual.describe()));
        }
        return new ChangeEventAssert(matching.get(0), hint);
    }

    private CheckFailure failure(Text summary, Text expected, Text observed) {
        return CheckFailure.of(summary).expected(expected).observed(observed).hint(hint);
    }

    static String join(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
