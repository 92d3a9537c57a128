package dev.cdclab.lessons;

import dev.cdclab.cdc.ChangeEvents;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.grading.ProbeRows;
import dev.cdclab.i18n.Text;
import java.time.Duration;
import java.util.Map;

/**
 * Lesson 04's snapshot-mode scenarios: the student names a mode per situation in
 * {@code snapshot-modes.json}; the grader runs the student's connector with that mode in that situation.
 */
final class SnapshotModes {
    /** The course database's own rows have ids below this; the grader's probe rows above. */
    private static final int FIRST_PROBE_ID = 2000;
    /**
     * Answers that look right for a situation and are not, {@code <scenario>:<mode>}, with why they
     * cannot work (never which mode does: snapshot-modes.json is a quiz).
     */
    private static final Map<String, String> WHY_NOT = Map.of(
            "binlog-purged:recovery", "hint.L04.mode.binlog-purged.recovery",
            "binlog-purged:schema_only_recovery", "hint.L04.mode.binlog-purged.recovery");

    private SnapshotModes() {
    }

    /** Resets the course database and deploys the connector with the mode chosen for {@code scenario}. */
    static Scenario deploy(LabCheck check, String answersFile, String scenario, String connectorFile) {
        Map<String, String> answers = check.submission().answers(answersFile);
        String mode = answers.get(scenario);
        if (mode == null || mode.isBlank() || mode.startsWith("TODO")) {
            throw CheckFailure.of(Text.of("L04.mode.no-answer", answersFile, scenario))
                    .hint(Text.of("hint.L04.mode.answer", answersFile));
        }
        String why = WHY_NOT.get(scenario + ":" + mode.trim().toLowerCase(java.util.Locale.ROOT));
        if (why != null) {
            check.hintOnFailure(Text.of(why));
        }
        return new Scenario(check.courseDatabase(), check.deploy(connectorFile, Map.of("snapshot.mode", mode), answersFile));
    }

    /** The events of the course's own rows, without the grader's probe rows. */
    static ChangeEvents seedRows(ChangeEvents events) {
        return events.filter(e -> e.keyField("id") != null && Integer.parseInt(e.keyField("id")) < FIRST_PROBE_ID);
    }

    /**
     * Waits for the end of the snapshot while writing a new customer every second, then keeps
     * writing for {@code quiet}: gives the customers' events, in which a streamed row is the proof
     * that the connector did not stop after its snapshot.
     */
    static ChangeEvents snapshotWhileWriting(Scenario scenario, int firstProbeId, Duration timeout, Duration quiet, Text hint) {
        ProbeRows probes = new ProbeRows(scenario.database(), firstProbeId);
        String topic = scenario.connector().topic("inventory.customers");
        scenario.connector().output().expect(topic, Text.of("events.await.snapshot-end"), timeout, events -> {
            probes.writeIfDue();
            return events.events().stream().anyMatch(e -> e.snapshotMarker().startsWith("last")) || events.withOp("c").size() > 0;
        }, hint);
        long end = System.nanoTime() + quiet.toNanos();
        scenario.connector().output().expect(topic, Text.of("events.await.snapshot-end"), quiet.plusSeconds(5), events -> {
            probes.writeIfDue();
            return System.nanoTime() > end || events.withOp("c").size() > 0;
        }, hint);
        return scenario.connector().output().events(topic);
    }
}
