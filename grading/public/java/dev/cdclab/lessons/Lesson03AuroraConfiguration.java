package dev.cdclab.lessons;

import static dev.cdclab.cdc.ChangeEventsAssert.assertThatEvents;

import dev.cdclab.grading.Check;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.DeployedConnector;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.grading.Lesson;
import dev.cdclab.grading.QueryResult;
import dev.cdclab.grading.QuizFeedback;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.aurora.ParameterGroup;
import dev.cdclab.lab.aurora.RdsProcedures;
import dev.cdclab.lab.aurora.SimulatedCluster;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Order;

/**
 * Lesson 03 lab — Aurora MySQL for CDC, on a simulated cluster (no AWS is reachable): the student's
 * cluster parameter group ({@code lesson03/parameter-group.json}) is applied to a writer as after a
 * reboot, the binlog retention call ({@code lesson03/retention.sql}) and the CDC user
 * ({@code lesson03/cdc-user.sql}) run as the cluster's master user, and the student's connector
 * ({@code lesson03/connector.json}) is deployed at the endpoint it names.
 */
@Lesson(id = "L03", title = "lesson.L03.title")
class Lesson03AuroraConfiguration {
    private static final String RETENTION = "lesson03/retention.sql";
    private static final String CDC_USER = "lesson03/cdc-user.sql";
    private static final String CONNECTOR = "lesson03/connector.json";
    private static final String CUSTOMERS = "inventory.customers";
    private static final Duration EVENTS = Duration.ofSeconds(30);
    /** The lesson's outage scenario: a connector may be down from Friday evening to Monday morning. */
    private static final int OUTAGE_HOURS = 72;

    @Order(1)
    @Check(id = "L03.parameter-group", points = 4, title = "check.L03.group.title", hint = "hint.L03.group")
    void theClusterParameterGroupGivesTheWriterTheBinlogCdcNeeds(LabCheck check) {
        AuroraCluster aurora = AuroraCluster.of(check);
        ParameterGroup group = aurora.cluster().parameterGroup();
        check.note(Text.of("L03.note.simulated"));
        ServerVariables writer = ServerVariables.of(aurora.cluster().writer());
        check.part("binlog_format ROW", 1, () -> {
            group.refusal().ifPresent(refusal -> {
                throw CheckFailure.of(Text.of("L03.group.refused", AuroraCluster.GROUP)).observed(Text.verbatim(refusal))
                        .hint(Text.of("hint.L03.apply-method"));
            });
            writer.expect("log_bin", "ON", "hint.L03.binlog-off");
            writer.expect("binlog_format", "ROW", "hint.L01.format");
        });
        check.part("binlog_row_image FULL", 1, () -> {
            expectSet(group, "binlog_row_image");
            writer.expect("binlog_row_image", "FULL", "hint.L01.row-image");
        });
        check.part("binlog_row_metadata FULL", 1, () -> {
            expectSet(group, "binlog_row_metadata");
            writer.expect("binlog_row_metadata", "FULL", "hint.L01.metadata");
        });
        check.part("GTID", 1, () -> {
            if (!group.value("gtid-mode").startsWith("ON") || !"ON".equals(group.value("enforce_gtid_consistency"))) {
                throw CheckFailure.of(Text.of("L03.group.gtid", group.value("gtid-mode"), group.value("enforce_gtid_consistency")))
                        .hint(Text.of("hint.L03.gtid"));
            }
        });
    }

    /** A parameter CDC depends on is set in the group itself, not left to a default that a new engine version may change. */
    private static void expectSet(ParameterGroup group, String parameter) {
        if (!group.isSet(parameter)) {
            throw CheckFailure.of(Text.of("L03.group.not-set", AuroraCluster.GROUP, parameter)).hint(Text.of("hint.L03.group"));
        }
    }

