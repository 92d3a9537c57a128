package dev.cdclab.lessons;

import static dev.cdclab.cdc.ChangeEventsAssert.assertThatEvents;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdclab.cdc.ChangeEvent;
import dev.cdclab.cdc.ChangeEvents;
import dev.cdclab.grading.Check;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.DeployedConnector;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.grading.Lesson;
import dev.cdclab.grading.PostgresCourseDatabase;
import dev.cdclab.grading.StudentSql;
import dev.cdclab.i18n.Text;
import dev.cdclab.submission.SqlScript;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Order;

/**
 * Lesson 02 lab — MySQL binlog vs PostgreSQL WAL. The student prepares PostgreSQL for CDC as the
 * tables' owner would ({@code lesson02/setup.sql}: a publication of the tables to capture, a
 * REPLICA IDENTITY per table) and configures the Postgres connector ({@code lesson02/connector.json},
 * pgoutput). The grader runs the SQL as the restricted owner role, deploys the connector and grades
 * the events that arrive; then the student's mapping of positions ({@code lesson02/positions.json})
 * is compared with real events of both connectors, and the comparison table
 * ({@code lesson02/comparison.json}) with a key.
 */
@Lesson(id = "L02", title = "lesson.L02.title")
class Lesson02BinlogVsWal {
    private static final String SETUP = "lesson02/setup.sql";
    private static final String CONNECTOR = "lesson02/connector.json";
    private static final String POSITIONS = "lesson02/positions.json";
    private static final String COMPARISON = "lesson02/comparison.json";
    private static final String CUSTOMERS = "inventory.customers";
    private static final String ORDERS = "inventory.orders";
    private static final String PRODUCTS = "inventory.products";
    private static final Duration EVENTS = Duration.ofSeconds(30);
    /** How long a change of products may take to show up after a later change of orders did. */
    private static final Duration STRAGGLERS = Duration.ofMillis(500);

    /** A fresh {@code inventory} on PostgreSQL, set up by the student's SQL run as the tables' owner. */
    private static PostgresCourseDatabase studentSetup(LabCheck check) {
        SqlScript script = SqlScript.parse(SETUP, check.submission().text(SETUP));
        if (script.statements().isEmpty()) {
            throw CheckFailure.of(Text.of("L02.setup.empty", SETUP)).hint(Text.of("hint.L02.setup"));
        }
        PostgresCourseDatabase inventory = PostgresCourseDatabase.reset(check.lab().postgres());
        try (StudentSql sql = inventory.loginAsOwner()) {
            sql.runAll(script);
        } catch (CheckFailure refused) {
            throw refused.hint(Text.of(setupHint(String.valueOf(refused.observed()))));
        }
        return inventory;
    }

    /** The student's database and connector, set up once and shared by the checks that grade its events. */
    record StudentCapture(PostgresCourseDatabase database, DeployedConnector connector) {
    }

    /**
     * The student's setup and connector, made by the first check that asks, its snapshot over. The
     * lesson's checks share it; the positions check releases it (and the reset there drops its slot).
     */
    private static StudentCapture studentCapture(LabCheck check) {
        return check.shared("student-connector", () -> {
            PostgresCourseDatabase inventory = studentSetup(check);
            DeployedConnector connector = PostgresCapture.deploy(check, check.submission().connector(CONNECTOR)).connector();
            connector.snapshotOf(CUSTOMERS, EVENTS, Text.of("hint.L02.streams"));
            return new StudentCapture(inventory, connector);
        });
    }

    /** The student's capture, proven to capture the customers or the orders: the checks about captured data require it. */
    private static StudentCapture capturing(LabCheck check) {
        check.require("captures", () -> studentCapture(check).connector().requireCapturesAny(List.of(CUSTOMERS, ORDERS), EVENTS,
                Text.of("hint.L02.streams")));
        return studentCapture(check);
    }

    /** The hint for a statement of the setup the server refused, from the server's words. */
    static String setupHint(String refusal) {
        String lower = refusal.toLowerCase(Locale.ROOT);
        if (lower.contains("all tables") || lower.contains("tables in schema")) {
            return "hint.L02.setup.for-table";
        }
        if (lower.contains("canceling statement") || lower.contains("5 s")) {
            return "hint.L02.setup.timeout";
        }
        if (lower.contains("permission denied") || lower.contains("must be") || lower.contains("superuser")) {
            return "hint.L02.setup.privileges";
        }
        return "hint.L02.setup";
    }

