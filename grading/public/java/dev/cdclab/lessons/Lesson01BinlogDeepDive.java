package dev.cdclab.lessons;

import static dev.cdclab.cdc.ChangeEventsAssert.assertThatEvents;

import dev.cdclab.cdc.ChangeEvents;
import dev.cdclab.grading.Check;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.CourseDatabase;
import dev.cdclab.grading.DeployedConnector;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.grading.Lesson;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.BinlogDatabase;
import dev.cdclab.lab.ConfiguredBinlogServer;
import dev.cdclab.lab.ServerOptions;
import dev.cdclab.submission.LabTargets;
import dev.cdclab.submission.OptionFile;
import java.time.Duration;
import org.junit.jupiter.api.Order;

/**
 * Lesson 01 lab — the binlog. The student configures a server for CDC ({@code lesson01/my.cnf}),
 * writes the queries that show the binlog ({@code lesson01/queries.sql}), says what each row image
 * carries ({@code lesson01/row-images.json}) and which statements are unsafe for statement-based
 * logging ({@code lesson01/unsafe-statements.json}). Each answer is compared with what the real
 * server and Debezium do.
 */
@Lesson(id = "L01", title = "lesson.L01.title")
class Lesson01BinlogDeepDive {
    private static final String OPTIONS = "lesson01/my.cnf";
    private static final String CUSTOMERS = "inventory.customers";
    private static final Duration EVENTS = Duration.ofSeconds(30);
    /** Long enough for a connector stopped over a long weekend: the lesson asks for at least a week. */
    private static final long WEEK_SECONDS = 7L * 24 * 3600;

    /** The server started with the student's options, the course database on it. */
    private static ConfiguredBinlogServer studentServer(LabCheck check) {
        ServerOptions options = OptionFile.parse(OPTIONS, check.submission().text(OPTIONS));
        return check.binlogServer(OPTIONS, options);
    }

    @Order(1)
    @Check(id = "L01.options.debezium-streams", points = 4, title = "check.L01.streams.title", hint = "hint.L01.streams")
    void debeziumSnapshotsAndStreamsFromAServerWithTheStudentsOptions(LabCheck check) {
        ConfiguredBinlogServer server = studentServer(check);
        CourseDatabase inventory = check.courseDatabase(server);
        // GIVEN the grader's reference connector on the student's server
        DeployedConnector connector = check.deployOwn(ProbeConnector.capturing("lesson01", CUSTOMERS), LabTargets.of(check.lab()).withBinlog(server));
        // WHEN a customer is added and changed
        connector.snapshotOf(CUSTOMERS, EVENTS, Text.of("hint.L01.streams"));
        inventory.insertCustomer(1101, "Olga", "Binlog", "olga@example.com");
        inventory.execute("UPDATE customers SET email = 'olga.binlog@example.com' WHERE id = 1101");
        // THEN both changes arrive, the update with its full before image
        ChangeEvents events = connector.expectWhileRunning(CUSTOMERS, Text.of("events.await.row", "1101"), EVENTS,
                seen -> seen.withOp("u").filter(e -> "1101".equals(e.keyField("id"))).size() > 0);
        assertThatEvents(events).withHint(Text.of("hint.L01.streams")).hasOne("c", "id", "1101");
        assertThatEvents(events).withHint(Text.of("hint.L01.streams")).hasOne("u", "id", "1101")
                .hasBefore("first_name", "Olga").hasAfter("email", "olga.binlog@example.com");
    }

    @Order(2)
    @Check(id = "L01.options.binlog-settings", points = 3, title = "check.L01.settings.title", hint = "hint.L01.settings")
    void theServerRunsWithTheBinlogSettingsCdcNeeds(LabCheck check) {
        ServerOptions written = OptionFile.parse(OPTIONS, check.submission().text(OPTIONS));
        ServerVariables server = ServerVariables.of(studentServer(check));
        check.part("log_bin", 1, () -> server.expect("log_bin", "ON", "hint.L01.log-bin"));
        check.part("binlog_format", 1, () -> server.expect("binlog_format", "ROW", "hint.L01.format"));
        check.part("binlog_row_image", 1, () -> server.expect("binlog_row_image", "FULL", "hint.L01.row-image"));
        check.part("binlog_row_metadata", 1, () -> server.expect("binlog_row_metadata", "FULL", "hint.L01.metadata"));
        check.part("server_id", 1, () -> {
            if (!written.has("server_id") || "0".equals(server.value("server_id"))) {
                throw CheckFailure.of(Text.of("L01.server-id", OPTIONS, server.value("server_id"))).hint(Text.of("hint.L01.server-id"));
            }
        });
        check.part("retention", 1, () -> {
            long seconds = Long.parseLong(server.value("binlog_expire_logs_seconds"));
            if (seconds != 0 && seconds < WEEK_SECONDS) {
                throw CheckFailure.of(Text.of("L01.retention", String.valueOf(seconds), String.valueOf(seconds / 3600)))
                        .expected(Text.of("L01.retention.expected", String.valueOf(WEEK_SECONDS)))
                        .hint(Text.of("hint.L01.retention"));
            }
        });
    }

    @Order(3)
    @Check(id = "L01.queries.binlog-status", points = 3, title = "check.L01.status.title", hint = "hint.L01.queries")
    void theQueriesShowTheBinlogPositionFilesAndGtids(LabCheck check) {
        BinlogQueries queries = BinlogQueries.on(check);
        BinlogDatabase server = check.lab().binlog();
        check.part("current-position", 1, () -> queries.expectCurrentPosition(server));
        check.part("binlog-files", 1, () -> queries.expectBinlogFiles(server));
        check.part("gtid-executed", 1, () -> queries.expectExecutedGtids(server));
    }

    @Order(4)
    @Check(id = "L01.queries.transaction-events", points = 2, title = "check.L01.events.title", hint = "hint.L01.events")
    void theEventsQueryShowsTheRowEventsOfATransaction(LabCheck check) {
        BinlogQueries.on(check).expectTransactionEvents(check.courseDatabase(), check.lab().binlog());
    }

    @Order(5)
    @Check(id = "L01.row-images", points = 3, title = "check.L01.row-images.title", hint = "hint.L01.row-images",
            answers = "lesson01/row-images.json")
    void theStudentKnowsWhatFullAndMinimalImagesCarry(LabCheck check) {
        RowImages.observe(check).expectAnswers(check, "lesson01/row-images.json");
    }

    @Order(6)
    @Check(id = "L01.unsafe-statements", points = 2, title = "check.L01.unsafe.title", hint = "hint.L01.unsafe",
            answers = "lesson01/unsafe-statements.json")
    void theStudentKnowsWhichStatementsAreUnsafeForStatementLogging(LabCheck check) {
        UnsafeStatements.observe(check.courseDatabase()).expectAnswers(check, "lesson01/unsafe-statements.json");
    }
}
