package dev.cdclab.lessons;

import static dev.cdclab.cdc.ChangeEventsAssert.assertThatEvents;

import dev.cdclab.cdc.ChangeEvents;
import dev.cdclab.grading.Check;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.CourseDatabase;
import dev.cdclab.grading.DeployedConnector;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.grading.Lesson;
import dev.cdclab.i18n.Text;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;

/**
 * Lesson 04 lab — MySQL connector setup. The student deploys the Debezium MySQL connector through
 * the Kafka Connect REST API ({@code lesson04/connector.json}): it must snapshot the customers and
 * orders, leave the products alone, stream every change, and name its topics as the course does.
 * Then, for four situations, the student picks a snapshot mode ({@code lesson04/snapshot-modes.json}),
 * and each choice is run in its situation.
 */
@Lesson(id = "L04", title = "lesson.L04.title")
class Lesson04ConnectorSetup {
    private static final String CONNECTOR = "lesson04/connector.json";
    private static final String SNAPSHOT_MODES = "lesson04/snapshot-modes.json";
    private static final String CUSTOMERS = "inventory.customers";
    private static final String ORDERS = "inventory.orders";
    private static final String PRODUCTS = "inventory.products";
    private static final List<Integer> ORDER_NUMBERS = List.of(10001, 10002, 10003);
    private static final Duration EVENTS = Duration.ofSeconds(30);
    private static final Duration QUIET = Duration.ofSeconds(2);
    /** How long the update and delete may take after the insert arrived (they are milliseconds apart). */
    private static final Duration REST_OF_CHANGES = Duration.ofSeconds(5);
    /** Customers the grader inserts to see whether a connector streams get ids from here on. */
    private static final int PROBES = 2001;

    /** The student's connector, deployed once on the course database and shared by the checks below. */
    private static Scenario deployment(LabCheck check) {
        return check.shared("connector", () -> new Scenario(check.courseDatabase(), check.deploy(CONNECTOR)));
    }

    private static DeployedConnector connector(LabCheck check) {
        return deployment(check).connector();
    }

    /**
     * The student's connector, proven to capture the customers or the orders: every check about
     * captured data requires it, so an include list that matches nothing loses them all at once.
     */
    private static DeployedConnector capturing(LabCheck check) {
        check.require("captures", () -> connector(check).requireCapturesAny(List.of(CUSTOMERS, ORDERS), EVENTS,
                Text.of("hint.L04.include-list")));
        return connector(check);
    }

    @Order(1)
    @Check(id = "L04.connector.running", points = 2, title = "check.L04.running.title", hint = "hint.connector.failed")
    void theConnectorIsAcceptedByConnectAndRuns(LabCheck check) {
        // GIVEN the course database  WHEN the student's config is POSTed to Connect
        // THEN Connect validates it, and the connector and its task reach RUNNING
        connector(check);
    }

    @Order(2)
    @Check(id = "L04.snapshot.reads-existing-rows", points = 3, title = "check.L04.snapshot.title", hint = "hint.L04.snapshot")
    void theSnapshotReadsEveryExistingRowOfTheIncludedTablesOnce(LabCheck check) {
        Text hint = Text.of("hint.L04.snapshot");
        DeployedConnector connector = capturing(check);
        check.part("customers", 1, () -> assertThatEvents(connector.output().events(connector.topic(CUSTOMERS)))
                .withHint(hint).hasExactlyOneReadPerKey("id", CourseDatabase.CUSTOMER_IDS));
        check.part("orders", 1, () -> assertThatEvents(connector.output().events(connector.topic(ORDERS)))
                .withHint(hint).hasExactlyOneReadPerKey("order_number", ORDER_NUMBERS));
    }

    @Order(3)
    @Check(id = "L04.snapshot.include-list", points = 2, title = "check.L04.include-list.title", hint = "hint.L04.include-list")
    void tablesOutsideTheIncludeListProduceNoTopic(LabCheck check) {
        DeployedConnector connector = capturing(check);
        List<String> extra = connector.output().topics().stream()
                .filter(topic -> !List.of(connector.topicPrefix(), connector.topic(CUSTOMERS), connector.topic(ORDERS)).contains(topic))
                .toList();
        if (!extra.isEmpty()) {
            throw CheckFailure.of(Text.of("L04.include-list.extra", connector.studentTopicName(PRODUCTS)))
                    .expected(Text.verbatim(String.join(", ", connector.studentTopicName(CUSTOMERS), connector.studentTopicName(ORDERS))))
                    .observed(Text.verbatim(String.join(", ", extra.stream().map(connector.output()::shown).toList())))
                    .hint(Text.of("hint.L04.include-list"));
        }
    }

