package dev.cdclab.lessons;

import static dev.cdclab.cdc.ChangeEventsAssert.assertThatEvents;

import dev.cdclab.cdc.ChangeEvents;
import dev.cdclab.grading.Check;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.ConnectRunbook;
import dev.cdclab.grading.CourseDatabase;
import dev.cdclab.grading.DeployedConnector;
import dev.cdclab.grading.KafkaTopics;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.grading.Lesson;
import dev.cdclab.i18n.Text;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;

/**
 * Lesson 05 lab — the schema history topic. The student's connector ({@code lesson05/connector.json})
 * keeps its schema history in Kafka, on a topic the student may create first
 * ({@code lesson05/topics.json}); it must record DDL, resume after a restart without re-reading
 * anything, and come back after its history topic was lost, by the student's own recovery
 * procedure ({@code lesson05/recovery.json}).
 */
@Lesson(id = "L05", title = "lesson.L05.title")
class Lesson05SchemaHistory {
    private static final String CONNECTOR = "lesson05/connector.json";
    private static final String TOPICS = "lesson05/topics.json";
    private static final String RECOVERY = "lesson05/recovery.json";
    private static final String CUSTOMERS = "inventory.customers";
    private static final Duration EVENTS = Duration.ofSeconds(30);
    private static final Duration HISTORY_LOSS = Duration.ofSeconds(30);
    /** Customers written after the rows that must arrive: once one is read, nothing before it is still to come. */
    private static final int SENTINELS_AFTER_RESTART = 3120;
    private static final int SENTINELS_AFTER_RECOVERY = 3140;
    /** Debezium's own floor for a finite schema history retention: five years. */
    private static final long FIVE_YEARS_MS = 5L * 365 * 24 * 3600 * 1000;

    /** The student's topics and connector, on the course database, snapshot done: shared by the first checks. */
    private static Scenario deployment(LabCheck check) {
        return check.shared("connector", () -> deploy(check));
    }

    /** The shared deployment, proven to capture the customers: the checks about captured data require it. */
    private static Scenario capturing(LabCheck check) {
        check.require("captures", () -> deployment(check).connector().requireCapturesAny(List.of(CUSTOMERS), EVENTS,
                Text.of("hint.L05.history")));
        return deployment(check);
    }

    private static Scenario deploy(LabCheck check) {
        CourseDatabase database = check.courseDatabase();
        check.createTopics(TOPICS, CONNECTOR);
        DeployedConnector connector = check.deploy(CONNECTOR);
        connector.snapshotOf(CUSTOMERS, EVENTS, Text.of("hint.L05.history"));
        return new Scenario(database, connector);
    }

    @Order(1)
    @Check(id = "L05.history.topic-settings", points = 3, title = "check.L05.topic-settings.title", hint = "hint.L05.topic-settings")
    void theHistoryTopicHasOnePartitionAndKeepsItsRecordsForever(LabCheck check) {
        DeployedConnector connector = deployment(check).connector();
        KafkaTopics.Settings topic = new KafkaTopics(check.lab().kafka()).describe(connector.historyTopic())
                .orElseThrow(() -> CheckFailure.of(Text.of("L05.history.no-topic", connector.historyTopic()))
                        .hint(Text.of("hint.L05.history")));
        check.part("one partition", 1, () -> expect(topic.partitions() == 1, Text.of("L05.history.partitions", topic.partitions())));
        check.part("infinite retention", 1, () -> {
            long retentionMs = Long.parseLong(topic.get("retention.ms").orElse("-1"));
            long retentionBytes = Long.parseLong(topic.get("retention.bytes").orElse("-1"));
            expect((retentionMs == -1 || retentionMs >= FIVE_YEARS_MS) && retentionBytes == -1,
                    Text.of("L05.history.retention", String.valueOf(retentionMs), String.valueOf(retentionBytes)));
        });
        check.part("cleanup.policy delete", 1, () -> expect("delete".equals(topic.get("cleanup.policy").orElse("delete")),
                Text.of("L05.history.cleanup", topic.get("cleanup.policy").orElse(""))));
    }

    @Order(2)
    @Check(id = "L05.history.records-ddl", points = 2, title = "check.L05.ddl.title", hint = "hint.L05.ddl")
    void aColumnAddedByDdlIsRecordedAndAppearsInLaterEvents(LabCheck check) {
        Scenario scenario = capturing(check);
        // WHEN a column is added and a customer written with it
        scenario.database().execute("ALTER TABLE customers ADD COLUMN phone VARCHAR(32)",
                "INSERT INTO customers (id, first_name, last_name, email, phone) VALUES (3010, 'Irina', 'Orlova', 'irina@example.com', '+7-900-000-00-00')");
        // THEN the DDL is in the schema history topic, and the new customer's event carries the column
        ChangeEvents events = scenario.connector().expectWhileRunning(CUSTOMERS, Text.of("events.await.row", "3010"), EVENTS,
                seen -> seen.withOp("c").filter(e -> "3010".equals(e.keyField("id"))).size() > 0);
        check.part("ddl recorded", 1, () -> expect(new KafkaTopics(check.lab().kafka()).readAll(scenario.connector().historyTopic())
                .stream().anyMatch(record -> record.toLowerCase().contains("add column phone")), Text.of("L05.history.no-ddl")));
        check.part("new column in events", 1, () -> assertThatEvents(events).withHint(Text.of("hint.L05.ddl"))
                .hasOne("c", "id", "3010").hasAfter("phone", "+7-900-000-00-00"));
    }

