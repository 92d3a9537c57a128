package dev.cdclab.grading;

import dev.cdclab.i18n.Text;
import dev.cdclab.lab.KafkaBroker;
import dev.cdclab.lab.LabUnreachableException;
import dev.cdclab.lab.Timeouts;
import dev.cdclab.lab.Wait;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;

/**
 * The Kafka topics a check creates, inspects or deletes, as an operator would with
 * {@code kafka-topics.sh}: a student's topic that Kafka refuses is the student's failure; Kafka not
 * answering is the lab's ({@link LabUnreachableException}).
 */
public final class KafkaTopics {
    private static final Duration ADMIN_CALL = Duration.ofSeconds(20);

    private final KafkaBroker kafka;

    public KafkaTopics(KafkaBroker kafka) {
        this.kafka = kafka;
    }

    /** A topic as it really is in Kafka. */
    public record Settings(String name, int partitions, Map<String, String> config) {
        public Optional<String> get(String key) {
            return Optional.ofNullable(config.get(key));
        }
    }

    /** Creates a topic a student declared; Kafka's refusal is a {@link CheckFailure} quoting Kafka. */
    public void create(String artifact, String name, int partitions, short replicationFactor, Map<String, String> config) {
        try (Admin admin = kafka.newAdmin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, replicationFactor).configs(config)))
                    .all().get(timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw infrastructure("create topic " + name, e);
            }
            throw CheckFailure.of(Text.of("topics.refused", artifact, name))
                    .observed(Text.verbatim(e.getCause().getMessage()))
                    .hint(Text.of("hint.topics.create"));
        } catch (TimeoutException | InterruptedException e) {
            throw infrastructure("create topic " + name, e);
        }
    }

    /** The topic's partitions and its configuration, or empty if it does not exist. */
    public Optional<Settings> describe(String name) {
        try (Admin admin = kafka.newAdmin()) {
            if (!admin.listTopics().names().get(timeoutMillis(), TimeUnit.MILLISECONDS).contains(name)) {
                return Optional.empty();
            }
            TopicDescription description = admin.describeTopics(List.of(name)).allTopicNames()
                    .get(timeoutMillis(), TimeUnit.MILLISECONDS).get(name);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
            Config config = admin.describeConfigs(List.of(resource)).all().get(timeoutMillis(), TimeUnit.MILLISECONDS).get(resource);
            Map<String, String> values = new java.util.TreeMap<>();
            for (ConfigEntry entry : config.entries()) {
                if (entry.value() != null) {
                    values.put(entry.name(), entry.value());
                }
            }
            return Optional.of(new Settings(name, description.partitions().size(), values));
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            throw infrastructure("describe topic " + name, e);
        }
    }

    /** Every record value of a topic, from its beginning to its current end (empty if it does not exist). */
    public List<String> readAll(String name) {
        Map<String, Object> properties = kafka.clientProperties();
        properties.put("key.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class.getName());
        properties.put("value.deserializer", org.apache.kafka.common.serialization.StringDeserializer.class.getName());
        properties.put("allow.auto.create.topics", "false");
        properties.put("enable.auto.commit", "false");
        List<String> values = new java.util.ArrayList<>();
        try (org.apache.kafka.clients.consumer.KafkaConsumer<String, String> consumer =
                     new org.apache.kafka.clients.consumer.KafkaConsumer<>(properties)) {
            List<org.apache.kafka.common.PartitionInfo> partitions = consumer.partitionsFor(name, Timeouts.scaled(ADMIN_CALL));
            if (partitions == null || partitions.isEmpty()) {
                return values;
            }
            readToEnd(consumer, name, partitions, values);
        } catch (org.apache.kafka.common.errors.RetriableException e) {
            throw new LabUnreachableException("Kafka", kafka.bootstrapServers(), "read topic " + name, e);
        }
        return values;
    }

    /** Reads {@code name} from its beginning to its end as it is now, within {@link #ADMIN_CALL}. */
    private void readToEnd(org.apache.kafka.clients.consumer.KafkaConsumer<String, String> consumer, String name,
                           List<org.apache.kafka.common.PartitionInfo> partitions, List<String> values) {
        List<org.apache.kafka.common.TopicPartition> all = partitions.stream()
                .map(p -> new org.apache.kafka.common.TopicPartition(name, p.partition())).toList();
        consumer.assign(all);
        consumer.seekToBeginning(all);
        Map<org.apache.kafka.common.TopicPartition, Long> end = consumer.endOffsets(all, Timeouts.scaled(ADMIN_CALL));
        long deadline = System.nanoTime() + Timeouts.scaled(ADMIN_CALL).toNanos();
        while (all.stream().anyMatch(p -> consumer.position(p, Timeouts.scaled(ADMIN_CALL)) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new LabUnreachableException("Kafka", kafka.bootstrapServers(), "the records of " + name
                        + " not given within " + Timeouts.scaled(ADMIN_CALL).toSeconds() + " s", null);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
        }
    }

    /** Deletes a topic and waits until Kafka no longer lists it. */
    public void delete(String name) {
        try (Admin admin = kafka.newAdmin()) {
            admin.deleteTopics(List.of(name)).all().get(timeoutMillis(), TimeUnit.MILLISECONDS);
            Wait.forValue("topic " + name + " to be deleted", ADMIN_CALL,
                            () -> admin.listTopics().names().get(timeoutMillis(), TimeUnit.MILLISECONDS))
                    .until(names -> !names.contains(name));
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            throw infrastructure("delete topic " + name, e);
        }
    }

    private static long timeoutMillis() {
        return Timeouts.scaled(ADMIN_CALL).toMillis();
    }

    /**
     * Kafka gave no answer in time (or an admin call's own timeout): the lab's failure, which ends
     * the run's use of the lab; any other failure of an admin call is the grader's.
     */
    private RuntimeException infrastructure(String what, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        if (cause instanceof TimeoutException || cause instanceof org.apache.kafka.common.errors.TimeoutException) {
            return new LabUnreachableException("Kafka", kafka.bootstrapServers(),
                    what + ": no answer within " + Timeouts.scaled(ADMIN_CALL).toSeconds() + " s", cause);
        }
        return new InfrastructureException("Kafka did not " + what + " within " + Timeouts.scaled(ADMIN_CALL).toSeconds()
                + " s: " + e.getMessage(), e);
    }
}
