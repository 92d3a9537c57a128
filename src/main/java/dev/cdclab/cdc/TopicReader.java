package dev.cdclab.cdc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.KafkaBroker;
import dev.cdclab.lab.Timeouts;
import dev.cdclab.lab.WaitTimeoutException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the change events of one topic from its beginning, with bounded named waits. It never
 * creates the topic (it waits for the connector to), and it keeps every event read so far.
 *
 * <pre>{@code
 * try (TopicReader customers = new TopicReader(kafka, "mysql.inventory.customers")) {
 *     ChangeEvents snapshot = customers.awaitUntil("snapshot of inventory.customers", Duration.ofSeconds(30),
 *             events -> events.events().stream().anyMatch(e -> e.snapshotMarker().startsWith("last")));
 * }
 * }</pre>
 */
public final class TopicReader implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(100);

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final List<ChangeEvent> read = new ArrayList<>();
    private boolean assigned;

    public TopicReader(KafkaBroker kafka, String topic) {
        this.topic = topic;
        Map<String, Object> properties = kafka.clientProperties();
        properties.put("key.deserializer", StringDeserializer.class.getName());
        properties.put("value.deserializer", StringDeserializer.class.getName());
        properties.put("auto.offset.reset", "earliest");
        properties.put("enable.auto.commit", "false");
        // a reader must never re-create a topic the lab deleted on purpose
        properties.put("allow.auto.create.topics", "false");
        properties.put("client.id", "cdclab-reader-" + topic);
        this.consumer = new KafkaConsumer<>(properties);
    }

    public String topic() {
        return topic;
    }

    /** Every event read so far. */
    public ChangeEvents events() {
        return new ChangeEvents(topic, read);
    }

    /**
     * Reads until {@code done} accepts all events read so far; on timeout throws a
     * {@link WaitTimeoutException} naming {@code what} and listing what was read.
     */
    public ChangeEvents awaitUntil(String what, Duration timeout, Predicate<ChangeEvents> done) {
        long deadline = System.nanoTime() + Timeouts.scaled(timeout).toNanos();
        while (!done.test(events())) {
            if (System.nanoTime() > deadline) {
                throw new WaitTimeoutException(what + " on topic " + topic, Timeouts.scaled(timeout),
                        assigned ? events().describe() : "the topic does not exist");
            }
            pollOnce();
        }
        return events();
    }

    /**
     * Like {@link #awaitUntil}, but a timeout is the submission's failure: a {@link CheckFailure}
     * saying what was awaited and listing what arrived, with {@code hint}.
     */
    public ChangeEvents expect(String what, Duration timeout, Predicate<ChangeEvents> done, Text hint) {
        try {
            return awaitUntil(what, timeout, done);
        } catch (WaitTimeoutException e) {
            throw CheckFailure.of(Text.of("events.timeout", what, topic, Timeouts.scaled(timeout).toSeconds()))
                    .observed(Text.verbatim(e.lastSeen()))
                    .hint(hint);
        }
    }

    /** Reads until the snapshot of this topic's table is complete (its last {@code r} event). */
    public ChangeEvents expectSnapshot(Duration timeout, Text hint) {
        return expect("snapshot", timeout, events -> events.events().stream()
                .anyMatch(e -> e.snapshotMarker().equals("last") || e.snapshotMarker().equals("last_in_data_collection")), hint);
    }

    /** Reads whatever arrives during {@code quiet}: to prove that nothing more comes. */
    public ChangeEvents readFor(Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            pollOnce();
        }
        return events();
    }

    private void pollOnce() {
        if (!assigned && !assign()) {
            sleep();
            return;
        }
        for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
            read.add(new ChangeEvent(record.topic(), record.partition(), record.offset(),
                    parse(record.key()), parse(record.value())));
        }
    }

    private boolean assign() {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(2));
        if (partitions == null || partitions.isEmpty()) {
            return false;
        }
        List<TopicPartition> all = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(all);
        consumer.seekToBeginning(all);
        assigned = true;
        return true;
    }

    private static JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(1));
    }
}