    @Order(1)
    @Check(id = "L02.publication.streams", points = 4, title = "check.L02.streams.title", hint = "hint.L02.streams")
    void theConnectorStreamsThroughTheStudentsPublicationAndNothingElse(LabCheck check) {
        Text hint = Text.of("hint.L02.streams");
        // GIVEN the student's setup and connector, its snapshot over
        StudentCapture capture = capturing(check);
        DeployedConnector connector = capture.connector();
        PostgresCourseDatabase inventory = capture.database();
        check.part("snapshot", 1, () -> {
            assertThatEvents(connector.output().events(connector.topic(CUSTOMERS))).withHint(hint)
                    .hasExactlyOneReadPerKey("id", List.of(1001, 1002, 1003, 1004));
            assertThatEvents(connector.output().events(connector.topic(ORDERS))).withHint(hint)
                    .hasExactlyOneReadPerKey("order_number", List.of(10001, 10002, 10003));
        });
        // WHEN a product, then a customer and an order change
        inventory.execute("INSERT INTO inventory.products (id, name, description, weight) VALUES (201, 'wrench', 'Adjustable wrench', 0.5)",
                "INSERT INTO inventory.customers (id, first_name, last_name, email) VALUES (1101, 'Olga', 'Wal', 'olga@example.com')");
        // THEN the customer and the order arrive, the product never does
        check.part("streaming", 1.5, () -> {
            // an update the server may refuse (a published table without a replica identity): only this part is lost
            inventory.execute("UPDATE inventory.orders SET quantity = 5 WHERE order_number = 10001");
            ChangeEvents customers = connector.expectChanges(CUSTOMERS, Text.of("events.await.row", "1101"), EVENTS,
                    seen -> seen.withOp("c").filter(e -> "1101".equals(e.keyField("id"))).size() > 0, hint);
            assertThatEvents(customers).withHint(hint).hasOne("c", "id", "1101").hasAfter("email", "olga@example.com");
            ChangeEvents orders = connector.expectChanges(ORDERS, Text.of("events.await.row", "10001"), EVENTS,
                    seen -> seen.withOp("u").filter(e -> "10001".equals(e.keyField("order_number"))).size() > 0, hint);
            assertThatEvents(orders).withHint(hint).hasOne("u", "order_number", "10001").hasAfter("quantity", 5);
        });
        check.part("products", 1.5, () -> expectNothingFromProducts(connector, inventory));
    }

    /** Products are outside the publication: the server does not publish them and the connector writes nothing for them. */
    private static void expectNothingFromProducts(DeployedConnector connector, PostgresCourseDatabase inventory) {
        String publication = connector.config().getOrDefault("publication.name", "dbz_publication");
        List<String> published = inventory.publishedTables(publication);
        if (published.contains(PRODUCTS)) {
            throw CheckFailure.of(Text.of("L02.products.published", SETUP, publication))
                    .expected(Text.verbatim(CUSTOMERS + ", " + ORDERS))
                    .observed(Text.verbatim(String.join(", ", published)))
                    .hint(Text.of("hint.L02.products"));
        }
        connector.output().readFor(STRAGGLERS);
        ChangeEvents products = connector.output().events(connector.topic(PRODUCTS));
        if (products.size() > 0) {
            throw CheckFailure.of(Text.of("L02.products.events", connector.studentTopicName(PRODUCTS)))
                    .observed(Text.verbatim(products.describe()))
                    .hint(Text.of(products.withOp("r").size() > 0 ? "hint.L02.products.snapshot" : "hint.L02.products"));
        }
    }

    @Order(2)
    @Check(id = "L02.replica-identity.before-images", points = 4, title = "check.L02.identity.title", hint = "hint.L02.identity")
    void replicaIdentityDecidesWhatBeforeCarries(LabCheck check) {
        StudentCapture capture = capturing(check);
        ReplicaIdentityEvents events = ReplicaIdentityEvents.make(capture.connector(), capture.database(), EVENTS);
        // customers: REPLICA IDENTITY FULL, the whole old row
        check.part("customers UPDATE", 1, events::expectFullBeforeOnUpdate);
        check.part("customers DELETE", 1, events::expectFullBeforeOnDelete);
        // orders: REPLICA IDENTITY DEFAULT, the key only
        check.part("orders UPDATE", 1, events::expectNoBeforeOnUpdate);
        check.part("orders DELETE", 1, events::expectKeyOnlyBeforeOnDelete);
    }

    @Order(3)
    @Check(id = "L02.positions.source-fields", points = 3, title = "check.L02.positions.title", hint = "hint.L02.positions",
            answers = "lesson02/positions.json")
    void theStudentKnowsWhereEachConnectorKeepsItsPosition(LabCheck check) {
        // the student's connector is done with: deleted here, its slot dropped with the reset below
        check.releaseShared();
        PositionEvents.Both seen = PositionEvents.observe(check, EVENTS);
        PositionEvents.Observed postgres = seen.postgresql();
        PositionEvents.Observed mysql = seen.mysql();
        JsonNode answers = check.submission().json(POSITIONS);
        check.part("postgresql", 1, () -> SourcePositions.expect(POSITIONS, "postgresql", answers.get("postgresql"),
                postgres.source(), postgres.truth(), List.of("lsn")));
        check.part("mysql", 1, () -> SourcePositions.expect(POSITIONS, "mysql", answers.get("mysql"),
                mysql.source(), mysql.truth(), List.of("file", "pos")));
    }

    @Order(4)
    @Check(id = "L02.comparison.table", points = 4, title = "check.L02.comparison.title", hint = "hint.L02.comparison")
    void theComparisonTableMatchesDebezium(LabCheck check) {
        ComparisonQuiz.grade(check, COMPARISON);
    }

    /** The event of one key with operation {@code op}, for messages and assertions. */
    static ChangeEvent only(ChangeEvents events, String op, String keyField, String key) {
        return events.withOp(op).filter(e -> key.equals(e.keyField(keyField))).events().get(0);
    }
}
