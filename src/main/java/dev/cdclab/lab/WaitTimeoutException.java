package dev.cdclab.lab;

import java.time.Duration;

/** A named, bounded wait ran out of time; the message says what was awaited and what was last seen. */
public class WaitTimeoutException extends RuntimeException {
    private final String what;
    private final Duration timeout;
    private final String lastSeen;

    public WaitTimeoutException(String what, Duration timeout, String lastSeen) {
        super("Timed out after " + timeout.toMillis() + " ms waiting for " + what
                + (lastSeen == null || lastSeen.isBlank() ? "" : "; last seen: " + lastSeen));
        this.what = what;
        this.timeout = timeout;
        this.lastSeen = lastSeen;
    }

    public String what() {
        return what;
    }

    public Duration timeout() {
        return timeout;
    }

    public String lastSeen() {
        return lastSeen;
    }
}
