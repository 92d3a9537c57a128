package dev.cdclab.grading;

import dev.cdclab.cdc.ChangeEvents;
import dev.cdclab.cdc.ConnectorOutput;
import dev.cdclab.i18n.Text;
import dev.cdclab.connect.ConnectClient;
import dev.cdclab.connect.ConnectorState;
import dev.cdclab.lab.KafkaBroker;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * A student's connector running in the lab for one check. Tables are named as the course names
 * them ({@code inventory.customers}); the lab's isolated topic names stay inside.
 */
public final class DeployedConnector implements AutoCloseable {
    private final String name;
    private final String topicPrefix;
    private final String studentTopicPrefix;
    private final ConnectClient connect;
    private final KafkaBroker kafka;
    private ConnectorOutput output;

    DeployedConnector(String name, String studentTopicPrefix, String topicPrefix, ConnectClient connect, KafkaBroker kafka) {
        this.name = name;
        this.studentTopicPrefix = studentTopicPrefix;
        this.topicPrefix = topicPrefix;
        this.connect = connect;
        this.kafka = kafka;
    }

    /** The connector's name in the lab. */
    public String name() {
        return name;
    }

    /** The topic prefix as the student wrote it. */
    public String studentTopicPrefix() {
        return studentTopicPrefix;
    }

    public ConnectorState state() {
        return connect.status(name);
    }

    /** The name of the topic of {@code database.table} as the student's config makes it. */
    public String studentTopicName(String databaseTable) {
        return studentTopicPrefix + "." + databaseTable;
    }

    /** Everything the connector wrote, read as it arrives. */
    public ConnectorOutput output() {
        if (output == null) {
            output = new ConnectorOutput(kafka, topicPrefix);
        }
        return output;
    }

    /** The lab's name of the topic of {@code database.table}. */
    public String topic(String databaseTable) {
        return topicPrefix + "." + databaseTable;
    }

    /** Waits for the end of the snapshot, then gives the events of {@code database.table}. */
    public ChangeEvents snapshotOf(String databaseTable, Duration timeout, Text hint) {
        output().expectSnapshotCompleted(timeout, hint);
        return output().events(topic(databaseTable));
    }

    /**
     * Waits until the events of {@code database.table} satisfy {@code done}. Fails at once when the
     * snapshot is over and the table (which has rows) has no topic: the connector does not capture it.
     */
    public ChangeEvents expectChanges(String databaseTable, Text what, Duration timeout, Predicate<ChangeEvents> done, Text hint) {
        String topic = topic(databaseTable);
        output().expectSnapshotCompleted(timeout, hint);
        if (!output().hasTopic(topic)) {
            output().readFor(Duration.ofMillis(500));
        }
        if (!output().hasTopic(topic)) {
            throw CheckFailure.of(Text.of("events.not-captured", databaseTable))
                    .observed(Text.of("events.no-topic", studentTopicName(databaseTable), output().describeTopics()))
                    .hint(hint);
        }
        return output().expect(topic, what, timeout, done, hint);
    }

    @Override
    public void close() {
        if (output != null) {
            output.close();
        }
        try {
            connect.delete(name);
        } catch (RuntimeException e) {
            // already gone, or the worker is down: nothing more to clean
        }
    }
}
