package dev.cdclab.report;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How every report writes points, so the console, the summaries and the graders' files agree.
 *
 * <pre>{@code Points.shown(2.5)  // "2.5";  Points.shown(4.0)  // "4";  Points.exact(0.25)  // "0.25";  Points.count(4.0)  // 4 }</pre>
 */
final class Points {
    private Points() {
    }

    /** For people: whole points without a decimal, others with one ({@code 2.5}). */
    static String shown(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * For a message's plural count ({@code {0,plural,...}}): the value rounded to one decimal as
     * {@link #shown} rounds it, with no trailing zeros, so 4.0 is counted as the whole 4 and 1.5
     * as a fraction; the message formats it in its language (1,5 in Russian).
     */
    static BigDecimal count(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** For machines: the value with no rounding and no trailing zeros ({@code 4}, {@code 0.25}). */
    static String exact(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
