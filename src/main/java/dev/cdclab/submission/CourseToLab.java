package dev.cdclab.submission;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.Endpoint;
import dev.cdclab.lab.dialect.BinlogDialect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Students write connector configs for the course's docker compose stack ({@code mysql:3306},
 * {@code postgres:5432}, {@code kafka:9092}). This maps those names to the lab's endpoints as Kafka
 * Connect reaches them ({@link LabTargets}), gives the connector, its topics and its schema history
 * topic names unique to one check, and translates the MySQL connector class to the lab server's.
 * Each address that changes and each translation is recorded as a note for the report (in
 * containers {@code mysql:3306} stays {@code mysql:3306}: no note). A host that is not one of the
 * course's is refused, never contacted.
 *
 * <pre>{@code
 * CourseToLab.Result result = new CourseToLab(targets, "c3").apply(definition);
 * connect.create(result.connector().name(), result.connector().config());
 * }</pre>
 */
public final class CourseToLab {
    static final Set<String> BINLOG_HOSTS = Set.of("mysql", "mariadb", "localhost", "127.0.0.1", "host.docker.internal");
    static final Set<String> POSTGRES_HOSTS = Set.of("postgres", "postgresql", "localhost", "127.0.0.1", "host.docker.internal");
    static final Set<Integer> BINLOG_PORTS = Set.of(3306, 3307);
    static final Set<Integer> POSTGRES_PORTS = Set.of(5432, 5433);
    static final Set<String> KAFKA_HOSTS = Set.of("kafka", "broker", "localhost", "127.0.0.1");
    static final Set<Integer> KAFKA_PORTS = Set.of(9092, 29092);
    static final String POSTGRES_CONNECTOR = "io.debezium.connector.postgresql.PostgresConnector";
    static final List<String> SOURCE_CONNECTORS = List.of(
            BinlogDialect.MYSQL_CONNECTOR, BinlogDialect.MARIADB_CONNECTOR, POSTGRES_CONNECTOR);
    public static final String HISTORY_TOPIC = "schema.history.internal.kafka.topic";
    static final String HISTORY_BOOTSTRAP = "schema.history.internal.kafka.bootstrap.servers";
    /** Every key naming Kafka brokers ends so: the history's, and its producer's and consumer's pass-through keys. */
    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";

    private static final java.util.regex.Pattern CONFIG_PROVIDER = java.util.regex.Pattern.compile("\\$\\{[^}]*:[^}]*}");

    private final LabTargets targets;
    private final String isolation;

    /** {@code isolation} is appended to the connector's names so that checks never share data. */
    public CourseToLab(LabTargets targets, String isolation) {
        this.targets = targets;
        this.isolation = isolation;
    }

    /** The connector as it runs in the lab, and the notes that say what was changed. */
    public record Result(ConnectorDefinition connector, List<Text> notes) {
    }

    public Result apply(ConnectorDefinition definition) {
        List<Text> notes = new ArrayList<>();
        String requested = definition.connectorClass();
        checkSourceConnector(definition.artifact(), requested);
        checkNoConfigProvider(definition);
        ConnectorPolicy.check(definition);
        boolean postgres = POSTGRES_CONNECTOR.equals(requested);
        ConnectorDefinition mapped = definition.named(ConnectorPolicy.connectName(definition) + "-" + isolation);

        String connectorClass = postgres ? requested : targets.dialect().translateConnectorClass(requested);
        if (!connectorClass.equals(requested)) {
            notes.add(Text.of("lab.note.connector-class", requested, connectorClass, targets.dialect().productName()));
            mapped = mapped.with("connector.class", connectorClass);
        }
        Map<String, Endpoint> hosts = postgres ? byName(POSTGRES_HOSTS, targets.postgres())
                : targets.binlogHosts().isEmpty() ? byName(BINLOG_HOSTS, targets.binlog()) : targets.binlogHosts();
        Reached reached = mapHost(mapped, hosts, notes);
        mapped = mapPort(reached.connector(), postgres ? POSTGRES_PORTS : BINLOG_PORTS, reached.server());
        // the history's producer and consumer take their own bootstrap.servers over the history's: each is mapped or refused
        for (var entry : definition.config().entrySet()) {
            if (entry.getKey().endsWith(BOOTSTRAP_SERVERS) && entry.getValue() != null) {
                mapped = mapped.with(entry.getKey(), mapBootstrap(definition, entry.getKey(), entry.getValue(), notes));
            }
        }
        String prefix = definition.get("topic.prefix").orElse(null);
        if (prefix != null && !prefix.isBlank()) {
            mapped = mapped.with("topic.prefix", isolatedPrefix(prefix));
        }
        if (mapped.get(HISTORY_TOPIC).filter(t -> !t.isBlank()).isPresent()) {
            mapped = mapped.with(HISTORY_TOPIC, isolatedTopic(mapped.get(HISTORY_TOPIC).get(), null));
        }
        return new Result(mapped, List.copyOf(notes));
    }

