package dev.cdclab.grading;

import dev.cdclab.i18n.Messages;
import dev.cdclab.i18n.Text;

/**
 * A check failed because of the submission: what was wrong, what was expected, what was seen, and
 * a hint, as texts the report renders in the run's language. Thrown by domain assertions and by
 * the loading of a student's artifacts; never carries a stack trace to the student.
 *
 * <pre>{@code
 * throw CheckFailure.of(Text.of("events.snapshot.missing", topic))
 *         .expected(Text.of("events.snapshot.expected", 4))
 *         .observed(Text.verbatim("2 events: r, r"))
 *         .hint(Text.of("hint.L04.table-include-list"));
 * }</pre>
 */
public final class CheckFailure extends AssertionError {
    private static final Messages ENGLISH = Messages.forLanguage("en");

    private final Text summary;
    private Text expected;
    private Text observed;
    private Text hint;

    private CheckFailure(Text summary, Throwable cause) {
        super(ENGLISH.render(summary), cause);
        this.summary = summary;
    }

    public static CheckFailure of(Text summary) {
        return new CheckFailure(summary, null);
    }

    public static CheckFailure of(Text summary, Throwable cause) {
        return new CheckFailure(summary, cause);
    }

    public CheckFailure expected(Text text) {
        this.expected = text;
        return this;
    }

    public CheckFailure observed(Text text) {
        this.observed = text;
        return this;
    }

    public CheckFailure hint(Text text) {
        this.hint = text;
        return this;
    }

    /**
     * Adds {@code more} after this failure's hint (a connector's failure, and what the check that
     * met it was about); the same hint is not given twice.
     */
    public CheckFailure alsoHint(Text more) {
        if (more != null && !more.equals(hint)) {
            this.hint = hint == null ? more : Text.lines(java.util.List.of(hint, more));
        }
        return this;
    }

    public Text summary() {
        return summary;
    }

    public Text expected() {
        return expected;
    }

    public Text observed() {
        return observed;
    }

    public Text hint() {
        return hint;
    }

    @Override
    public String getMessage() {
        StringBuilder text = new StringBuilder(ENGLISH.render(summary));
        if (expected != null) {
            text.append("\n  expected: ").append(ENGLISH.render(expected));
        }
        if (observed != null) {
            text.append("\n  observed: ").append(ENGLISH.render(observed));
        }
        if (hint != null) {
            text.append("\n  hint: ").append(ENGLISH.render(hint));
        }
        return text.toString();
    }
}
