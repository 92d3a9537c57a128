package dev.cdclab.classroom;

import java.util.Locale;

/**
 * The batch's progress lines, one per student: which one, how far, how it ended and how long the
 * rest should take (the mean time of the students graded so far, times the students left).
 *
 * <pre>{@code
 * BatchProgress progress = new BatchProgress(10);
 * err.print(progress.starting("anna"));                       // "[1/10] anna ... "
 * err.println(progress.graded("15 / 20 points", 12_300));      // "15 / 20 points, 12.3 s, ~2 min left"
 * }</pre>
 */
public final class BatchProgress {
    private final int total;
    private int position;
    private long measuredMs;
    private int measured;

    public BatchProgress(int total) {
        this.total = total;
    }

    /** The start of a student's line: {@code [3/10] student-x ... }. */
    public String starting(String student) {
        position++;
        return String.format(Locale.ROOT, "[%d/%d] %s ... ", position, total, student);
    }

    /** The end of the line of a student who was graded now, in {@code durationMs}. */
    public String graded(String outcome, long durationMs) {
        measuredMs += durationMs;
        measured++;
        return String.format(Locale.ROOT, "%s, %.1f s%s", outcome, durationMs / 1000.0, left());
    }

    /** The end of the line of a student whose stored grade was kept. */
    public String kept(String outcome) {
        return outcome + left();
    }

    /** {@code , ~1 min left}, or nothing when nothing was graded yet or nobody is left. */
    private String left() {
        int remaining = total - position;
        if (measured == 0 || remaining == 0) {
            return "";
        }
        long seconds = Math.round(measuredMs / 1000.0 / measured * remaining);
        return seconds < 90 ? ", ~" + seconds + " s left" : ", ~" + Math.round(seconds / 60.0) + " min left";
    }
}
