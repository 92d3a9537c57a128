package dev.cdclab.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdclab.cdc.ChangeEvent;
import dev.cdclab.cdc.ChangeEvents;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.DeployedConnector;
import dev.cdclab.grading.PostgresCourseDatabase;
import dev.cdclab.i18n.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code before} carries under each REPLICA IDENTITY, seen on the student's connector: the
 * grader changes one row at a time and reads the event it makes. The lesson's tables: customers
 * with {@code FULL} (every old value), orders with {@code DEFAULT} (the primary key, and only when
 * a row is deleted or its key changes).
 */
final class ReplicaIdentityEvents {
    static final String CUSTOMERS = "inventory.customers";
    static final String ORDERS = "inventory.orders";
    /** Customer 1001 and 1004 as the fixture has them: what a full before image must hold. */
    private static final Map<String, String> SALLY = Map.of("id", "1001", "first_name", "Sally", "last_name", "Thomas",
            "email", "sally.thomas@acme.com");
    private static final Map<String, String> ANNE = Map.of("id", "1004", "first_name", "Anne", "last_name", "Kretchmar",
            "email", "annek@noanswer.org");
    /** Order 10003's old non-key values as Debezium writes them (order_date: days since 1970-01-01). */
    private static final Map<String, String> OLD_ORDER = Map.of("order_date", "16850", "purchaser", "1002", "quantity", "2",
            "product_id", "103");

    /** The grader's four changes, by part: made at once, so that their events arrive together. */
    private static final Map<String, String> CHANGES = changes();

    private final DeployedConnector connector;
    private final Duration timeout;
    private final Map<String, CheckFailure> refused = new java.util.HashMap<>();

    private ReplicaIdentityEvents(DeployedConnector connector, Duration timeout) {
        this.connector = connector;
        this.timeout = timeout;
    }

    private static Map<String, String> changes() {
        Map<String, String> changes = new java.util.LinkedHashMap<>();
        changes.put("customers UPDATE", "UPDATE inventory.customers SET email = 'sally@wal.example.com' WHERE id = 1001");
        changes.put("customers DELETE", "DELETE FROM inventory.customers WHERE id = 1004");
        changes.put("orders UPDATE", "UPDATE inventory.orders SET quantity = 7 WHERE order_number = 10002");
        changes.put("orders DELETE", "DELETE FROM inventory.orders WHERE order_number = 10003");
        return java.util.Collections.unmodifiableMap(changes);
    }

    /**
     * Makes the four changes, each on its own: one the server refuses (orders without a replica
     * identity, say) fails only its own part.
     */
    static ReplicaIdentityEvents make(DeployedConnector connector, PostgresCourseDatabase inventory, Duration timeout) {
        ReplicaIdentityEvents events = new ReplicaIdentityEvents(connector, timeout);
        CHANGES.forEach((part, sql) -> {
            try {
                inventory.execute(sql);
            } catch (CheckFailure failure) {
                events.refused.put(part, failure);
            }
        });
        return events;
    }

    private void madeOrThrow(String part) {
        CheckFailure failure = refused.get(part);
        if (failure != null) {
            throw failure;
        }
    }

    void expectFullBeforeOnUpdate() {
        madeOrThrow("customers UPDATE");
        expectFull(await(CUSTOMERS, "u", "id", "1001"), SALLY, "hint.L02.identity.full");
    }

    void expectFullBeforeOnDelete() {
        madeOrThrow("customers DELETE");
        expectFull(await(CUSTOMERS, "d", "id", "1004"), ANNE, "hint.L02.identity.full");
    }

    void expectNoBeforeOnUpdate() {
        madeOrThrow("orders UPDATE");
        ChangeEvent update = await(ORDERS, "u", "order_number", "10002");
        if (update.before() != null && !update.before().isNull()) {
            throw CheckFailure.of(Text.of("L02.identity.default-update", update.describe()))
                    .expected(Text.verbatim("before = null"))
                    .observed(Text.verbatim("before = " + update.before()))
                    .hint(Text.of("hint.L02.identity.default"));
        }
    }

    /**
     * A delete under DEFAULT carries the old key only: Debezium fills the other columns with null
     * (or, for a NOT NULL column, its type's default such as 0), never with their old values.
     */
    void expectKeyOnlyBeforeOnDelete() {
        madeOrThrow("orders DELETE");
        ChangeEvent delete = await(ORDERS, "d", "order_number", "10003");
        JsonNode before = delete.before();
        List<String> old = new ArrayList<>();
        if (before != null && before.isObject()) {
            OLD_ORDER.forEach((column, value) -> {
                if (value.equals(before.path(column).asText(null))) {
                    old.add(column);
                }
            });
        }
        if (before == null || !"10003".equals(before.path("order_number").asText()) || !old.isEmpty()) {
            throw CheckFailure.of(Text.of("L02.identity.default-delete", delete.describe()))
                    .expected(Text.verbatim("before = {\"order_number\": 10003} (other columns: null or 0)"))
                    .observed(Text.verbatim("before = " + before))
                    .hint(Text.of("hint.L02.identity.default"));
        }
    }

    private void expectFull(ChangeEvent event, Map<String, String> old, String hint) {
        JsonNode before = event.before();
        List<String> missing = old.keySet().stream().sorted()
                .filter(column -> before == null || !old.get(column).equals(before.path(column).asText(null)))
                .toList();
        if (!missing.isEmpty()) {
            throw CheckFailure.of(Text.of("L02.identity.full", event.describe(), String.join(", ", missing)))
                    .expected(Text.verbatim("before = " + new java.util.TreeMap<>(old)))
                    .observed(Text.verbatim("before = " + before))
                    .hint(Text.of(hint));
        }
    }

    private ChangeEvent await(String table, String op, String keyField, String key) {
        Text hint = Text.of("hint.L02.identity");
        ChangeEvents events = connector.expectChanges(table, Text.of("events.await.row", key), timeout,
                seen -> seen.withOp(op).filter(e -> key.equals(e.keyField(keyField))).size() > 0, hint);
        return Lesson02BinlogVsWal.only(events, op, keyField, key);
    }
}
