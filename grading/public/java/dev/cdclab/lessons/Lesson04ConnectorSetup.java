package dev.cdclab.lessons;

import static dev.cdclab.cdc.ChangeEventsAssert.assertThatEvents;

import dev.cdclab.cdc.ChangeEvents;
import dev.cdclab.grading.Check;
import dev.cdclab.grading.CourseDatabase;
import dev.cdclab.grading.DeployedConnector;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.grading.Lesson;
import dev.cdclab.i18n.Text;
import java.time.Duration;
import org.junit.jupiter.api.Order;

/**
 * Lesson 04 lab — MySQL connector setup. The student deploys the Debezium MySQL connector through
 * the Kafka Connect REST API ({@code exercises/lesson04/connector.json}), and the connector must
 * snapshot the existing customers and then stream every change.
 */
@Lesson(id = "L04", title = "lesson.L04.title")
class Lesson04ConnectorSetup {
    private static final String CONNECTOR = "lesson04/connector.json";
    private static final String CUSTOMERS = "inventory.customers";
    private static final Duration EVENTS = Duration.ofSeconds(30);

    @Order(1)
    @Check(id = "L04.snapshot.reads-existing-rows", points = 4,
            title = "check.L04.snapshot.title", hint = "hint.L04.snapshot")
    void theSnapshotReadsEveryExistingCustomerExactlyOnce(LabCheck check) {
        // GIVEN the course database with customers 1001–1004
        check.courseDatabase();
        // WHEN the student's connector is deployed
        DeployedConnector connector = check.deploy(CONNECTOR);
        // THEN its snapshot emits one r event per customer, and no other
        Text hint = Text.of("hint.L04.snapshot");
        ChangeEvents snapshot = connector.snapshotOf(CUSTOMERS, EVENTS, hint);
        assertThatEvents(snapshot).withHint(hint).hasExactlyOneReadPerKey("id", CourseDatabase.CUSTOMER_IDS);
    }

    @Order(2)
    @Check(id = "L04.streaming.insert-update-delete", points = 6,
            title = "check.L04.streaming.title", hint = "hint.L04.streaming")
    void insertUpdateAndDeleteAreStreamedWithTheirRowImages(LabCheck check) {
        // GIVEN the student's connector, running on the course database
        CourseDatabase inventory = check.courseDatabase();
        DeployedConnector connector = check.deploy(CONNECTOR);
        // WHEN a customer is inserted, updated and deleted
        inventory.execute(
                "INSERT INTO customers (id, first_name, last_name, email) VALUES (1005, 'Ivan', 'Petrov', 'ivan@example.com')",
                "UPDATE customers SET email = 'ivan.petrov@example.com' WHERE id = 1005",
                "DELETE FROM customers WHERE id = 1005");
        // THEN c, u (before and after) and d events arrive for that customer: 2 points each
        Text hint = Text.of("hint.L04.streaming");
        ChangeEvents events = connector.expectChanges(CUSTOMERS, Text.of("events.await.changes", 1005), EVENTS,
                seen -> seen.withOp("d").filter(e -> "1005".equals(e.keyField("id"))).size() > 0, hint);
        check.part("insert", 1, () -> assertThatEvents(events).withHint(hint)
                .hasOne("c", "id", 1005).hasAfter("email", "ivan@example.com"));
        check.part("update", 1, () -> assertThatEvents(events).withHint(hint)
                .hasOne("u", "id", 1005).hasBefore("email", "ivan@example.com").hasAfter("email", "ivan.petrov@example.com"));
        check.part("delete", 1, () -> assertThatEvents(events).withHint(hint)
                .hasOne("d", "id", 1005).hasBefore("email", "ivan.petrov@example.com").hasNoAfter());
    }
}
