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
 * shows it, so the submission's connectors are compared.
 */
final class ServerIds {
    private static final long SERVER_OWN_ID = 1;
    private static final long MAX_ID = 4_294_967_295L;

    private ServerIds() {
    }

    static void checkUnique(Submission submission, String connectorFile, List<String> otherConnectors) {
        long id = idOf(submission, connectorFile);
        if (id == SERVER_OWN_ID) {
            throw CheckFailure.of(Text.of("L04.server-id.server-own", connectorFile, String.valueOf(id))).hint(Text.of("hint.server-id"));
        }
        for (String other : otherConnectors) {
            if (Files.isRegularFile(submission.root().resolve(other)) && idOf(submission, other) == id) {
                throw CheckFailure.of(Text.of("L04.server-id.shared", connectorFile, other, String.valueOf(id)))
                        .hint(Text.of("hint.server-id"));
            }
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
