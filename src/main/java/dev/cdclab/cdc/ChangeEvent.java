package dev.cdclab.cdc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Debezium change event as read from a topic (JSON converter, no schemas):
 * {@code before}, {@code after}, {@code source}, {@code op}; a tombstone has no value.
 */
public record ChangeEvent(String topic, int partition, long offset, JsonNode key, JsonNode value) {

    /** {@code r} (snapshot read), {@code c}, {@code u}, {@code d}, or {@code tombstone}. */
    public String op() {
        return isTombstone() ? "tombstone" : value.path("op").asText("?");
    }

    public boolean isTombstone() {
        return value == null || value.isNull();
    }

    public JsonNode before() {
        return isTombstone() ? null : value.get("before");
    }

    public JsonNode after() {
        return isTombstone() ? null : value.get("after");
    }

    public JsonNode source() {
        return isTombstone() ? null : value.get("source");
    }

    /** The {@code source.snapshot} marker: {@code true}, {@code first}, {@code last}, {@code last_in_data_collection}, {@code false}. */
    public String snapshotMarker() {
        JsonNode source = source();
        return source == null ? "" : source.path("snapshot").asText("");
    }

    /** A key field as text, e.g. {@code keyField("id")} → {@code "1001"}. */
    public String keyField(String field) {
        return key == null ? null : key.path(field).asText(null);
    }

    /** A short description for messages: {@code c id=1005}. */
    public String describe() {
        return op() + (key == null ? "" : " " + key);
    }
}
