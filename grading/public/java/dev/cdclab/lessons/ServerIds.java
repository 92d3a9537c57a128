package dev.cdclab.lessons;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;
import dev.cdclab.submission.Submission;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code database.server.id}: every binlog client of a server needs its own id, different from the
 * server's own ({@code server_id = 1} in the course stack) and from every other connector's. Two
 * clients with one id disconnect each other. A configuration check: no behaviour of one connector
 * shows it. A lesson grades its own connector's id ({@link #checkValid}); comparing it with another
 * lesson's connector ({@link #checkDiffers}) is a check of the lesson that has both, titled so.
 */
final class ServerIds {
    private static final long SERVER_OWN_ID = 1;
    private static final long MAX_ID = 4_294_967_295L;

    private ServerIds() {
    }

    /** Fails unless {@code connectorFile}'s id is a number in range other than the server's own; gives the id. */
    static long checkValid(Submission submission, String connectorFile) {
        long id = idOf(submission, connectorFile);
        if (id == SERVER_OWN_ID) {
            throw CheckFailure.of(Text.of("L04.server-id.server-own", connectorFile, String.valueOf(id))).hint(Text.of("hint.server-id"));
        }
        return id;
    }

    /**
     * Fails unless {@code connectorFile}'s id is valid and differs from each of {@code otherConnectors}'
     * ids. Another connector whose file is absent or whose id is no valid number is left to its own
     * lesson's check: it shares no id.
     */
    static void checkDiffers(Submission submission, String connectorFile, List<String> otherConnectors) {
        long id = checkValid(submission, connectorFile);
        for (String other : otherConnectors) {
            if (Files.isRegularFile(submission.root().resolve(other)) && otherId(submission, other) == id) {
                throw CheckFailure.of(Text.of("L04.server-id.shared", connectorFile, other, String.valueOf(id)))
                        .hint(Text.of("hint.server-id"));
            }
        }
    }

    private static long otherId(Submission submission, String connectorFile) {
        try {
            return idOf(submission, connectorFile);
        } catch (CheckFailure unreadable) {
            return -1;
        }
    }

    private static long idOf(Submission submission, String connectorFile) {
        String value = submission.connector(connectorFile).get("database.server.id").orElse("").trim();
        try {
            long id = Long.parseLong(value);
            if (id >= 1 && id <= MAX_ID) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw CheckFailure.of(Text.of("L04.server-id.invalid", connectorFile, value.isEmpty() ? "—" : value))
                .expected(Text.verbatim("1 … " + MAX_ID))
                .hint(Text.of("hint.server-id"));
    }
}