    @Order(2)
    @Check(id = "L03.binlog-retention", points = 3, title = "check.L03.retention.title", hint = "hint.L03.retention")
    void theBinlogRetentionIsSetWithinAurorasBoundsAndOutlastsTheOutage(LabCheck check) {
        AuroraCluster aurora = AuroraCluster.of(check);
        MasterUserSql.run(check.submission(), RETENTION, aurora.cluster().writer());
        String hours = QueryResult.asAdmin(aurora.cluster().writer(), "", RdsProcedures.retentionQuery()).rows().get(0).get(0);
        if (hours == null) {
            throw CheckFailure.of(Text.of("L03.retention.unset", RETENTION)).hint(Text.of("hint.L03.retention"));
        }
        if (Integer.parseInt(hours) == 168) {
            check.note(Text.of("L03.note.168"));
        }
        long expiry = Long.parseLong(ServerVariables.of(aurora.cluster().writer()).value("binlog_expire_logs_seconds"));
        if (Integer.parseInt(hours) < OUTAGE_HOURS) {
            throw CheckFailure.of(Text.of("L03.retention.short", hours, String.valueOf(OUTAGE_HOURS)))
                    .observed(Text.verbatim("binlog retention hours = " + hours + ", binlog_expire_logs_seconds = " + expiry))
                    .hint(Text.of("hint.L03.retention"));
        }
    }

    @Order(3)
    @Check(id = "L03.cdc-user.snapshots-and-streams", points = 3, title = "check.L03.user.title", hint = "hint.L03.user")
    void theCdcUserCanSnapshotWithTableLocksAndStreamFromTheWriter(LabCheck check) {
        AuroraCluster aurora = AuroraCluster.of(check);
        DeployedConnector connector = CdcUser.of(check, aurora).connectorAt(check, SimulatedCluster.CLUSTER_ENDPOINT);
        connector.snapshotOf(CUSTOMERS, EVENTS, Text.of("hint.L03.user"));
        aurora.inventory().insertCustomer(1301, "Aurora", "Writer", "aurora@example.com");
        assertThatEvents(connector.expectWhileRunning(CUSTOMERS, Text.of("events.await.row", "1301"), EVENTS,
                seen -> seen.filter(e -> "1301".equals(e.keyField("id"))).size() > 0))
                .withHint(Text.of("hint.L03.user")).hasOne("c", "id", "1301");
    }

    @Order(4)
    @Check(id = "L03.cdc-user.least-privilege", points = 2, title = "check.L03.privilege.title", hint = "hint.L03.privilege")
    void theCdcUserHasNoMorePrivilegesThanDebeziumNeeds(LabCheck check) {
        CdcUser user = CdcUser.of(check, AuroraCluster.of(check));
        check.part("no ALL, no SUPER", 1, () -> user.expectNone(java.util.List.of("ALL PRIVILEGES", "SUPER")));
        check.part("nothing beyond CDC", 1, () -> user.expectNone(CdcUser.BEYOND_CDC));
    }

    @Order(5)
    @Check(id = "L03.endpoint.cluster-writer", points = 2, title = "check.L03.endpoint.title", hint = "hint.L03.endpoint",
            answers = "lesson03/connector.json#/config/database.hostname")
    void theConnectorPointsAtTheClusterEndpointWhichAlwaysReachesTheWriter(LabCheck check) {
        AuroraCluster aurora = AuroraCluster.of(check);
        String host = check.submission().connector(CONNECTOR).get("database.hostname").orElse("").trim().toLowerCase(Locale.ROOT);
        check.part("reaches the writer's binlog", 1, () -> {
            DeployedConnector connector = CdcUser.of(check, aurora).connectorAt(check, host);
            try {
                connector.snapshotOf(CUSTOMERS, EVENTS, Text.of("hint.L03.endpoint"));
            } catch (CheckFailure failure) {
                throw CdcUser.explained(host, failure);
            }
        });
        check.part("the cluster endpoint", 1, () -> {
            if (!SimulatedCluster.CLUSTER_ENDPOINT.equals(host)) {
                throw QuizFeedback.wrong(Text.of("L03.endpoint.not-cluster", CONNECTOR, host), host,
                        Text.of(host.equals(SimulatedCluster.WRITER_INSTANCE) ? "hint.L03.instance" : "hint.L03.endpoint"));
            }
        });
    }
}
