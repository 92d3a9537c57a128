package dev.cdclab.grading;

import dev.cdclab.cdc.ChangeEvents;
import dev.cdclab.cdc.ConnectorOutput;
import dev.cdclab.connect.ConnectClient;
import dev.cdclab.connect.ConnectRestException;
import dev.cdclab.connect.ConnectorState;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.KafkaBroker;
import dev.cdclab.lab.Wait;
import dev.cdclab.lab.WaitTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A student's connector running in the lab for one check (or one lesson). Tables are named as the
 * course names them ({@code inventory.customers}); the lab's isolated topic names stay inside.
 * The lifecycle calls are the course's REST calls: stop, resume, config update.
 */
public final class DeployedConnector implements AutoCloseable {
    static final Duration STATE_CHANGE = Duration.ofSeconds(45);

    private final String artifact;
    private final String name;
    private final String topicPrefix;
    private final String studentTopicPrefix;
    private final String historyTopic;
    private final ConnectClient connect;
    private final KafkaBroker kafka;
    private ConnectorOutput output;
    /** Deleted by the grader already (a capture closes its connector before the check does): not deleted twice. */
    private boolean deleted;

    DeployedConnector(String artifact, String name, String studentTopicPrefix, String topicPrefix, String historyTopic,
                      ConnectClient connect, KafkaBroker kafka) {
        this.artifact = artifact;
        this.historyTopic = historyTopic;
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

    /** The topic prefix in the lab. */
    public String topicPrefix() {
        return topicPrefix;
    }

    /** The lab's name of the connector's schema history topic (empty when it has none). */
    public String historyTopic() {
        return historyTopic;
    }

    /** The artifact the connector came from, for messages. */
    public String artifact() {
        return artifact;
    }

    public ConnectorState state() {
        return connect.status(name);
    }

    /** The config the connector runs with, as Connect holds it. */
    public Map<String, String> config() {
        return connect.config(name);
    }

    /**
     * Waits until the connector and its task are RUNNING; a FAILED task ends the wait at once with
     * Debezium's own reason and a hint.
     */
    public DeployedConnector awaitRunning() {
        return awaitRunning(Duration.ZERO);
    }

    /**
     * Like {@link #awaitRunning()}, but a FAILED state seen within {@code staleGrace} is taken as the
     * state from before the last request (Connect restarts a task a moment after a config update)
     * rather than as the answer.
     */
    public DeployedConnector awaitRunning(Duration staleGrace) {
        long graceEnds = System.nanoTime() + staleGrace.toNanos();
        try {
            Wait.forValue("connector " + name + " and its task RUNNING", STATE_CHANGE, this::state)
                    .failFastWhen(state -> state.hasFailed() && System.nanoTime() > graceEnds, state -> CheckFailure
                            .of(Text.of("connector.failed", artifact, state.summary()))
                            .observed(Text.verbatim(state.failureReason()))
                            .hint(ConnectFeedback.hintForFailure(state.failureTrace())))
                    .until(ConnectorState::isRunning);
        } catch (WaitTimeoutException e) {
            throw CheckFailure.of(Text.of("connector.not-running", artifact, e.timeout().toSeconds()))
                    .observed(Text.verbatim(e.lastSeen()))
                    .hint(Text.of("hint.connector.failed"));
        }
        return this;
    }

    /**
     * Like {@link ConnectorOutput#expect}, but a connector that FAILS meanwhile ends the wait at once
     * with Debezium's own reason and the hint that fits it.
     */
    public ChangeEvents expectWhileRunning(String databaseTable, Text what, Duration timeout, Predicate<ChangeEvents> done) {
        long[] lastLook = {0};
        return output().expect(topic(databaseTable), what, timeout, events -> {
            if (System.nanoTime() - lastLook[0] > 1_000_000_000L) {
                lastLook[0] = System.nanoTime();
                ConnectorState state = state();
                if (state.hasFailed()) {
                    throw CheckFailure.of(Text.of("connector.failed", artifact, state.summary()))
                            .observed(Text.verbatim(state.failureReason()))
                            .hint(ConnectFeedback.hintForFailure(state.failureTrace()));
                }
            }
            return done.test(events);
        }, ConnectFeedback.hintForFailure(""));
    }

    /** Waits until the connector or its task FAILED, and gives the state (with Debezium's reason); empty if it did not. */
    public java.util.Optional<ConnectorState> awaitFailure(Duration timeout) {
        try {
            return java.util.Optional.of(Wait.forValue("connector " + name + " to fail", timeout, this::state)
                    .until(ConnectorState::hasFailed));
        } catch (WaitTimeoutException e) {
            return java.util.Optional.empty();
        }
    }

    /** {@code PUT /connectors/{name}/stop}, then waits for STOPPED (offsets are flushed by then). */
    public void stop() {
        requestStop();
        awaitStopped();
    }

    /** {@code PUT /connectors/{name}/stop}; does not wait. */
    public void requestStop() {
        connect.stop(name);
    }

    public void awaitStopped() {
        try {
            Wait.forValue("connector " + name + " STOPPED", STATE_CHANGE, this::state).until(ConnectorState::isStopped);
        } catch (WaitTimeoutException e) {
            throw CheckFailure.of(Text.of("connector.not-stopped", artifact, e.timeout().toSeconds()))
                    .observed(Text.verbatim(e.lastSeen()))
                    .hint(Text.of("hint.connector.failed"));
        }
    }

    /** {@code POST /connectors/{name}/restart?includeTasks=true}; does not wait. */
    public void restart(boolean onlyFailed) {
        connect.restart(name, onlyFailed);
    }

    /** {@code DELETE /connectors/{name}/offsets}: the connector must be STOPPED. */
    public void deleteOffsets() {
        connect.deleteOffsets(name);
    }

    /** {@code PUT /connectors/{name}/resume}; does not wait. */
    public void resume() {
        connect.resume(name);
    }

    /** {@code PUT /connectors/{name}/config} with the current config changed by {@code changes}; does not wait. */
    public void updateConfig(Map<String, String> changes) {
        Map<String, String> config = new LinkedHashMap<>(config());
        config.putAll(changes);
        try {
            connect.putConfig(name, config);
        } catch (ConnectRestException e) {
            throw CheckFailure.of(Text.of("connector.create.refused", artifact, e.status()))
                    .observed(Text.verbatim(e.connectMessage()))
                    .hint(Text.of("hint.connector.failed"));
        }
    }

    /** The name of the topic of {@code database.table} as the student's config makes it. */
    public String studentTopicName(String databaseTable) {
        return studentTopicPrefix + "." + databaseTable;
    }

    /** Everything the connector wrote, read as it arrives. */
    public ConnectorOutput output() {
        if (output == null) {
            output = new ConnectorOutput(kafka, topicPrefix).lookingAt(this::requireWorker);
        }
        return output;
    }

    /**
     * Asks Connect for the connector's state while a read waits for its events: no answer at all
     * (a {@link dev.cdclab.lab.LabUnreachableException}) ends the read at once as the lab's failure,
     * and a FAILED connector or task ends it at once with Debezium's own reason, since no event will
     * come any more.
     */
    private void requireWorker() {
        ConnectorState state;
        try {
            state = state();
        } catch (ConnectRestException answered) {
            return; // Connect answered (the connector gone, say): the read itself will tell what is missing
        }
        if (state.hasFailed()) {
            throw CheckFailure.of(Text.of("connector.failed", artifact, state.summary()))
                    .observed(Text.verbatim(state.failureReason()))
                    .hint(ConnectFeedback.hintForFailure(state.failureTrace()));
        }
    }

    /** The lab's name of the topic of {@code database.table}. */
    public String topic(String databaseTable) {
        return topicPrefix + "." + databaseTable;
    }

    /** Waits for the end of the snapshot, then gives the events of {@code database.table}; a FAILED connector ends the wait with its reason. */
    public ChangeEvents snapshotOf(String databaseTable, Duration timeout, Text hint) {
        try {
            awaitRunning(); // a connector that already failed says why at once
        } catch (CheckFailure failed) {
            throw failed.alsoHint(hint);
        }
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
            try {
                output().readFor(Duration.ofMillis(500));
            } catch (CheckFailure failed) {
                throw failed.alsoHint(hint);
            }
        }
        if (!output().hasTopic(topic)) {
            throw CheckFailure.of(Text.of("events.not-captured", databaseTable))
                    .observed(Text.of("events.no-topic", studentTopicName(databaseTable), output().describeTopics()))
                    .hint(hint);
        }
        return output().expect(topic, what, timeout, done, hint);
    }

