package dev.cdclab.grading;

import dev.cdclab.i18n.Text;
import dev.cdclab.submission.ConnectorDefinition;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whether a student's {@code table.include.list} names tables without their database (or schema):
 * Debezium matches each entry, as a regular expression, against the whole name
 * {@code <database>.<table>}, so an entry with no dot at all ({@code customers}) can match no table
 * and the connector captures nothing. Every failure that follows (no snapshot, no topic, no
 * streamed change) then has this one cause, and its hint says so instead of blaming snapshot modes
 * or row images.
 *
 * <pre>{@code IncludeListForm.hint(connector)  // Optional[hint.include-list.form: customers, orders] }</pre>
 */
final class IncludeListForm {
    static final String KEY = "table.include.list";

    private IncludeListForm() {
    }

    /**
     * A table's name alone ({@code customers}): no dot, and nothing but a name's characters, so a
     * starter's placeholder ({@code TODO: ...}) is not taken for one.
     */
    static boolean isBareTableName(String entry) {
        return entry.matches("[\\w$]+");
    }

    /** The hint naming the entries without a database, when there are any. */
    static Optional<Text> hint(ConnectorDefinition connector) {
        List<String> bare = connector.get(KEY).stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::trim)
                .filter(IncludeListForm::isBareTableName)
                .toList();
        return bare.isEmpty() ? Optional.empty()
                : Optional.of(Text.of("hint.include-list.form", connector.artifact(), String.join(", ", bare)));
    }
}
