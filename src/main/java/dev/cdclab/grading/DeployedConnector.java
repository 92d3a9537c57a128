package dev.cdclab.grading;

import dev.cdclab.cdc.ChangeEvents;
import dev.cdclab.cdc.ConnectorOutput;
import dev.cdclab.connect.ConnectClient;
import dev.cdclab.connect.ConnectRestException;
import dev.cdclab.connect.ConnectorState;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.ConnectWorker;
import dev.cdclab.lab.KafkaBroker;
import dev.cdclab.lab.TaskActivity;
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
    /** How long a deleted or stopped connector's task may take to exit (Connect's graceful stop is 5 s). */
    static final Duration TASK_EXIT = Duration.ofSeconds(10);
    private static final org.apache.logging.log4j.Logger LOG = org.apache.logging.log4j.LogManager.getLogger(DeployedConnector.class);

    private final String artifact;
    private final String name;
    private final String topicPrefix;
    private final String studentTopicPrefix;
    private final String historyTopic;
    private final ConnectClient connect;
    private final ConnectWorker worker;
    private final KafkaBroker kafka;
    private ConnectorOutput output;
    /** Deleted by the grader already (a capture closes its connector before the check does): not deleted twice. */
    private boolean deleted;

    DeployedConnector(String artifact, String name, String studentTopicPrefix, String topicPrefix, String historyTopic,
                      ConnectWorker worker, KafkaBroker kafka) {
        this.artifact = artifact;
        this.historyTopic = historyTopic;
        this.name = name;
        this.studentTopicPrefix = studentTopicPrefix;
        this.topicPrefix = topicPrefix;
        this.connect = worker.client();
        this.worker = worker;
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
     * Waits until the connector is RUNNING and, where Debezium's metrics are in sight, its task's
     * streaming has connected: what an operator checks before the next step of a procedure. Connect
     * says RUNNING as soon as the task was started, while a (recovery) snapshot still runs; a config
     * change made then would restart the task in the middle of it. Where the metrics are out of
     * sight (Connect in a container) this is {@link #awaitRunning(Duration)}.
     */
    public DeployedConnector awaitTaskStreaming(Duration staleGrace) {
        awaitRunning(staleGrace);
        if (worker.taskActivity(topicPrefix) == TaskActivity.UNKNOWN) {
            return this;
        }
        try {
            Wait.forValue("connector " + name + ": its task streaming (Debezium's metrics: Connected)", STATE_CHANGE,
                            () -> new Progress(state(), worker.taskActivity(topicPrefix)))
                    .failFastWhen(progress -> progress.state().hasFailed(), progress -> CheckFailure
                            .of(Text.of("connector.failed", artifact, progress.state().summary()))
                            .observed(Text.verbatim(progress.state().failureReason()))
                            .hint(ConnectFeedback.hintForFailure(progress.state().failureTrace())))
                    .until(progress -> progress.state().isRunning() && progress.activity() == TaskActivity.STREAMING);
        } catch (WaitTimeoutException e) {
            throw CheckFailure.of(Text.of("connector.not-streaming", artifact, e.timeout().toSeconds()))
                    .observed(Text.verbatim(e.lastSeen()))
                    .hint(Text.of("hint.connector.failed"));
        }
        return this;
    }

    /** Connect's state of the connector and Debezium's of its task, seen together. */
    private record Progress(ConnectorState state, TaskActivity activity) {
        @Override
        public String toString() {
            return state.summary() + "; Debezium: " + activity;
        }
    }

    /**
     * Waits until the connector's task has exited, where Debezium's metrics are in sight. Connect
     * says STOPPED, or forgets a deleted connector, before the task is gone; a database touched
     * meanwhile cuts the task's connection and its stop hangs. Gives whether it was seen gone.
     */
    boolean awaitTaskExited() {
        if (worker.taskActivity(topicPrefix) == TaskActivity.UNKNOWN) {
            return true;
        }
        try {
            Wait.forValue("connector " + name + ": its task exited (Debezium's metrics unregistered)", TASK_EXIT,
                    () -> worker.taskActivity(topicPrefix)).until(activity -> activity == TaskActivity.ABSENT);
            return true;
        } catch (WaitTimeoutException e) {
            LOG.warn("{}: the task of connector {} had not exited {} s after its stop or delete", artifact, name,
                    e.timeout().toSeconds());
            return false;
        }
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

    /** {@code PUT /connectors/{name}/stop}, then waits for STOPPED (offsets are flushed by then) and the task's exit. */
    public void stop() {
        requestStop();
        awaitStopped();
    }

    /** {@code PUT /connectors/{name}/stop}; does not wait. */
    public void requestStop() {
        connect.stop(name);
    }

    /** Waits for STOPPED, then for the task's exit (Connect says STOPPED while the task still stops). */
    public void awaitStopped() {
        try {
            Wait.forValue("connector " + name + " STOPPED", STATE_CHANGE, this::state).until(ConnectorState::isStopped);
        } catch (WaitTimeoutException e) {
            throw CheckFailure.of(Text.of("connector.not-stopped", artifact, e.timeout().toSeconds()))
                    .observed(Text.verbatim(e.lastSeen()))
                    .hint(Text.of("hint.connector.failed"));
        }
        awaitTaskExited();
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
            output = new ConnectorOutput(kafka, topicPrefix).shownAs(studentTopicPrefix).lookingAt(this::requireWorker);
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
     * The precondition of every check about captured data: once the snapshot is over, at least one
     * of {@code tables} (tables with rows the lesson needs) has events. A connector that captures
     * none of them (an include list that matches nothing, say) fails here, naming the tables and
     * the topics it did write, so that no check awards points for what did not happen.
     */
    public void requireCapturesAny(java.util.List<String> tables, Duration timeout, Text hint) {
        try {
            awaitRunning(); // a connector that already failed says why at once
        } catch (CheckFailure failed) {
            throw failed.alsoHint(hint);
        }
        try {
            output().expectSnapshotCompleted(timeout, hint);
        } catch (CheckFailure notOver) {
            // a snapshot of no table has no last event to end it: that it captures nothing is the reason to give
            if (state().hasFailed() || tables.stream().anyMatch(table -> output().hasTopic(topic(table)))) {
                throw notOver;
            }
        }
        if (tables.stream().noneMatch(table -> output().hasTopic(topic(table)))) {
            try {
                output().readFor(Duration.ofMillis(500)); // a topic made a moment before the snapshot's end
            } catch (CheckFailure failed) {
                throw failed.alsoHint(hint);
            }
        }
        if (tables.stream().noneMatch(table -> output().hasTopic(topic(table)))) {
            throw CheckFailure.of(Text.of("captured.none", artifact, String.join(", ", tables)))
                    .expected(Text.verbatim(String.join(", ", tables.stream().map(this::studentTopicName).toList())))
                    .observed(Text.of("captured.topics", output().describeTopics()))
                    .hint(Text.lines(java.util.List.of(Text.of("hint.captured"), hint)));
        }
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

    /**
     * Proves the connector streams: writes {@link ProbeRows} until the insert event of one arrives.
     * Then everything the connector wrote of the customers before that probe has been read too (one
     * partition keeps the binlog's order), which proves "nothing more came" without waiting a window.
     */
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
            return;
        }
        awaitTaskExited();
    }
}
