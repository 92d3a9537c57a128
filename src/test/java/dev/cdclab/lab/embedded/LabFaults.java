package dev.cdclab.lab.embedded;

/**
 * Faults of a running embedded lab, made on purpose by the tests that prove the grader reports
 * them as the lab's: the Connect worker stopped for good (its REST API then refuses), Kafka's
 * broker stopped and started again on its ports with its data.
 *
 * <pre>{@code
 * LabFaults.killConnect(lab);
 * }</pre>
 */
public final class LabFaults {
    private LabFaults() {
    }

    /** Stops the lab's Kafka Connect worker; it does not come back. */
    public static void killConnect(EmbeddedLab lab) {
        ((EmbeddedConnect) lab.connect()).close();
    }

    /** Stops the lab's Kafka broker (its KRaft controller stays up). */
    public static void stopKafka(EmbeddedLab lab) {
        ((EmbeddedKafka) lab.kafka()).stopBroker();
    }

    /** Starts the stopped broker again and waits until it is ready. */
    public static void startKafka(EmbeddedLab lab) {
        try {
            ((EmbeddedKafka) lab.kafka()).startBroker();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the lab's Kafka broker did not start again: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the lab's Kafka broker again", e);
        }
    }
}