    @Order(4)
    @Check(id = "L04.topics.course-names", points = 2, title = "check.L04.topics.title", hint = "hint.topic-prefix")
    void theTopicsHaveTheNamesTheCourseUses(LabCheck check) {
        DeployedConnector connector = capturing(check);
        check.part("topic.prefix", 1, () -> {
            if (!"mysql".equals(connector.studentTopicPrefix())) {
                throw CheckFailure.of(Text.of("L04.topics.prefix", connector.studentTopicPrefix()))
                        .expected(Text.verbatim("mysql.inventory.customers, mysql.inventory.orders"))
                        .observed(Text.verbatim(connector.studentTopicName(CUSTOMERS) + ", " + connector.studentTopicName(ORDERS)))
                        .hint(Text.of("hint.topic-prefix"));
            }
        });
        check.part("schema change topic", 1, () -> {
            if (connector.output().events(connector.topicPrefix()).size() == 0) {
                throw CheckFailure.of(Text.of("L04.topics.schema-changes", connector.studentTopicPrefix()))
                        .observed(Text.verbatim(connector.output().describeTopics()))
                        .hint(Text.of("hint.L04.schema-changes"));
            }
        });
    }

    @Order(5)
    @Check(id = "L04.connector.server-id", points = 1, title = "check.L04.server-id.title", hint = "hint.server-id")
    void theServerIdIsANumberNoOtherBinlogClientUses(LabCheck check) {
        // lesson 04's own file only: lesson 05 compares its connector's id with this one
        ServerIds.checkValid(check.submission(), CONNECTOR);
    }

    @Order(6)
    @Check(id = "L04.streaming.insert-update-delete", points = 4, title = "check.L04.streaming.title", hint = "hint.L04.streaming")
    void insertUpdateAndDeleteAreStreamedWithTheirRowImages(LabCheck check) {
        // GIVEN the student's connector, running on the course database and capturing its tables
        DeployedConnector connector = capturing(check);
        Scenario deployment = deployment(check);
        // WHEN a customer is inserted, updated and deleted
        deployment.database().insertCustomer(1005, "Ivan", "Petrov", "ivan@example.com");
        deployment.database().execute("UPDATE customers SET email = 'ivan.petrov@example.com' WHERE id = 1005",
                "DELETE FROM customers WHERE id = 1005");
        // THEN c, u (before and after) and d events arrive for that customer, with their binlog position:
        // the insert must come; the rest is graded part by part on what came by the time the delete would have
        Text hint = Text.of("hint.L04.streaming");
        connector.expectChanges(CUSTOMERS, Text.of("events.await.row", "1005"), EVENTS,
                seen -> seen.withOp("c").filter(e -> "1005".equals(e.keyField("id"))).size() > 0, hint);
        ChangeEvents events = connector.output().readUntil(connector.topic(CUSTOMERS), REST_OF_CHANGES,
                seen -> seen.withOp("d").filter(e -> "1005".equals(e.keyField("id"))).size() > 0);
        check.part("insert", 1, () -> assertThatEvents(events).withHint(hint)
                .hasOne("c", "id", 1005).hasAfter("email", "ivan@example.com"));
        check.part("update", 1, () -> assertThatEvents(events).withHint(hint)
                .hasOne("u", "id", 1005).hasBefore("email", "ivan@example.com").hasAfter("email", "ivan.petrov@example.com"));
        check.part("delete", 1, () -> assertThatEvents(events).withHint(hint)
                .hasOne("d", "id", 1005).hasBefore("email", "ivan.petrov@example.com").hasNoAfter());
        check.part("binlog position", 1, () -> assertThatEvents(events).withHint(Text.of("hint.L04.source"))
                .hasOne("c", "id", 1005).hasBinlogPosition());
    }

