package dev.cdclab.grading;

import dev.cdclab.connect.ConfigValidation;
import dev.cdclab.connect.ConnectClient;
import dev.cdclab.connect.ConnectRestException;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.submission.ConnectorDefinition;
import dev.cdclab.submission.CourseToLab;
import dev.cdclab.submission.LabTargets;
import dev.cdclab.submission.Submission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a check works with: the shared lab, the student's submission, the course database reset
 * for this check, and the student's connectors deployed under names unique to this check. Closed
 * after the check: its connectors are deleted, its readers closed.
 *
 * <pre>{@code
 * CourseDatabase inventory = check.courseDatabase();
 * DeployedConnector connector = check.deploy("lesson04/connector.json");
 * }</pre>
 */
public final class LabCheck implements AutoCloseable {
    private static final String CONFIG_INVALID = "connector.config.invalid";
    private static final String SERVER_ID = "database.server.id";
    private static final String POLL_INTERVAL = "poll.interval.ms";
    private static final String SNAPSHOT_MODE = "snapshot.mode";
    /** The policy's refusal of a snapshot mode Debezium removed. */
    private static final String REMOVED_MODE = "connector.snapshot-mode.removed";
    /**
     * Debezium's default poll interval (500 ms) bounds every streamed event and every task stop, so
     * each connector step of a check waited for it; a connector whose config sets none polls this
     * often in the lab. A student's own value is kept: it is part of what they wrote.
     */
    public static final String LAB_POLL_INTERVAL_MS = "50";
    /** Binlog client ids the lab gives connectors: far from the course's (184054) and the server's (1). */
    private static final java.util.concurrent.atomic.AtomicLong SERVER_IDS = new java.util.concurrent.atomic.AtomicLong(5_400_000);

    private final LabEnvironment lab;
    private final Submission submission;
    private final String isolation;
    private final List<Text> notes = new ArrayList<>();
    private final List<Text> answerHints = new ArrayList<>();
    private final List<DeployedConnector> deployed = new ArrayList<>();
    private final PartialCredit credit;
    private final LessonScope lesson;

    LabCheck(LabEnvironment lab, Submission submission, String isolation, PartialCredit credit, LessonScope lesson) {
        this.lab = lab;
        this.submission = submission;
        this.isolation = isolation;
        this.credit = credit;
        this.lesson = lesson;
    }

    /**
     * A value the checks of this lesson share, made by the first check that asks: typically the
     * student's connector, deployed once and asserted on by several checks. Connectors deployed
     * while making it live until the end of the lesson suite. A failure is remembered and given to
     * every check that asks.
     *
     * <pre>{@code DeployedConnector connector = check.shared("connector", () -> {
     *     check.courseDatabase();
     *     return check.deploy("lesson04/connector.json");
     * }); }</pre>
     */
    public <T> T shared(String key, java.util.function.Supplier<T> create) {
        return lesson.computeIfAbsent(key, () -> {
            int before = deployed.size();
            try {
                return create.get();
            } finally {
                List<DeployedConnector> made = new ArrayList<>(deployed.subList(before, deployed.size()));
                deployed.removeAll(made);
                made.forEach(lesson::own);
            }
        });
    }

    /**
     * A precondition the lesson's checks share, proven by the first check that requires it and
     * remembered for the whole lesson (also after {@link #releaseShared}): when it failed, every
     * later check that requires it ends at once with the same failure, and the report says they
     * were lost for the same reason as the first.
     *
     * <pre>{@code check.require("captured", () -> connector(check).requireCapturesAny(TABLES, EVENTS, hint)); }</pre>
     */
    public void require(String key, Runnable proof) {
        lesson.require(key, proof);
    }

    /** Closes {@code resource} when the lesson's shared values are closed: for a value made in {@link #shared}. */
    public void own(AutoCloseable resource) {
        lesson.own(resource);
    }

    /**
     * Closes what the lesson's checks share (their connectors stop reading the binlog): for a check
     * that needs to be the only binlog reader, such as one that purges binlogs.
     */
    public void releaseShared() {
        try {
            lesson.close();
        } catch (Exception e) {
            throw new InfrastructureException("could not close the lesson's shared connectors: " + e.getMessage(), e);
        }
    }

    /** A part of this check worth {@code weight} shares of its points, asserted softly (see {@link PartialCredit}). */
    public void part(String name, double weight, Runnable assertion) {
        credit.part(name, weight, assertion);
    }

