package dev.cdclab.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.i18n.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The comparison table of lesson 02 as a quiz, the one quiz of the module: for each row (an aspect
 * of CDC) the student picks, for PostgreSQL and for MySQL, one of the row's options
 * ({@code lesson02/comparison.json}: {@code {"position-tracking": {"postgresql": "lsn", "mysql": "binlog-file-pos"}}}).
 * The key follows Debezium 3.5 where the course text is out of date (snapshot locking, wal2json,
 * DDL in PostgreSQL, what stands for REPLICA IDENTITY in MySQL), and each row's feedback says so.
 */
final class ComparisonQuiz {
    static final List<String> SIDES = List.of("postgresql", "mysql");

    /** One row: its options and, per side, the answers accepted (more than one where the course allows either). */
    record Row(String id, List<String> options, Set<String> postgresql, Set<String> mysql) {
        Set<String> accepted(String side) {
            return "postgresql".equals(side) ? postgresql : mysql;
        }
    }

    static final Map<String, Row> KEY = key();

    private ComparisonQuiz() {
    }

    private static Map<String, Row> key() {
        Map<String, Row> rows = new LinkedHashMap<>();
        add(rows, new Row("log-kind", List.of("physical", "logical"), Set.of("physical"), Set.of("logical")));
        add(rows, new Row("cdc-setting", List.of("wal_level=logical", "wal_level=replica", "binlog_format=ROW", "binlog_format=MIXED"),
                Set.of("wal_level=logical"), Set.of("binlog_format=row")));
        add(rows, new Row("output-plugin", List.of("pgoutput", "wal2json", "decoderbufs", "none"),
                Set.of("pgoutput", "decoderbufs"), Set.of("none")));
        add(rows, new Row("position-tracking", List.of("lsn", "binlog-file-pos", "gtid", "kafka-offset"),
                Set.of("lsn"), Set.of("binlog-file-pos", "gtid")));
        add(rows, new Row("before-image", List.of("replica-identity", "binlog_row_image", "primary-key-only"),
                Set.of("replica-identity"), Set.of("binlog_row_image")));
        add(rows, new Row("snapshot-locking", List.of("global-read-lock-whole-snapshot", "global-read-lock-schema-only",
                "table-locks-schema-only", "no-locks"), Set.of("table-locks-schema-only"), Set.of("global-read-lock-schema-only")));
        add(rows, new Row("schema-history", List.of("in-stream", "history-topic"), Set.of("in-stream"), Set.of("history-topic")));
        add(rows, new Row("ddl-events", List.of("captured", "not-captured"), Set.of("not-captured"), Set.of("captured")));
        return java.util.Collections.unmodifiableMap(rows);
    }

    private static void add(Map<String, Row> rows, Row row) {
        rows.put(row.id(), row);
    }

    /** Grades every row of {@code artifact} as one part of the check (equal weights). */
    static void grade(LabCheck check, String artifact) {
        JsonNode root = check.submission().json(artifact);
        if (!root.isObject()) {
            throw CheckFailure.of(Text.of("answers.not-object", artifact)).hint(Text.of("hint.L02.comparison"));
        }
        KEY.values().forEach(row -> check.part(row.id(), 1, () -> expectRow(artifact, row, root.path(row.id()))));
    }

    /** One row: both sides must be one of the accepted options (any case; a list where the row accepts several). */
    static void expectRow(String artifact, Row row, JsonNode answer) {
        List<String> wrong = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (String side : SIDES) {
            Set<String> picked = picked(answer.path(side));
            given.add(side + ": " + (picked.isEmpty() ? "—" : String.join(", ", picked)));
            if (picked.isEmpty() || !row.accepted(side).containsAll(picked)) {
                wrong.add(side);
            }
        }
        if (!wrong.isEmpty()) {
            throw CheckFailure.of(Text.of("L02.comparison.wrong", artifact, row.id(), String.join(", ", wrong)))
                    .expected(Text.of("L02.comparison.options", String.join(" | ", row.options())))
                    .observed(Text.verbatim(String.join("; ", given)))
                    .hint(Text.of("hint.L02.comparison." + row.id()));
        }
    }

    private static Set<String> picked(JsonNode node) {
        Set<String> picked = new TreeSet<>();
        if (node.isTextual()) {
            add(picked, node.asText());
        } else if (node.isArray()) {
            node.forEach(value -> {
                if (value.isTextual()) {
                    add(picked, value.asText());
                } else {
                    picked.add(value.toString());
                }
            });
        }
        return picked;
    }

    private static void add(Set<String> picked, String value) {
        String normal = value.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (!normal.isEmpty() && !normal.startsWith("todo")) {
            picked.add(normal);
        }
    }
}
