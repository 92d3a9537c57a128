package dev.cdclab.grading;

import dev.cdclab.cdc.TopicReader;
import dev.cdclab.connect.ConnectClient;
import dev.cdclab.connect.ConnectorState;
import dev.cdclab.lab.KafkaBroker;
import java.util.ArrayList;
import java.util.List;

/**
 * A student's connector running in the lab for one check. Topics are asked for by the names the
 * course uses ({@code inventory.customers}); the lab's isolated names stay inside.
 */
public final class DeployedConnector implements AutoCloseable {
    private final String name;
    private final String topicPrefix;
    private final String studentTopicPrefix;
    private final ConnectClient connect;
    private final KafkaBroker kafka;
    private final List<TopicReader> readers = new ArrayList<>();

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

    /** A reader of the change events of {@code database.table}, e.g. {@code inventory.customers}. */
    public TopicReader tableTopic(String databaseTable) {
        TopicReader reader = new TopicReader(kafka, topicPrefix + "." + databaseTable);
        readers.add(reader);
        return reader;
    }

    /** The name of the topic of {@code database.table} as the student's config makes it. */
    public String studentTopicName(String databaseTable) {
        return studentTopicPrefix + "." + databaseTable;
    }

    @Override
    public void close() {
        readers.forEach(TopicReader::close);
        try {
            connect.delete(name);
        } catch (RuntimeException e) {
            // already gone, or the worker is down: nothing more to clean
        }
    }
}