    /**
     * The lab's name of a topic a student names: a data topic under the student's prefix moves
     * under the isolated prefix; any other topic (the schema history topic) gets the suffix.
     */
    public String isolatedTopic(String studentTopic, String studentPrefix) {
        if (studentPrefix != null && !studentPrefix.isBlank()
                && (studentTopic.equals(studentPrefix) || studentTopic.startsWith(studentPrefix + "."))) {
            return isolatedPrefix(studentPrefix) + studentTopic.substring(studentPrefix.length());
        }
        return studentTopic + "." + isolation;
    }

    /** The topic prefix a student's prefix becomes in the lab (topics: {@code <prefix>.<db>.<table>}). */
    public String isolatedPrefix(String studentPrefix) {
        return studentPrefix + "." + isolation;
    }

    private static void checkSourceConnector(String artifact, String requested) {
        if (SOURCE_CONNECTORS.contains(requested)) {
            return;
        }
        String near = SOURCE_CONNECTORS.stream()
                .filter(c -> c.equalsIgnoreCase(requested) || simpleName(c).equalsIgnoreCase(simpleName(requested)))
                .findFirst().orElse(null);
        throw CheckFailure.of(Text.of("connector.class.unknown", artifact, requested.isEmpty() ? "—" : requested))
                .expected(Text.verbatim(String.join(", ", SOURCE_CONNECTORS)))
                .hint(near != null ? Text.of("connector.class.did-you-mean", near) : Text.of("connector.class.hint"));
    }

    /**
     * {@code ${file:...}}, {@code ${env:...}}, {@code ${directory:...}}: config providers would make
     * Connect read files or the environment of the grader's machine. The lab's worker has none, and a
     * config that names one is refused here, before it reaches Connect.
     */
    private static void checkNoConfigProvider(ConnectorDefinition definition) {
        definition.config().forEach((key, value) -> {
            if (value != null && CONFIG_PROVIDER.matcher(value).find()) {
                throw CheckFailure.of(Text.of("connector.config-provider", definition.artifact(), key))
                        .hint(Text.of("hint.config-provider"));
            }
        });
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static Map<String, Endpoint> byName(Set<String> names, Endpoint target) {
        return names.stream().collect(Collectors.toMap(name -> name, name -> target));
    }

    /** A connector whose host now names a lab server, and that server. */
    private record Reached(ConnectorDefinition connector, Endpoint server) {
    }

    /**
     * Points {@code database.hostname} at the server its name stands for in {@code known}. A
     * missing host reaches any of them (Connect's validation then names the missing key).
     */
    private Reached mapHost(ConnectorDefinition definition, Map<String, Endpoint> known, List<Text> notes) {
        String host = definition.get("database.hostname").orElse(null);
        if (host == null || host.isBlank()) {
            return new Reached(definition, known.values().iterator().next());
        }
        String name = host.trim().toLowerCase(Locale.ROOT);
        Endpoint target = known.get(name);
        if (target == null) {
            throw CheckFailure.of(Text.of("lab.host.unknown", definition.artifact(), "database.hostname", host))
                    .expected(Text.verbatim(known.keySet().stream().sorted().collect(Collectors.joining(", "))))
                    .hint(Text.of(known == targets.binlogHosts() ? "lab.host.hint.lesson" : "lab.host.hint"));
        }
        String written = host + ":" + definition.get("database.port").orElse("?");
        if (!written.replace(" ", "").equalsIgnoreCase(target.toString())) {
            notes.add(Text.of("lab.note.endpoint", "database.hostname", written, target));
        }
        return new Reached(definition.with("database.hostname", target.host()), target);
    }

    private ConnectorDefinition mapPort(ConnectorDefinition definition, Set<Integer> known, Endpoint target) {
        String port = definition.get("database.port").orElse(null);
        if (port == null || port.isBlank()) {
            return definition.with("database.port", Integer.toString(target.port()));
        }
        if (!known.contains(parsePort(port))) {
            throw CheckFailure.of(Text.of("lab.port.unknown", definition.artifact(), port))
                    .expected(Text.verbatim(known.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "))))
                    .hint(Text.of("lab.host.hint"));
        }
        return definition.with("database.port", Integer.toString(target.port()));
    }

    private String mapBootstrap(ConnectorDefinition definition, String key, String servers, List<Text> notes) {
        for (String server : Arrays.stream(servers.split(",")).map(String::trim).toList()) {
            int colon = server.lastIndexOf(':');
            String host = colon < 0 ? server : server.substring(0, colon);
            int port = colon < 0 ? -1 : parsePort(server.substring(colon + 1));
            if (!KAFKA_HOSTS.contains(host.toLowerCase(Locale.ROOT)) || !KAFKA_PORTS.contains(port)) {
                throw CheckFailure.of(Text.of("lab.host.unknown", definition.artifact(), key, server))
                        .expected(Text.verbatim("kafka:9092"))
                        .hint(Text.of("lab.host.hint"));
            }
        }
        if (!servers.replace(" ", "").equalsIgnoreCase(targets.kafkaBootstrap())) {
            notes.add(Text.of("lab.note.endpoint", key, servers, targets.kafkaBootstrap()));
        }
        return targets.kafkaBootstrap();
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
