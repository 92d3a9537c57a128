package dev.cdclab.cli;

/** The grade command's exit codes, documented in README.md. */
public enum ExitCode {
    /** Every check passed (or points may be missing and {@code --fail-on-missing-points=false}). */
    OK(0),
    /** The grade is complete and points are missing. */
    POINTS_MISSING(1),
    /** The command line was wrong: an unknown lesson, a missing folder. */
    USAGE(2),
    /** The grader or its lab failed: the report is marked {@code gradable: false}. */
    INFRASTRUCTURE(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
