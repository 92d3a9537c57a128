package dev.cdclab.grade;

/** How a check ended. */
public enum CheckStatus {
    /** Full points. */
    PASSED("passed"),
    /** The submission did not do what the check asks: points lost, with feedback. */
    FAILED("failed"),
    /** The grader or its lab failed; not the student's doing, the report is not gradable. */
    ERROR("error"),
    /** The check ran past its time bound. */
    TIMED_OUT("timed_out"),
    /** The check never ran: skipped, or the grader stopped before it. */
    NOT_RUN("not_run");

    private final String wire;

    CheckStatus(String wire) {
        this.wire = wire;
    }

    /** The value in report.json. */
    public String wire() {
        return wire;
    }
}
