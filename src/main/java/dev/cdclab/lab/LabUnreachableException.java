package dev.cdclab.lab;

/**
 * A lab server that was up stopped answering while a check used it: Kafka Connect's REST API
 * refused or timed out, Kafka gave no metadata for longer than the grader tolerates. Never the
 * student's fault: the check ends as {@code error}, the report is not gradable, and the run's
 * later checks are not tried on the same lab. The message names the server, its address, what
 * was asked of it and for how long it was waited for.
 *
 * <pre>{@code
 * throw new LabUnreachableException("Kafka Connect REST API", "http://127.0.0.1:8083/", "GET /connectors", e);
 * }</pre>
 */
public class LabUnreachableException extends RuntimeException {
    private final String server;

    public LabUnreachableException(String server, String address, String what, Throwable cause) {
        super(server + " at " + address + " stopped answering (" + what + ")"
                + (cause == null ? "" : ": " + cause), cause);
        this.server = server;
    }

    /** The server that stopped answering: {@code Kafka Connect REST API}, {@code Kafka}. */
    public String server() {
        return server;
    }
}
