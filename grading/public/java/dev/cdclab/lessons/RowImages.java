package dev.cdclab.lessons;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.CourseDatabase;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.grading.QueryResult;
import dev.cdclab.grading.QuizFeedback;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cdclab.i18n.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Row images as the binlog carries them: the grader changes one column of a row under
 * {@code binlog_row_image = FULL} and of another under {@code MINIMAL} (a session setting), and
 * reads from the binlog's row events which columns each before and after image holds
 * ({@link BinlogRowEvents}). The student's answer is compared with that observation, not with a key.
 */
final class RowImages {
    static final List<String> IMAGES = List.of("FULL", "MINIMAL");
    private static final String TABLE = "inventory.contacts";
    private static final Duration EVENTS = Duration.ofSeconds(30);

    /** Per image: the columns seen in {@code before} and in {@code after}. */
    private final Map<String, Map<String, Set<String>>> seen;

    private RowImages(Map<String, Map<String, Set<String>>> seen) {
        this.seen = seen;
    }

    static RowImages observe(LabCheck check) {
        CourseDatabase inventory = check.courseDatabase();
        inventory.execute("CREATE TABLE contacts (id INT PRIMARY KEY, name VARCHAR(64), email VARCHAR(64), city VARCHAR(64))",
                "INSERT INTO contacts VALUES (1, 'Sally', 'sally@acme.com', 'Kazan'), (2, 'George', 'george@acme.com', 'Omsk')");
        List<String> columns = QueryResult.asAdmin(check.lab().binlog(), "", "SELECT COLUMN_NAME FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'inventory' AND TABLE_NAME = 'contacts' ORDER BY ORDINAL_POSITION").column("COLUMN_NAME").orElseThrow();
        try (BinlogRowEvents binlog = BinlogRowEvents.fromNow(check.lab().binlog())) {
            inventory.execute("SET SESSION binlog_row_image = 'FULL'", "UPDATE contacts SET email = 'sally@example.com' WHERE id = 1");
            inventory.execute("SET SESSION binlog_row_image = 'MINIMAL'", "UPDATE contacts SET email = 'george@example.com' WHERE id = 2");
            List<BinlogRowEvents.Update> updates = binlog.awaitUpdates(TABLE, 2, EVENTS);
            return new RowImages(Map.of("FULL", named(updates.get(0), columns), "MINIMAL", named(updates.get(1), columns)));
        }
    }

    private static Map<String, Set<String>> named(BinlogRowEvents.Update update, List<String> columns) {
        return Map.of("before", names(update.before(), columns), "after", names(update.after(), columns));
    }

    private static Set<String> names(List<Integer> indices, List<String> columns) {
        Set<String> names = new TreeSet<>();
        indices.forEach(i -> names.add(columns.get(i).toLowerCase(Locale.ROOT)));
        return names;
    }

    /**
     * Compares {@code answers} ({@code {"FULL": {"before": [...], "after": [...]}, "MINIMAL": ...}})
     * with what was seen, one part per image.
     */
    void expectAnswers(LabCheck check, String answers) {
        JsonNode root = check.submission().json(answers);
        for (String image : IMAGES) {
            check.part(image, "FULL".equals(image) ? 1 : 2, () -> {
                for (String side : List.of("before", "after")) {
                    Set<String> answered = columns(answers, root.path(image).path(side), image, side);
                    Set<String> observed = seen.get(image).get(side);
                    if (!answered.equals(observed)) {
                        throw QuizFeedback.wrong(Text.of("L01.row-image.wrong", answers, image, side),
                                String.join(", ", answered), why(answered, observed));
                    }
                }
            });
        }
    }

    /** Which answered columns the image does not hold (the student's own), and how many it holds that were not named. */
    private static Text why(Set<String> answered, Set<String> observed) {
        List<Text> why = new ArrayList<>();
        Set<String> extra = new TreeSet<>(answered);
        extra.removeAll(observed);
        if (!extra.isEmpty()) {
            why.add(Text.of("L01.row-image.extra", String.join(", ", extra)));
        }
        long missing = observed.stream().filter(c -> !answered.contains(c)).count();
        if (missing > 0) {
            why.add(Text.of("L01.row-image.missing", missing));
        }
        why.add(Text.of("hint.L01.row-images"));
        return Text.lines(why);
    }

    private static Set<String> columns(String answers, JsonNode node, String image, String side) {
        if (!node.isArray()) {
            throw CheckFailure.of(Text.of("L01.row-image.shape", answers, image, side)).hint(Text.of("hint.L01.row-images"));
        }
        Set<String> columns = new TreeSet<>();
        List<String> notText = new ArrayList<>();
        node.forEach(column -> {
            if (column.isTextual()) {
                columns.add(column.asText().trim().toLowerCase(Locale.ROOT));
            } else {
                notText.add(column.toString());
            }
        });
        if (!notText.isEmpty()) {
            throw CheckFailure.of(Text.of("L01.row-image.shape", answers, image, side)).hint(Text.of("hint.L01.row-images"));
        }
        return columns;
    }
}
