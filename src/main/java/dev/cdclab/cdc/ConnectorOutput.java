package dev.cdclab.cdc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.KafkaBroker;
import dev.cdclab.lab.LabUnreachableException;
import dev.cdclab.lab.Timeouts;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads everything one connector writes: every topic under its topic prefix and the schema change
 * topic named by the prefix itself, each from its beginning, as topics appear. It never creates a topic (it waits for the connector to), and it
 * keeps every event read so far. Knowing all of a connector's topics lets a check tell "this
 * table was not captured" as soon as the snapshot is over, instead of waiting out a timeout.
 *
 * <p>Kafka not answering is the lab's failure, never the student's: when it gives no topic
 * metadata for {@link #KAFKA_UNREACHABLE} the read ends with a {@link LabUnreachableException},
 * and a wait that ran out while Kafka had not answered for a while ends with one too, not with the
 * student's failure (the events may have been on their way).
 *
 * <pre>{@code
 * try (ConnectorOutput output = new ConnectorOutput(kafka, "mysql")) {
 *     output.expectSnapshotCompleted(Duration.ofSeconds(30), hint);
 *     ChangeEvents customers = output.events("mysql.inventory.customers");
 * }
 * }</pre>
 */
public final class ConnectorOutput implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration TOPIC_REFRESH = Duration.ofMillis(200);
    private static final Duration METADATA = Duration.ofSeconds(2);
    private static final Duration LOOK = Duration.ofSeconds(1);
    /** How long Kafka may give no metadata before reading ends as the lab's failure (a restart of a healthy broker takes less). */
    static final Duration KAFKA_UNREACHABLE = Duration.ofSeconds(10);
    private static final int FETCH_MAX_WAIT_MS = 20;

    private final String schemaChangeTopic;
    private final String prefix;
    /** The topic prefix the student wrote, which the lab's {@link #schemaChangeTopic} renamed; the same when not renamed. */
    private String studentPrefix;
    private final KafkaConsumer<String, String> consumer;
    private final String bootstrapServers;
    /** When Kafka last began not to answer (System.nanoTime), or 0 while it answers. */
    private long outageSince;
    /** Whether Kafka did not answer at some point of the current wait. */
    private boolean outageSeen;
    private Runnable look = () -> { };
    private long lookedAt;
    private final List<ChangeEvent> read = new ArrayList<>();
    private final Set<TopicPartition> assigned = new HashSet<>();
    private long topicsRefreshedAt;

    /** Reads the topics named {@code <topicPrefix>} and {@code <topicPrefix>.*}. */
    public ConnectorOutput(KafkaBroker kafka, String topicPrefix) {
        this.schemaChangeTopic = topicPrefix;
        this.prefix = topicPrefix + ".";
        this.studentPrefix = topicPrefix;
        Map<String, Object> properties = kafka.clientProperties();
        properties.put("key.deserializer", StringDeserializer.class.getName());
        properties.put("value.deserializer", StringDeserializer.class.getName());
        properties.put("auto.offset.reset", "earliest");
        properties.put("enable.auto.commit", "false");
        // a reader must never re-create a topic the lab deleted on purpose
        properties.put("allow.auto.create.topics", "false");
        properties.put("client.id", "cdclab-reader-" + topicPrefix);
        // a fetch answers as soon as there is anything (Kafka's default waits up to 500 ms for more)
        properties.put("fetch.max.wait.ms", Integer.toString(FETCH_MAX_WAIT_MS));
        this.consumer = new KafkaConsumer<>(properties);
        this.bootstrapServers = kafka.bootstrapServers();
    }

    /**
     * Runs {@code look} about once a second while reading: a look that throws ends the read (the
     * connector's worker found gone, say, instead of waiting out the bound for events that cannot come).
     */
    public ConnectorOutput lookingAt(Runnable look) {
        this.look = look;
        return this;
    }

    /**
     * Feedback names topics as the student wrote them: {@code studentPrefix} is the prefix of the
     * student's config that the lab renamed to this output's prefix.
     */
    public ConnectorOutput shownAs(String studentPrefix) {
        this.studentPrefix = studentPrefix == null || studentPrefix.isBlank() ? schemaChangeTopic : studentPrefix;
        return this;
    }

    /**
     * A lab topic's name for feedback: the name the student wrote, with the lab's beside it
     * ({@code mysql.inventory.customers (mysql.k3x9-c1.inventory.customers)}); as it is when the
     * lab did not rename it. A student never reads a lab name alone.
     */
    public String shown(String topic) {
        return shown(schemaChangeTopic, studentPrefix, topic);
    }

    static String shown(String labPrefix, String studentPrefix, String topic) {
        if (studentPrefix.equals(labPrefix)) {
            return topic;
        }
        if (topic.equals(labPrefix)) {
            return studentPrefix + " (" + topic + ")";
        }
        return topic.startsWith(labPrefix + ".")
                ? studentPrefix + "." + topic.substring(labPrefix.length() + 1) + " (" + topic + ")" : topic;
    }

    /** Every event read so far from {@code topic}, named as {@link #shown} names it. */
    public ChangeEvents events(String topic) {
        return new ChangeEvents(shown(topic), read.stream().filter(e -> e.topic().equals(topic)).toList());
    }

    /** Every topic the connector has written to, as far as read so far. */
    public java.util.SortedSet<String> topics() {
        java.util.SortedSet<String> topics = new java.util.TreeSet<>();
        assigned.forEach(p -> topics.add(p.topic()));
        return topics;
    }

    /** Whether the connector has written to {@code topic} (as far as read so far). */
    public boolean hasTopic(String topic) {
        return assigned.stream().anyMatch(p -> p.topic().equals(topic));
    }

    /** Reads until the snapshot is over: an event with {@code source.snapshot = last} on any topic. */
    public void expectSnapshotCompleted(Duration timeout, Text hint) {
        expect(Text.of("events.await.snapshot-end"), timeout, () -> read.stream().anyMatch(e -> "last".equals(e.snapshotMarker())),
                () -> Text.of("events.seen.topics", describeTopics()), hint);
    }

    /**
     * Reads until {@code done} accepts the events of {@code topic}; a timeout is the submission's
     * failure, saying what was awaited and listing what arrived.
     */
    public ChangeEvents expect(String topic, Text what, Duration timeout, Predicate<ChangeEvents> done, Text hint) {
        expect(what, timeout, () -> done.test(events(topic)),
                () -> hasTopic(topic) ? Text.verbatim(events(topic).describe()) : Text.of("events.no-topic", shown(topic), describeTopics()), hint);
        return events(topic);
    }

    private void expect(Text what, Duration timeout, java.util.function.BooleanSupplier done,
                        java.util.function.Supplier<Text> seen, Text hint) {
        Duration bound = Timeouts.scaled(timeout);
        long deadline = System.nanoTime() + bound.toNanos();
        outageSeen = false;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                requireNoOutage("waiting " + bound.toSeconds() + " s for the events of " + prefix + "*");
                throw CheckFailure.of(Text.of("events.timeout", what, shown(prefix + "*"), bound.toSeconds()))
                        .observed(seen.get())
                        .hint(hint);
            }
            try {
                pollOnce();
            } catch (CheckFailure stopped) {
                // the connector failed while its events were awaited: Debezium's reason, and what the check was about
                throw stopped.alsoHint(hint);
            }
        }
    }

    /**
     * Reads until {@code done} accepts the events of {@code topic} or {@code timeout} passes, and
     * gives what arrived either way: for checks that grade what came, part by part.
     */
    public ChangeEvents readUntil(String topic, Duration timeout, Predicate<ChangeEvents> done) {
        long deadline = System.nanoTime() + Timeouts.scaled(timeout).toNanos();
        outageSeen = false;
        while (!done.test(events(topic)) && System.nanoTime() < deadline) {
            pollOnce();
        }
        if (!done.test(events(topic))) {
            requireNoOutage("reading " + topic);
        }
        return events(topic);
    }

    /** Reads whatever arrives during {@code quiet}: to prove that nothing more comes. */
    public void readFor(Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        outageSeen = false;
        while (System.nanoTime() < deadline) {
            pollOnce();
        }
        // "nothing more came" proves nothing while Kafka was not answering
        requireNoOutage("reading " + prefix + "* for " + quiet.toMillis() + " ms");
    }

    /** The topics read so far with their event counts, for messages. */
    public String describeTopics() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        assigned.forEach(p -> counts.putIfAbsent(shown(p.topic()), 0L));
        read.forEach(e -> counts.merge(shown(e.topic()), 1L, Long::sum));
        return counts.isEmpty() ? "—" : counts.toString();
    }

    private void pollOnce() {
        long now = System.nanoTime();
        if (now - lookedAt > LOOK.toNanos()) {
            lookedAt = now;
            look.run();
        }
        refreshTopics();
        if (assigned.isEmpty()) {
            sleep();
            return;
        }
        for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
            read.add(new ChangeEvent(record.topic(), record.partition(), record.offset(),
                    parse(record.key()), parse(record.value())));
        }
    }

    private void refreshTopics() {
        long now = System.nanoTime();
        if (now - topicsRefreshedAt < TOPIC_REFRESH.toNanos()) {
            return;
        }
        topicsRefreshedAt = now;
        Map<String, List<org.apache.kafka.common.PartitionInfo>> topics;
        try {
            topics = consumer.listTopics(METADATA);
            outageSince = 0;
        } catch (RetriableException e) {
            noAnswer(e);
            return;
        }
        List<TopicPartition> found = new ArrayList<>();
        topics.forEach((topic, partitions) -> {
            if (topic.startsWith(prefix) || topic.equals(schemaChangeTopic)) {
                partitions.forEach(p -> found.add(new TopicPartition(topic, p.partition())));
            }
        });
        List<TopicPartition> added = found.stream().filter(p -> !assigned.contains(p)).toList();
        if (!added.isEmpty()) {
            assigned.addAll(added);
            consumer.assign(assigned);
            consumer.seekToBeginning(added);
        }
    }

    /** Kafka gave no metadata: tolerated for {@link #KAFKA_UNREACHABLE}, then the lab's failure. */
    private void noAnswer(RetriableException e) {
        long now = System.nanoTime();
        if (outageSince == 0) {
            outageSince = now;
        }
        outageSeen = true;
        Duration bound = Timeouts.scaled(KAFKA_UNREACHABLE);
        if (now - outageSince > bound.toNanos()) {
            throw new LabUnreachableException("Kafka", bootstrapServers,
                    "no topic metadata for " + bound.toSeconds() + " s while reading " + prefix + "*", e);
        }
    }

    /** A wait that saw Kafka not answering cannot tell what the connector did: the lab's failure. */
    private void requireNoOutage(String what) {
        if (outageSeen) {
            throw new LabUnreachableException("Kafka", bootstrapServers, "did not answer at times while " + what, null);
        }
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
