package dev.cdclab.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * A student-facing text not yet in any language: a message-bundle key and its arguments.
 * Checks build texts; reports render them in the run's language with {@link Messages}.
 *
 * <pre>{@code Text hint = Text.of("hint.connector.class", requestedClass); }</pre>
 */
public record Text(String key, List<Object> args) {

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args));
    }

    /** Several texts, one per line. */
    public static Text lines(List<Text> texts) {
        return new Text(Messages.LINES, List.copyOf(texts));
    }

    /** Text that is already final (a value quoted from a server, say): shown as it is in every language. */
    public static Text verbatim(String text) {
        return new Text(Messages.VERBATIM, List.of(text == null ? "" : text));
    }
}
