package dev.cdclab.selfcheck;

import java.util.List;
import java.util.Map;

/**
 * A known-wrong (or hostile) submission: the reference solution with a few changes, the lesson it
 * belongs to, and the checks it must lose — each with a fragment its feedback must contain, so the
 * check is proven to fail for the right reason. Or a right answer: the reference in another correct
 * form, which loses nothing.
 *
 * @param name   the mistake (or the form), as the file is named: {@code table-include-list-typo}
 * @param kind   {@code wrong}, {@code hostile} or {@code right}
 * @param fails  check id → a fragment of that check's message, expected, observed or hint; empty for a right answer
 */
public record CatalogueEntry(String name, String kind, String lesson, String mistake, List<Change> changes,
                             Map<String, String> fails) {
    /** The folder of right answers: entries that must get full points. */
    public static final String RIGHT = "right";

    public CatalogueEntry {
        changes = List.copyOf(changes);
        fails = Map.copyOf(fails);
        if (RIGHT.equals(kind) != fails.isEmpty()) {
            throw new IllegalArgumentException(RIGHT.equals(kind)
                    ? "a right answer loses no check: \"fails\" must be {}"
                    : "a " + kind + " entry must name the checks it loses in \"fails\"");
        }
    }

    /** Whether this is a right answer, which must get every point. */
    public boolean isRight() {
        return RIGHT.equals(kind);
    }
}
