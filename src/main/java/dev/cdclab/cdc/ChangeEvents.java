package dev.cdclab.cdc;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The change events of one topic, in topic order; {@code topic} is its name as a student reads it
 * (see {@link ConnectorOutput#shown}).
 */
public record ChangeEvents(String topic, List<ChangeEvent> events) {

    public ChangeEvents {
        events = List.copyOf(events);
    }

    public int size() {
        return events.size();
    }

    public ChangeEvents filter(Predicate<ChangeEvent> predicate) {
        return new ChangeEvents(topic, events.stream().filter(predicate).toList());
    }

    public ChangeEvents withOp(String op) {
        return filter(e -> op.equals(e.op()));
    }

    /** A compact listing for messages: {@code [r {"id":1001}, r {"id":1002}]}, at most 10 shown. */
    public String describe() {
        String shown = events.stream().limit(10).map(ChangeEvent::describe).collect(Collectors.joining(", "));
        return events.size() + " event(s)" + (events.isEmpty() ? "" : ": [" + shown + (events.size() > 10 ? ", …" : "") + "]");
    }
}
