package dev.cdclab.selfcheck;

import java.util.List;
import java.util.Map;

/**
 * A known-wrong (or hostile) submission: the reference solution with a few changes, the lesson it
 * belongs to, and the checks it must lose — each with a fragment its feedback must contain, so the
 * check is proven to fail for the right reason.
 *
 * @param name   the mistake, as the file is named: {@code table-include-list-typo}
 * @param kind   {@code wrong} or {@code hostile}
 * @param fails  check id → a fragment of that check's message, expected, observed or hint
 */
public record CatalogueEntry(String name, String kind, String lesson, String mistake, List<Change> changes,
                             Map<String, String> fails) {
    public CatalogueEntry {
        changes = List.copyOf(changes);
        fails = Map.copyOf(fails);
    }
}
