package dev.cdclab.grading;

/**
 * New customers the grader writes, four a second, to see whether a connector streams: a probe
 * written before the connector took its binlog position is simply not seen; a later one is.
 */
public final class ProbeRows {
    private static final long INTERVAL_NANOS = 250_000_000L;

    private final CourseDatabase database;
    private final int firstId;
    private int nextId;
    private long lastWrite;

    public ProbeRows(CourseDatabase database, int firstId) {
        this.database = database;
        this.firstId = firstId;
        this.nextId = firstId;
    }

    /** Writes the next probe if a quarter of a second has passed since the last one. */
    public void writeIfDue() {
        if (lastWrite == 0 || System.nanoTime() - lastWrite > INTERVAL_NANOS) {
            database.insertCustomer(nextId, "Probe", "Row", "probe" + nextId + "@example.com");
            nextId++;
            lastWrite = System.nanoTime();
        }
    }

    /** Whether a customer id is one of the probes. */
    public boolean isProbe(int id) {
        return id >= firstId;
    }
}
