package dev.cdclab.report;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How every report writes points, so the console, the summaries and the graders' files agree.
 *
 * <pre>{@code Points.shown(2.5)  // "2.5";  Points.shown(4.0)  // "4";  Points.exact(0.25)  // "0.25" }</pre>
 */
final class Points {
    private Points() {
    }

    /** For people: whole points without a decimal, others with one ({@code 2.5}). */
    static String shown(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** For machines: the value with no rounding and no trailing zeros ({@code 4}, {@code 0.25}). */
    static String exact(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
