package dev.cdclab.grading;

import dev.cdclab.i18n.Text;
import dev.cdclab.submission.ConnectorDefinition;
import dev.cdclab.submission.CourseToLab;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Whether a student's schema history topic is one of the connector's own data topics, judged on
 * what the student wrote (the lab renames the history topic and the prefix apart, so on the lab
 * they no longer collide): Debezium writes {@code <prefix>} (schema changes) and
 * {@code <prefix>.<database>.<table>} for each captured table, and a history topic of that name
 * would mix DDL records into change events, which a restart then cannot read back.
 *
 * <pre>{@code HistoryTopicCollision.of(connector)  // Optional[connector.history-topic.data-topic ...] }</pre>
 */
final class HistoryTopicCollision {
    private HistoryTopicCollision() {
    }

    /** The failure, when the history topic is the schema change topic or a captured table's topic. */
    static Optional<CheckFailure> of(ConnectorDefinition connector) {
        String history = connector.get(CourseToLab.HISTORY_TOPIC).map(String::trim).orElse("");
        String prefix = connector.get("topic.prefix").map(String::trim).orElse("");
        if (history.isEmpty() || prefix.isEmpty()) {
            return Optional.empty();
        }
        if (history.equals(prefix)) {
            return Optional.of(failure(connector, history, Text.of("connector.history-topic.schema-changes", prefix)));
        }
        if (!history.startsWith(prefix + ".")) {
            return Optional.empty();
        }
        String table = history.substring(prefix.length() + 1);
        boolean captured = connector.get(IncludeListForm.KEY)
                .map(list -> Arrays.stream(list.split(",")).map(String::trim).anyMatch(entry -> matches(entry, table)))
                .orElse(table.split("\\.").length == 2);
        return captured ? Optional.of(failure(connector, history, Text.of("connector.history-topic.table", table))) : Optional.empty();
    }

    /** Debezium's include lists are regular expressions matched against the whole name, case-insensitively. */
    private static boolean matches(String entry, String table) {
        try {
            return !entry.isEmpty() && Pattern.compile(entry, Pattern.CASE_INSENSITIVE).matcher(table).matches();
        } catch (PatternSyntaxException e) {
            return entry.toLowerCase(Locale.ROOT).equals(table.toLowerCase(Locale.ROOT));
        }
    }

    private static CheckFailure failure(ConnectorDefinition connector, String history, Text whose) {
        return CheckFailure.of(Text.of("connector.history-topic.data-topic", connector.artifact(), history, whose))
                .hint(Text.of("hint.history-topic.own"));
    }
}
