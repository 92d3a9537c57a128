package dev.cdclab.grading;

import dev.cdclab.i18n.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Partial credit within one check: named parts, each worth a share of the check's points (by
 * weight), asserted softly so the student sees every failed part at once. A check gets it as a
 * parameter, or through {@link LabCheck#part}; after the check the grade counts the passed parts.
 * A check that fails outside its parts (its connector never ran, say) earns nothing: the parts it
 * did not reach cannot be counted.
 *
 * <pre>{@code
 * credit.part("insert", 1, () -> assertThatEvents(events).hasOne("c", "id", 1005));
 * credit.part("update", 1, () -> assertThatEvents(events).hasOne("u", "id", 1005));
 * }</pre>
 */
public final class PartialCredit {
    private static final String PARTS_FAILED = "check.parts.failed";
    private final List<Part> parts = new ArrayList<>();

    /** One asserted part: its weight, and the failure if it failed. */
    public record Part(String name, double weight, CheckFailure failure) {
        public boolean passed() {
            return failure == null;
        }
    }

    /** Runs {@code assertion}; a failure is recorded, not thrown. */
    public void part(String name, double weight, Runnable assertion) {
        if (weight <= 0) {
            throw new IllegalArgumentException("part '" + name + "' needs a positive weight, not " + weight);
        }
        try {
            assertion.run();
            parts.add(new Part(name, weight, null));
        } catch (CheckFailure failure) {
            parts.add(new Part(name, weight, failure));
        } catch (AssertionError failure) {
            parts.add(new Part(name, weight, CheckFailure.of(Text.verbatim(failure.getMessage()))));
        }
    }

    public List<Part> parts() {
        return List.copyOf(parts);
    }

    /** Whether a check ended with failed parts only (and not with a failure of its own). */
    static boolean isPartsFailure(Throwable failure) {
        return failure instanceof CheckFailure checkFailure && PARTS_FAILED.equals(checkFailure.summary().key());
    }

    /** The failure of the whole check when a part failed: every failed part, in order; null when none. */
    CheckFailure failure() {
        List<Part> failed = parts.stream().filter(p -> !p.passed()).toList();
        if (failed.isEmpty()) {
            return null;
        }
        CheckFailure first = failed.get(0).failure();
        return CheckFailure.of(Text.of(PARTS_FAILED, failed.size(), parts.size(),
                        Text.lines(failed.stream().map(p -> Text.of("check.part", p.name(), p.failure().summary())).toList())))
                .expected(Text.lines(failed.stream().map(p -> p.failure().expected()).filter(t -> t != null).toList()))
                .observed(Text.lines(failed.stream().map(p -> p.failure().observed()).filter(t -> t != null).toList()))
                .hint(first.hint());
    }
}
