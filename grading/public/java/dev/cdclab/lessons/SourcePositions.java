package dev.cdclab.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.QuizFeedback;
import dev.cdclab.i18n.Text;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Which fields of a change event's {@code source} hold the connector's position in the log, judged
 * on a real event and on the server's own positions read just before and just after the change
 * that made it: a field holds a position when its value is one (an LSN between the two WAL
 * positions; the binlog file being written, an offset between the two binlog positions, or a GTID
 * the server has executed). A student's answer names fields; each must exist in the real event and
 * hold a position, and the answer must name the ones the connector cannot do without.
 */
final class SourcePositions {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a position is on one server, read around one change. */
    interface Truth {
        boolean isPosition(JsonNode value);

        /** The server's positions, for a report: {@code WAL 0/1A2B3C..0/1A2C00}. */
        String describe();
    }

    /** PostgreSQL: the WAL insert position (as Debezium writes LSNs: a number) before and after the change. */
    record WalRange(long before, long after) implements Truth {
        @Override
        public boolean isPosition(JsonNode value) {
            if (value == null || value.isNull()) {
                return false;
            }
            if (value.isIntegralNumber()) {
                return inRange(value.asLong());
            }
            String text = value.asText().trim();
            if (text.startsWith("[")) {
                // source.sequence: ["<last commit lsn>", "<lsn>"] as a string
                List<String> lsns = textArray(text);
                return !lsns.isEmpty() && isPosition(JSON.getNodeFactory().textNode(lsns.get(lsns.size() - 1)));
            }
            return text.matches("[0-9]{1,19}") && inRange(Long.parseLong(text));
        }

        private boolean inRange(long lsn) {
            return lsn >= before && lsn <= after;
        }

        @Override
        public String describe() {
            return "WAL " + before + " .. " + after;
        }
    }

    /**
     * MySQL and MariaDB: the binlog file and offset before and after the change ({@code SHOW BINARY
     * LOG STATUS}), and the server's executed GTID set after it.
     */
    record BinlogRange(String fileBefore, long positionBefore, String fileAfter, long positionAfter, String gtidSet)
            implements Truth {
        @Override
        public boolean isPosition(JsonNode value) {
            if (value == null || value.isNull()) {
                return false;
            }
            if (value.isIntegralNumber()) {
                long offset = value.asLong();
                return fileBefore.equals(fileAfter) ? offset >= positionBefore && offset <= positionAfter
                        : offset >= 4 && offset <= Math.max(positionBefore, positionAfter);
            }
            String text = value.asText().trim();
            return text.equals(fileAfter) || text.equals(fileBefore) || gtidIn(text, gtidSet);
        }

        @Override
        public String describe() {
            return "binlog " + fileBefore + ":" + positionBefore + " .. " + fileAfter + ":" + positionAfter + ", gtid_binlog_pos / gtid_executed " + gtidSet;
        }
    }

    /**
     * Whether {@code gtid} is in the server's executed set: MariaDB {@code domain-server-sequence}
     * against {@code gtid_binlog_pos} (the last GTID of each domain), MySQL {@code uuid:n} against
     * {@code gtid_executed} ({@code uuid:1-57,uuid2:1-3}).
     */
    static boolean gtidIn(String gtid, String set) {
        if (gtid.isEmpty() || set == null || set.isBlank()) {
            return false;
        }
        String[] mariadb = gtid.split("-");
        if (mariadb.length == 3 && gtid.matches("[0-9]+-[0-9]+-[0-9]+")) {
            for (String last : set.split(",")) {
                String[] parts = last.trim().split("-");
                if (parts.length == 3 && parts[0].equals(mariadb[0]) && Long.parseLong(mariadb[2]) <= Long.parseLong(parts[2])) {
                    return true;
                }
            }
            return false;
        }
        int colon = gtid.lastIndexOf(':');
        if (colon < 0 || !gtid.substring(colon + 1).matches("[0-9]+")) {
            return false;
        }
        String uuid = gtid.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        long number = Long.parseLong(gtid.substring(colon + 1));
        for (String entry : set.replace("\n", "").split(",")) {
            String[] parts = entry.trim().toLowerCase(java.util.Locale.ROOT).split(":");
            if (parts.length < 2 || !parts[0].equals(uuid)) {
                continue;
            }
            for (int i = 1; i < parts.length; i++) {
                String[] interval = parts[i].split("-");
                long from = Long.parseLong(interval[0]);
                long to = interval.length > 1 ? Long.parseLong(interval[1]) : from;
                if (number >= from && number <= to) {
                    return true;
                }
            }
        }
        return false;
    }

    private SourcePositions() {
    }

    /**
     * Compares the fields the student named for one connector with its real event's {@code source}:
     * each must be there and hold a position, and {@code required} must all be named.
     *
     * @param side {@code postgresql} or {@code mysql}, the key in the answers file
     */
    static void expect(String artifact, String side, JsonNode named, JsonNode source, Truth truth, List<String> required) {
        List<String> fields = fieldNames(artifact, side, named);
        for (String field : fields) {
            if (!source.has(field)) {
                throw QuizFeedback.wrong(Text.of("L02.positions.no-field", artifact, side, field), field,
                        Text.of("hint.L02.positions." + side));
            }
            if (!truth.isPosition(source.get(field))) {
                throw QuizFeedback.wrong(Text.of("L02.positions.not-a-position", artifact, side, field),
                        "source." + field + " = " + source.get(field),
                        Text.lines(List.of(Text.of("L02.positions.server", truth.describe()), Text.of("hint.L02.positions." + side))));
            }
        }
        long missing = required.stream().filter(r -> !fields.contains(r)).count();
        if (missing > 0) {
            throw QuizFeedback.wrong(Text.of("L02.positions.missing", artifact, side, missing), String.join(", ", fields),
                    Text.of("hint.L02.positions." + side));
        }
    }

    private static List<String> fieldNames(String artifact, String side, JsonNode named) {
        if (named == null || !named.isArray()) {
            throw CheckFailure.of(Text.of("L02.positions.shape", artifact, side)).hint(Text.of("hint.L02.positions." + side));
        }
        List<String> fields = new ArrayList<>();
        for (Iterator<JsonNode> it = named.elements(); it.hasNext(); ) {
            JsonNode field = it.next();
            if (!field.isTextual() || field.asText().isBlank()) {
                throw CheckFailure.of(Text.of("L02.positions.shape", artifact, side)).hint(Text.of("hint.L02.positions." + side));
            }
            String name = field.asText().trim();
            fields.add(name.startsWith("source.") ? name.substring("source.".length()) : name);
        }
        return fields;
    }

    private static List<String> textArray(String text) {
        try {
            List<String> values = new ArrayList<>();
            JSON.readTree(text).forEach(v -> values.add(v.asText()));
            return values;
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
