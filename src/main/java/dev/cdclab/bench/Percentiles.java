package dev.cdclab.bench;

import java.util.List;

/** Nearest-rank percentiles of a list of measurements. */
final class Percentiles {
    private Percentiles() {
    }

    /** The {@code percent}-th percentile (nearest rank) of {@code values}; 0 for none. */
    static double of(List<Double> values, double percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
