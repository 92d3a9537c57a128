package dev.cdclab.selfcheck;

import java.util.List;

/**
 * What the self-check found: one entry per graded submission and lesson, and the determinism figure
 * when it was measured. Written as {@code target/self-check/summary.json}.
 */
public record SelfCheckResult(List<Entry> entries, Determinism determinism) {

    /** One submission graded on one lesson: what was expected of it and what it got. */
    public record Entry(String name, String kind, String lesson, String expected, String actual, boolean ok) {
    }

    /** {@code identical} of {@code runs} fresh-lab grades of the solutions gave the same result for every check. */
    public record Determinism(int runs, int identical, List<String> unstable) {
    }

    public SelfCheckResult {
        entries = List.copyOf(entries);
    }

    public boolean ok() {
        return entries.stream().allMatch(Entry::ok) && (determinism == null || determinism.identical() == determinism.runs());
    }
}