    @Order(7)
    @Check(id = "L04.snapshot-mode.first-deployment", points = 1, title = "check.L04.mode.first-deployment.title",
            hint = "hint.L04.mode.first-deployment")
    void firstDeploymentReadsTheExistingRowsThenStreams(LabCheck check) {
        Text hint = Text.of("hint.L04.mode.first-deployment");
        capturing(check); // a connector that captures nothing proves no mode
        Scenario scenario = SnapshotModes.deploy(check, SNAPSHOT_MODES, "first-deployment", CONNECTOR);
        // streaming starts after the snapshot: once a new row streams, every snapshot event is in the topic
        ChangeEvents customers = scenario.connector().awaitStreaming(scenario.database(), PROBES, EVENTS, hint);
        assertThatEvents(SnapshotModes.seedRows(customers)).withHint(hint).hasExactlyOneReadPerKey("id", CourseDatabase.CUSTOMER_IDS);
    }

    @Order(8)
    @Check(id = "L04.snapshot-mode.new-changes-only", points = 2, title = "check.L04.mode.new-changes-only.title",
            hint = "hint.L04.mode.new-changes-only")
    void newChangesOnlyStreamsWithoutReadingTheExistingRows(LabCheck check) {
        Text hint = Text.of("hint.L04.mode.new-changes-only");
        capturing(check); // a connector that captures nothing proves no mode
        Scenario scenario = SnapshotModes.deploy(check, SNAPSHOT_MODES, "new-changes-only", CONNECTOR);
        DeployedConnector connector = scenario.connector();
        ChangeEvents customers = connector.awaitStreaming(scenario.database(), PROBES, EVENTS, hint);
        assertThatEvents(customers).withHint(hint).hasNoReads();
        assertThatEvents(connector.output().events(connector.topic(ORDERS))).withHint(hint).hasNoReads();
    }

    @Order(9)
    @Check(id = "L04.snapshot-mode.one-time-export", points = 1, title = "check.L04.mode.one-time-export.title",
            hint = "hint.L04.mode.one-time-export")
    void aOneTimeExportReadsTheExistingRowsAndStreamsNothing(LabCheck check) {
        Text hint = Text.of("hint.L04.mode.one-time-export");
        capturing(check); // a connector that captures nothing proves no mode
        Scenario scenario = SnapshotModes.deploy(check, SNAPSHOT_MODES, "one-time-export", CONNECTOR);
        DeployedConnector connector = scenario.connector();
        // new rows are written all along: none of them may ever arrive
        ChangeEvents customers = SnapshotModes.snapshotWhileWriting(scenario, PROBES, EVENTS, QUIET, hint);
        assertThatEvents(SnapshotModes.seedRows(customers)).withHint(hint).hasExactlyOneReadPerKey("id", CourseDatabase.CUSTOMER_IDS);
        assertThatEvents(connector.output().events(connector.topic(CUSTOMERS))).withHint(hint).hasNone("c");
    }

    @Order(10)
    @Check(id = "L04.snapshot-mode.binlog-purged", points = 2, title = "check.L04.mode.binlog-purged.title",
            hint = "hint.L04.mode.binlog-purged")
    void afterTheBinlogWasPurgedTheConnectorRecoversByItself(LabCheck check) {
        Text hint = Text.of("hint.L04.mode.binlog-purged");
        capturing(check); // a connector that captures nothing proves no mode
        // no other connector may read the binlog while it is purged
        check.releaseShared();
        // GIVEN the connector in the student's mode, streaming
        Scenario scenario = SnapshotModes.deploy(check, SNAPSHOT_MODES, "binlog-purged", CONNECTOR);
        DeployedConnector connector = scenario.connector();
        CourseDatabase database = scenario.database();
        connector.awaitStreaming(database, PROBES, EVENTS, hint);
        // WHEN it is stopped, the binlogs are purged (as a short retention would), and a customer is added
        connector.stop();
        database.discardBinlogHistory(check.lab().binlog().dialect());
        database.insertCustomer(1007, "Pavel", "Smirnov", "pavel@example.com");
        connector.resume();
        // THEN it runs again by itself and delivers the customer added while it was down
        connector.awaitRunning();
        connector.expectWhileRunning(CUSTOMERS, Text.of("events.await.row", "1007"), EVENTS,
                events -> events.events().stream().anyMatch(e -> "1007".equals(e.keyField("id")) && e.after() != null));
    }
}
