package dev.cdclab.lab;

import java.time.Duration;

/**
 * Every timeout of the lab scales from one setting, {@code -Dlab.timeout.scale} (default 1.0),
 * so a slow machine can be given more time without touching a lesson suite.
 *
 * <pre>{@code Duration d = Timeouts.scaled(Duration.ofSeconds(30)); }</pre>
 */
public final class Timeouts {
    private static final String SCALE_PROPERTY = "lab.timeout.scale";

    private Timeouts() {
    }

    public static Duration scaled(Duration base) {
        return Duration.ofMillis(Math.max(1, Math.round(base.toMillis() * scale())));
    }

    public static double scale() {
        String value = System.getProperty(SCALE_PROPERTY, "1");
        try {
            double scale = Double.parseDouble(value);
            return scale > 0 ? scale : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