    /** Proves the connector streams: writes {@link ProbeRows} until the insert event of one arrives. */
    public ChangeEvents awaitStreaming(CourseDatabase database, int firstProbeId, Duration timeout, Text hint) {
        ProbeRows probes = new ProbeRows(database, firstProbeId);
        return output().expect(topic(CourseDatabase.NAME + ".customers"), Text.of("events.await.probe"), timeout, events -> {
            boolean arrived = events.withOp("c").events().stream().anyMatch(e -> probes.isProbe(Integer.parseInt(e.keyField("id"))));
            if (!arrived) {
                probes.writeIfDue();
            }
            return arrived;
        }, hint);
    }

    @Override
    public void close() {
        if (output != null) {
            output.close();
        }
        if (deleted) {
            return;
        }
        deleted = true;
        try {
            connect.delete(name);
        } catch (dev.cdclab.connect.ConnectRestException gone) {
            // the grader deletes only what it created, under the name Connect returned: a connector
            // not there any more was removed or renamed behind the grader's back
            throw new InfrastructureException("connector " + name + " (" + artifact + ") was not in Connect when the grader"
                    + " deleted it: HTTP " + gone.status() + " " + gone.connectMessage(), gone);
        } catch (RuntimeException unreachable) {
            // the worker is down: the check already ended with that, nothing more to clean
        }
    }
}
