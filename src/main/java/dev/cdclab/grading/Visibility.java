package dev.cdclab.grading;

/** Who sees a check's result, with Gradescope's four values. */
public enum Visibility {
    VISIBLE("visible"),
    HIDDEN("hidden"),
    AFTER_DUE_DATE("after_due_date"),
    AFTER_PUBLISHED("after_published");

    private final String wire;

    Visibility(String wire) {
        this.wire = wire;
    }

    /** The value in report.json and Gradescope's results.json. */
    public String wire() {
        return wire;
    }
}
