package dev.cdclab.lessons;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.DeployedConnector;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.grading.QueryResult;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.aurora.SimulatedCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The student's CDC user on the simulated writer, made by the student's {@code cdc-user.sql} run
 * as the master user, and the student's connector logging in as it. Aurora never grants
 * {@code FLUSH TABLES WITH READ LOCK} (see {@link dev.cdclab.lab.aurora.SimulatedCluster}), so
 * Debezium's snapshot falls back to table locks, as on Aurora; the lab has it give up on the global
 * lock after 1 s instead of 10.
 */
final class CdcUser {
    static final String SQL = "lesson03/cdc-user.sql";
    static final String CONNECTOR = "lesson03/connector.json";
    /** Privileges a CDC user must not have: writing data, changing schemas, handing privileges on, the server's own. */
    static final List<String> BEYOND_CDC = List.of("INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER", "INDEX", "GRANT OPTION",
            "CREATE USER", "EXECUTE", "TRIGGER", "EVENT", "FILE", "SHUTDOWN", "PROCESS");

    /** Debezium waits this long (10 s by default) for the global read lock the simulated Aurora never gives. */
    private static final String LOCK_TIMEOUT = "snapshot.lock.timeout.ms";

    private final AuroraCluster aurora;
    private final String user;
    private final List<String> grants;

    private CdcUser(AuroraCluster aurora, String user, List<String> grants) {
        this.aurora = aurora;
        this.user = user;
        this.grants = grants;
    }

    static CdcUser of(LabCheck check, AuroraCluster aurora) {
        return check.shared("cdc-user", () -> {
            String user = check.submission().connector(CONNECTOR).get("database.user").orElse("").trim();
            if (!user.matches("[A-Za-z0-9_.-]{1,32}")) {
                throw CheckFailure.of(Text.of("L03.user.name", CONNECTOR, user)).hint(Text.of("hint.L03.user"));
            }
            MasterUserSql.run(check.submission(), SQL, aurora.cluster().writer());
            List<String> grants = grantsOf(aurora, user);
            check.note(Text.of("L03.note.no-global-lock"));
            return new CdcUser(aurora, user, grants);
        });
    }

    /** {@code SHOW GRANTS} of every account named {@code user}, as the grader reads it. */
    private static List<String> grantsOf(AuroraCluster aurora, String user) {
        List<String> hosts = QueryResult.asAdmin(aurora.cluster().writer(), "",
                "SELECT Host FROM mysql.user WHERE User = '" + user + "'").column("Host").orElseThrow();
        if (hosts.isEmpty()) {
            throw CheckFailure.of(Text.of("L03.user.missing", SQL, user, CONNECTOR)).hint(Text.of("hint.L03.user"));
        }
        List<String> grants = new ArrayList<>();
        for (String host : hosts) {
            grants.addAll(QueryResult.asAdmin(aurora.cluster().writer(), "", "SHOW GRANTS FOR '" + user + "'@'" + host.replace("'", "") + "'")
                    .cells());
        }
        return grants;
    }

    /** The student's connector, deployed with its host set to {@code host} (one of the cluster's names). */
    DeployedConnector connectorAt(LabCheck check, String host) {
        String key = "connector@" + host;
        return check.shared(key, () -> {
            try {
                return check.deploy(CONNECTOR, java.util.Map.of("database.hostname", host, LOCK_TIMEOUT, "1000"), aurora.targets(check));
            } catch (CheckFailure failure) {
                throw explained(host, failure);
            }
        });
    }

    /** A failure of a connector at {@code host}, with the reason a reader's name gives it: a reader has no binlog. */
    static CheckFailure explained(String host, CheckFailure failure) {
        boolean reader = host.equals(SimulatedCluster.READER_ENDPOINT) || host.equals(SimulatedCluster.READER_INSTANCE);
        if (reader) {
            return failure.hint(Text.of("hint.L03.reader"));
        }
        if ("lab.host.unknown".equals(failure.summary().key())) {
            // which of the cluster's names to use is what the endpoint check asks: the hint points to the lesson's table of them
            return failure.expected(null).hint(Text.of("hint.L03.hosts"));
        }
        // the course-wide hint names lesson 04's debezium / debezium: lesson 03's user is the student's own
        return mentions(failure.hint(), "hint.credentials") ? failure.hint(Text.of("hint.L03.credentials", CONNECTOR, SQL)) : failure;
    }

    /** Whether {@code text}, or one of its lines, is the message {@code key}. */
    private static boolean mentions(Text text, String key) {
        return text != null && (key.equals(text.key())
                || text.args().stream().anyMatch(arg -> arg instanceof Text line && mentions(line, key)));
    }

    /** Which of {@code privileges} a grant of the user holds. */
    private List<String> held(List<String> privileges) {
        List<String> held = new ArrayList<>();
        for (String grant : grants) {
            String granted = grant.toUpperCase(Locale.ROOT);
            String list = granted.startsWith("GRANT ") && granted.contains(" ON ") ? granted.substring(6, granted.indexOf(" ON ")) : "";
            for (String privilege : privileges) {
                boolean inList = java.util.Arrays.stream(list.split(",")).map(String::trim).anyMatch(privilege::equals);
                boolean grantOption = privilege.equals("GRANT OPTION") && granted.contains("WITH GRANT OPTION");
                if ((inList || grantOption) && !held.contains(privilege)) {
                    held.add(privilege);
                }
            }
        }
        return held;
    }

    /**
     * Fails naming each of {@code privileges} a grant of the user holds. A user that cannot read the
     * binlog yet is no CDC user: least privilege is graded once it is one.
     */
    void expectNone(List<String> privileges) {
        if (held(List.of("REPLICATION SLAVE")).isEmpty() && held(List.of("ALL PRIVILEGES")).isEmpty()) {
            throw CheckFailure.of(Text.of("L03.user.not-cdc", user, SQL)).observed(Text.verbatim(String.join("\n", grants)))
                    .hint(Text.of("hint.L03.user"));
        }
        List<String> held = held(privileges);
        if (!held.isEmpty()) {
            throw CheckFailure.of(Text.of("L03.user.too-much", user, String.join(", ", held)))
                    .observed(Text.verbatim(String.join("\n", grants)))
                    .hint(Text.of("hint.L03.privilege"));
        }
    }
}
