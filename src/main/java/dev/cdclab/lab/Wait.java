package dev.cdclab.lab;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A bounded, named wait: polls a probe until its value is accepted, fails fast when the value
 * shows a terminal state, and on timeout says what it waited for and what it saw last. A probe
 * that finds a lab server gone ({@link LabUnreachableException}) ends the wait at once with it:
 * waiting out the bound for a dead server would only delay the lab's error. Other exceptions of
 * the probe are retried until the bound.
 *
 * <pre>{@code
 * ConnectorStatus s = Wait.forValue("connector 'inventory' RUNNING", Duration.ofSeconds(30), () -> client.status(name))
 *         .failFastWhen(ConnectorStatus::hasFailed, st -> new ConnectorFailedException(st))
 *         .until(ConnectorStatus::isRunning);
 * }</pre>
 */
public final class Wait<T> {
    private static final Duration POLL = Duration.ofMillis(100);

    private final String what;
    private final Duration timeout;
    private final Callable<T> probe;
    private Predicate<T> failFast = value -> false;
    private Function<T, ? extends Throwable> failure = value -> new IllegalStateException(String.valueOf(value));
    private Function<T, String> describe = String::valueOf;

    private Wait(String what, Duration timeout, Callable<T> probe) {
        this.what = Objects.requireNonNull(what);
        this.timeout = Timeouts.scaled(timeout);
        this.probe = Objects.requireNonNull(probe);
    }

    public static <T> Wait<T> forValue(String what, Duration timeout, Callable<T> probe) {
        return new Wait<>(what, timeout, probe);
    }

    /**
     * Stops waiting at once, throwing {@code failure} (an unchecked exception or an error, such as
     * a check's failure), when a probed value is terminal.
     */
    public Wait<T> failFastWhen(Predicate<T> terminal, Function<T, ? extends Throwable> failure) {
        this.failFast = terminal;
        this.failure = failure;
        return this;
    }

    /** How the last probed value is shown in the timeout message. */
    public Wait<T> describedAs(Function<T, String> describe) {
        this.describe = describe;
        return this;
    }

    public T until(Predicate<T> accepted) {
        AtomicReference<T> last = new AtomicReference<>();
        AtomicReference<Exception> lastError = new AtomicReference<>();
        AtomicReference<Throwable> terminal = new AtomicReference<>();
        try {
            Awaitility.await(what)
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL)
                    .until(() -> {
                        T value;
                        try {
                            value = probe.call();
                        } catch (LabUnreachableException e) {
                            terminal.set(e);
                            return true;
                        } catch (Exception e) {
                            lastError.set(e);
                            return false;
                        }
                        last.set(value);
                        if (value != null && failFast.test(value)) {
                            terminal.set(failure.apply(value));
                            return true;
                        }
                        return value != null && accepted.test(value);
                    });
        } catch (ConditionTimeoutException e) {
            String seen = last.get() != null ? describe.apply(last.get())
                    : lastError.get() != null ? lastError.get().toString() : null;
            throw new WaitTimeoutException(what, timeout, seen);
        }
        Throwable stop = terminal.get();
        if (stop instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (stop instanceof Error error) {
            throw error;
        }
        if (stop != null) {
            throw new IllegalStateException(what + ": " + stop.getMessage(), stop);
        }
        return last.get();
    }
}
