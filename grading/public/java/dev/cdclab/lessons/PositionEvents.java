package dev.cdclab.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdclab.cdc.ChangeEvents;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.CourseDatabase;
import dev.cdclab.grading.DeployedConnector;
import dev.cdclab.grading.InfrastructureException;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.grading.PostgresCourseDatabase;
import dev.cdclab.grading.QueryResult;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.BinlogDatabase;
import dev.cdclab.submission.LabTargets;
import java.time.Duration;

/**
 * One real insert event from each kind of connector, made by the grader's own connectors (the
 * student's setup plays no part), with the server's positions read just before and after the
 * insert: what lesson 02's answer about positions is compared with. Both connectors run at once.
 */
final class PositionEvents {
    private static final String CUSTOMERS = "inventory.customers";
    private static final String PUBLICATION = "cdclab_probe";
    private static final int CUSTOMER = 1201;
    private static final Text HINT = Text.of("hint.L02.positions");

    /** The {@code source} of a real insert event and what a position is on its server. */
    record Observed(JsonNode source, SourcePositions.Truth truth) {
    }

    /** What the PostgreSQL and the MySQL connector showed. */
    record Both(Observed postgresql, Observed mysql) {
    }

    private PositionEvents() {
    }

    static Both observe(LabCheck check, Duration timeout) {
        PostgresCourseDatabase postgres = PostgresCourseDatabase.reset(check.lab().postgres());
        postgres.executeAsAdmin("CREATE PUBLICATION " + PUBLICATION + " FOR TABLE " + CUSTOMERS);
        CourseDatabase mysql = check.courseDatabase();
        BinlogDatabase server = check.lab().binlog();
        try (PostgresCapture capture = PostgresCapture.deploy(check, ProbeConnector.postgres("lesson02pg", PUBLICATION, CUSTOMERS));
             DeployedConnector binlog = check.deployOwn(ProbeConnector.capturing("lesson02", CUSTOMERS), LabTargets.of(check.lab()))) {
            DeployedConnector wal = capture.connector();
            wal.snapshotOf(CUSTOMERS, timeout, HINT);
            binlog.snapshotOf(CUSTOMERS, timeout, HINT);

            long walBefore = postgres.walInsertPosition();
            postgres.execute("INSERT INTO inventory.customers (id, first_name, last_name, email) VALUES (" + CUSTOMER
                    + ", 'Lena', 'Lsn', 'lena@example.com')");
            long walAfter = postgres.walInsertPosition();

            QueryResult before = QueryResult.asAdmin(server, "", server.dialect().binlogStatusStatement());
            mysql.insertCustomer(CUSTOMER, "Lena", "Binlog", "lena@example.com");
            QueryResult after = QueryResult.asAdmin(server, "", server.dialect().binlogStatusStatement());
            String gtids = QueryResult.asAdmin(server, "", "SELECT @@GLOBAL." + server.dialect().gtidExecutedVariable()).rows().get(0).get(0);

            Observed postgresql = new Observed(inserted(wal, timeout), new SourcePositions.WalRange(walBefore, walAfter));
            Observed binlogSide = new Observed(inserted(binlog, timeout), new SourcePositions.BinlogRange(
                    first(before, "File"), Long.parseLong(first(before, "Position")),
                    first(after, "File"), Long.parseLong(first(after, "Position")), gtids));
            return new Both(postgresql, binlogSide);
        } catch (CheckFailure failure) {
            throw new InfrastructureException("the grader's own connectors gave no insert event: " + failure.getMessage(), failure);
        }
    }

    private static String first(QueryResult result, String column) {
        return result.column(column).orElseThrow().get(0);
    }

    private static JsonNode inserted(DeployedConnector connector, Duration timeout) {
        String key = Integer.toString(CUSTOMER);
        ChangeEvents events = connector.expectChanges(CUSTOMERS, Text.of("events.await.row", key), timeout,
                seen -> seen.withOp("c").filter(e -> key.equals(e.keyField("id"))).size() > 0, HINT);
        return Lesson02BinlogVsWal.only(events, "c", "id", key).source();
    }
}