    public LabEnvironment lab() {
        return lab;
    }

    public Submission submission() {
        return submission;
    }

    /** Adds a note to the report: something the student should know about how the check went. */
    public void note(Text note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    /** Notes for the report: how the course's names were mapped to the lab. */
    public List<Text> notes() {
        return List.copyOf(notes);
    }

    /** The course's {@code inventory} database, reset to its seed rows for this check. */
    public CourseDatabase courseDatabase() {
        return CourseDatabase.reset(lab.binlog());
    }

    /** The course's {@code inventory} database on {@code server} (a server a lesson started), reset to its seed rows. */
    public CourseDatabase courseDatabase(dev.cdclab.lab.SqlServer server) {
        return CourseDatabase.reset(server);
    }

    /**
     * A binlog server started with {@code options} from the student's {@code artifact}, shared by
     * the lesson's checks and stopped with the lesson. A server that does not start with them is
     * the student's to fix: the failure quotes the server's own log.
     */
    public dev.cdclab.lab.ConfiguredBinlogServer binlogServer(String artifact, dev.cdclab.lab.ServerOptions options) {
        return shared("server:" + artifact, () -> {
            java.util.Set<String> dropped = new java.util.TreeSet<>(options.values().keySet());
            dropped.retainAll(lab.binlog().dialect().optionsNotOnThisServer());
            if (!dropped.isEmpty()) {
                note(Text.of("lab.note.options-dropped", artifact, String.join(", ", dropped), lab.binlog().dialect().productName()));
            }
            dev.cdclab.lab.ConfiguredBinlogServer server;
            try {
                server = lab.startBinlogServer(artifact.replaceAll("[^A-Za-z0-9]", ""), options);
            } catch (dev.cdclab.lab.LabStartException e) {
                throw CheckFailure.of(Text.of("options.server-failed", artifact, lab.binlog().dialect().productName()))
                        .observed(Text.verbatim(e.getMessage()))
                        .hint(Text.of("hint.options.server-failed"));
            }
            own(server);
            return server;
        });
    }

    /**
     * Loads the connector JSON at {@code artifact}, maps it to the lab, has Connect validate it,
     * creates it through {@code POST /connectors} and waits until it and its task are RUNNING.
     * Every way this can go wrong for the student ends in a {@link CheckFailure} that says why.
     */
    public DeployedConnector deploy(String artifact) {
        return deploy(artifact, Map.of());
    }

    /** Like {@link #deploy(String)}, with some keys of the student's config set by the check (a scenario's snapshot mode, say). */
    public DeployedConnector deploy(String artifact, Map<String, String> overrides) {
        return deploy(artifact, overrides, LabTargets.of(lab));
    }

    /**
     * Like {@link #deploy(String, Map)} where the overrides are the student's own answers from
     * {@code overridesFrom} (lesson 04's snapshot-modes.json): a value Connect refuses is blamed on
     * that file, not on the connector JSON, which does not hold it.
     */
    public DeployedConnector deploy(String artifact, Map<String, String> overrides, String overridesFrom) {
        try {
            return deploy(artifact, overrides);
        } catch (CheckFailure failure) {
            List<String> refused = overrides.keySet().stream().filter(key -> refusedKeys(failure).contains(key)).sorted().toList();
            if (refused.isEmpty() && REMOVED_MODE.equals(failure.summary().key()) && overrides.containsKey(SNAPSHOT_MODE)) {
                refused = List.of(SNAPSHOT_MODE); // refused by the policy before Connect: the mode came from the answers
            }
            if (refused.isEmpty()) {
                throw failure;
            }
            String key = refused.get(0);
            throw CheckFailure.of(Text.of("connector.config.invalid.answer", overridesFrom, key, overrides.get(key), artifact), failure)
                    .observed(failure.observed() != null ? failure.observed() : failure.summary())
                    .hint(failure.hint());
        }
    }

    /** The keys Connect's validation refused, from a {@code connector.config.invalid} failure's listing. */
    private static java.util.Set<String> refusedKeys(CheckFailure failure) {
        if (!CONFIG_INVALID.equals(failure.summary().key()) || failure.observed() == null) {
            return java.util.Set.of();
        }
        return String.valueOf(failure.observed().args().get(0)).lines()
                .map(line -> line.contains(" = ") ? line.substring(0, line.indexOf(" = ")) : "")
                .collect(Collectors.toSet());
    }

    /**
     * Like {@link #deploy(String, Map)}, with the course's host names pointing where {@code targets}
     * say: a server started with the student's options, a simulated cluster's endpoints.
     */
    public DeployedConnector deploy(String artifact, Map<String, String> overrides, LabTargets targets) {
        ConnectorDefinition definition = submission.connector(artifact);
        for (var override : overrides.entrySet()) {
            definition = definition.with(override.getKey(), override.getValue());
        }
        return deploy(definition, targets);
    }

    /** Deploys a student's connector definition (read and changed by the check) where {@code targets} say. */
    public DeployedConnector deploy(ConnectorDefinition definition, LabTargets targets) {
        return deploy(definition, targets, true);
    }

    /**
     * Deploys a connector the check defines itself (the grader's own probe of a student's server):
     * how the lab maps it is the grader's business, so the report gets no notes about it.
     */
    public DeployedConnector deployOwn(ConnectorDefinition definition, LabTargets targets) {
        return deploy(definition, targets, false);
    }

    private DeployedConnector deploy(ConnectorDefinition definition, LabTargets targets, boolean studentsOwn) {
        String artifact = definition.artifact();
        if (studentsOwn) {
            // judged on what the student wrote: the lab's renaming below would hide both
            HistoryTopicCollision.of(definition).ifPresent(failure -> {
                throw failure;
            });
            List<Text> causes = causes();
            IncludeListForm.hint(definition).filter(hint -> !causes.contains(hint)).ifPresent(causes::add);
        }
        CourseToLab mapping = new CourseToLab(targets, isolation);
        CourseToLab.Result mapped = mapping.apply(definition);
        if (studentsOwn) {
            mapped.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
        }
        ConnectorDefinition connector = pollingFast(ownServerId(mapped.connector(), studentsOwn));
        ConnectClient client = lab.connect().client();
        validate(client, connector);
        String stored;
        try {
            stored = client.create(connector.name(), connector.config());
        } catch (ConnectRestException e) {
            throw CheckFailure.of(Text.of("connector.create.refused", artifact, e.status()))
                    .observed(Text.verbatim(e.connectMessage()))
                    .hint(Text.of("hint.connector.failed"));
        }
        String prefix = definition.get("topic.prefix").orElse("");
        DeployedConnector running = new DeployedConnector(artifact, stored, prefix, mapping.isolatedPrefix(prefix),
                connector.get(CourseToLab.HISTORY_TOPIC).orElse(""), lab.connect(), lab.kafka());
        deployed.add(running);
        return running.awaitRunning();
    }

    private static ConnectorDefinition pollingFast(ConnectorDefinition connector) {
        return connector.get(POLL_INTERVAL).filter(value -> !value.isBlank()).isPresent() ? connector
                : connector.with(POLL_INTERVAL, LAB_POLL_INTERVAL_MS);
    }

    /**
     * Gives the connector a binlog client id no other connector of the lab has. Two clients with
     * one id disconnect each other ("A slave with the same server_uuid/server_id is already
     * connected"), and the connector of a check must never meet another check's, nor the lesson's
     * shared one. Whether the student's own id is right is a check of its own (lesson 04); a
     * missing or malformed id is left for Connect to report.
     */
    private ConnectorDefinition ownServerId(ConnectorDefinition connector, boolean studentsOwn) {
        String studentId = connector.get(SERVER_ID).orElse("");
        if (!studentId.trim().matches("[0-9]{1,10}")) {
            return connector;
        }
        String labId = Long.toString(SERVER_IDS.incrementAndGet());
        Text note = Text.of("lab.note.server-id");
        if (studentsOwn && !notes.contains(note)) {
            notes.add(note);
        }
        return connector.with(SERVER_ID, labId);
    }

    /**
     * {@code failure} with the hint of a cause found in a student's connector of this lesson before
     * it ran (an include list that can capture no table): the lesson's checks share their
     * connectors, every failure that follows comes from it, and a check's own hint (about snapshot
     * modes, say) would mislead.
     */
    CheckFailure explained(CheckFailure failure) {
        List<Text> causes = causes();
        CheckFailure explained;
        synchronized (causes) {
            explained = causes.isEmpty() ? failure : failure.hint(causes.size() == 1 ? causes.get(0) : Text.lines(List.copyOf(causes)));
        }
        answerHints.forEach(explained::alsoHint);
        return explained;
    }

    /**
     * Adds {@code why} to whatever failure this check ends with: why the answer the student chose
     * cannot work (a snapshot mode for a situation), known before the check runs it. Such a hint
     * follows {@link QuizFeedback}: it says what is wrong with the answer, not which one is right.
     */
    public void hintOnFailure(Text why) {
        if (!answerHints.contains(why)) {
            answerHints.add(why);
        }
    }

    /** The causes found so far in the lesson's student connectors, as hints; shared by the lesson's checks. */
    private List<Text> causes() {
        return lesson.computeIfAbsent("causes-found-before-deploying", () -> java.util.Collections.synchronizedList(new ArrayList<Text>()));
    }

    /** How this check maps the course's names to the lab's. */
    private CourseToLab mapping() {
        return new CourseToLab(LabTargets.of(lab), isolation);
    }

    /**
     * Creates the topics a student declares in {@code topicsArtifact} (what an operator does with
     * {@code kafka-topics.sh --create} before deploying), under this check's names for them:
     * {@code {"topics": [{"name": ..., "partitions": 1, "replication_factor": 1, "config": {...}}]}}.
     * A missing file means the student lets Debezium create its topics.
     */
    public void createTopics(String topicsArtifact, String connectorArtifact) {
        if (!java.nio.file.Files.isRegularFile(submission.root().resolve(topicsArtifact))) {
            return;
        }
        String prefix = submission.connector(connectorArtifact).get("topic.prefix").orElse("");
        for (TopicDeclaration topic : TopicDeclaration.parse(topicsArtifact, submission.json(topicsArtifact))) {
            new KafkaTopics(lab.kafka()).create(topicsArtifact, mapping().isolatedTopic(topic.name(), prefix),
                    topic.partitions(), topic.replicationFactor(), topic.config());
        }
    }

    private static void validate(ConnectClient client, ConnectorDefinition connector) {
        Map<String, String> body = new HashMap<>(connector.config());
        body.put("name", connector.name());
        ConfigValidation validation;
        try {
            validation = client.validate(body);
        } catch (ConnectRestException e) {
            throw CheckFailure.of(Text.of("connector.validate.refused", connector.artifact(), e.status()))
                    .observed(Text.verbatim(e.connectMessage()))
                    .hint(Text.of("hint.connector.failed"));
        }
        if (validation.isValid()) {
            return;
        }
        ConfigValidation.KeyError first = validation.errors().get(0);
        // Connect leaves out the value of a key it cannot parse (an unknown enum constant): show the one sent
        java.util.function.Function<ConfigValidation.KeyError, String> sent = e -> e.value() != null ? e.value()
                : connector.get(e.key()).orElse("—");
        String listing = validation.errors().stream()
                .map(e -> e.key() + " = " + sent.apply(e) + ": " + String.join("; ", e.messages()))
                .collect(Collectors.joining("\n"));
        throw CheckFailure.of(Text.of(CONFIG_INVALID, connector.artifact(), validation.errorCount()))
                .observed(Text.verbatim(listing))
                .hint(ConnectFeedback.hintForKey(first.key(), sent.apply(first), String.join("; ", first.messages())));
    }

    /**
     * Deletes this check's own connectors (those it shares with the lesson are deleted with the
     * lesson's shared values), then proves with one {@code GET /connectors} that none of them is
     * left: one still there, or one already gone when it was deleted, is the lab's or the grader's
     * error, never silently taken as clean.
     */
    @Override
    public void close() {
        if (deployed.isEmpty()) {
            return;
        }
        RuntimeException first = null;
        List<String> closed = new ArrayList<>();
        for (DeployedConnector connector : deployed) {
            closed.add(connector.name());
            try {
                connector.close();
            } catch (InfrastructureException notThere) {
                first = first == null ? notThere : first;
            }
        }
        deployed.clear();
        if (first != null) {
            throw first;
        }
        List<String> left;
        try {
            left = lab.connect().client().connectors().stream().filter(closed::contains).toList();
        } catch (RuntimeException unreachable) {
            return; // the worker is down: the check already ended with that
        }
        if (!left.isEmpty()) {
            throw new InfrastructureException("connectors of check " + isolation + " left in Connect after it: " + left, null);
        }
    }
}