    @Order(3)
    @Check(id = "L05.history.restart-resumes", points = 2, title = "check.L05.restart.title", hint = "hint.L05.restart")
    void aRestartedConnectorResumesWithoutLosingOrRepeatingAnything(LabCheck check) {
        Scenario scenario = capturing(check);
        DeployedConnector connector = scenario.connector();
        // WHEN the connector is stopped, three customers are added, and it is resumed
        connector.stop();
        scenario.database().awaitNoBinlogReaders();
        List<String> whileDown = List.of("3021", "3022", "3023");
        whileDown.forEach(id -> scenario.database().insertCustomer(Integer.parseInt(id), "Down", "Time", "down" + id + "@example.com"));
        connector.resume();
        connector.awaitRunning();
        // THEN each arrives exactly once, and nothing is read again
        connector.expectWhileRunning(CUSTOMERS, Text.of("events.await.rows", String.join(", ", whileDown)), EVENTS,
                seen -> whileDown.stream().allMatch(id -> seen.filter(e -> id.equals(e.keyField("id"))).size() > 0));
        connector.awaitStreaming(scenario.database(), SENTINELS_AFTER_RESTART, EVENTS, Text.of("hint.L05.restart"));
        ChangeEvents all = connector.output().events(connector.topic(CUSTOMERS));
        check.part("every row written while down, once", 1, () -> whileDown.forEach(id -> assertThatEvents(all)
                .withHint(Text.of("hint.L05.restart")).hasOne("c", "id", id)));
        check.part("no re-snapshot", 1, () -> assertThatEvents(all).withHint(Text.of("hint.L05.restart"))
                .hasExactlyOneReadPerKey("id", CourseDatabase.CUSTOMER_IDS));
    }

    @Order(4)
    @Check(id = "L05.history.recovers-after-topic-loss", points = 5, title = "check.L05.recovery.title", hint = "hint.L05.recovery")
    void afterTheHistoryTopicIsLostTheRecoveryProcedureBringsTheConnectorBack(LabCheck check) {
        capturing(check); // a connector that captures nothing proves no recovery
        check.releaseShared();
        ConnectRunbook recovery = ConnectRunbook.load(check, RECOVERY);
        // GIVEN the student's connector, snapshot done
        Scenario scenario = deploy(check);
        DeployedConnector connector = scenario.connector();
        // WHEN it is stopped, two customers are added, its schema history topic is deleted, and it is resumed
        connector.stop();
        scenario.database().awaitNoBinlogReaders();
        List<String> whileDown = List.of("3031", "3032");
        whileDown.forEach(id -> scenario.database().insertCustomer(Integer.parseInt(id), "Lost", "History", "lost" + id + "@example.com"));
        new KafkaTopics(check.lab().kafka()).delete(connector.historyTopic());
        connector.resume();
        // THEN Debezium stops ("The db history topic is missing"), and the student's procedure brings it back
        check.note(connector.awaitFailure(HISTORY_LOSS)
                .map(failed -> Text.of("L05.recovery.observed", failed.failureReason()))
                .orElse(Text.of("L05.recovery.not-failed")));
        recovery.runOn(connector);
        connector.awaitRunning();
        connector.expectWhileRunning(CUSTOMERS, Text.of("events.await.rows", String.join(", ", whileDown)), EVENTS,
                seen -> whileDown.stream().allMatch(id -> seen.filter(e -> id.equals(e.keyField("id"))).size() > 0));
        connector.awaitStreaming(scenario.database(), SENTINELS_AFTER_RECOVERY, EVENTS, Text.of("hint.L05.recovery"));
        ChangeEvents all = connector.output().events(connector.topic(CUSTOMERS));
        check.part("history rebuilt", 1, () -> expect(!new KafkaTopics(check.lab().kafka()).readAll(connector.historyTopic()).isEmpty(),
                Text.of("L05.history.not-rebuilt", connector.historyTopic())));
        check.part("rows of the outage delivered, once", 1, () -> whileDown.forEach(id -> assertThatEvents(all)
                .withHint(Text.of("hint.L05.recovery")).hasOne("c", "id", id)));
        check.part("no data re-snapshot", 2, () -> assertThatEvents(all).withHint(Text.of("hint.L05.recovery"))
                .hasExactlyOneReadPerKey("id", CourseDatabase.CUSTOMER_IDS));
        check.part("snapshot.mode restored", 1, () -> expect(!"recovery".equals(connector.config().get("snapshot.mode")),
                Text.of("L05.recovery.mode-left")));
    }

    @Order(5)
    @Check(id = "L05.connector.server-id", points = 1, title = "check.L05.server-id.title", hint = "hint.server-id")
    void theServerIdDiffersFromLesson04sConnector(LabCheck check) {
        // the cross-lesson rule lives in the lesson that has both connectors: both read one binlog in the course stack
        ServerIds.checkDiffers(check.submission(), CONNECTOR, List.of("lesson04/connector.json"));
    }

    private static void expect(boolean condition, Text problem) {
        if (!condition) {
            throw CheckFailure.of(problem);
        }
    }
}
