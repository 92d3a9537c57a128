package dev.cdclab.lab;

/**
 * A lab server did not come up. Never the student's fault: a grade run that meets it marks its
 * report as not gradable. The message names the server and quotes the last lines of its log.
 */
public class LabStartException extends RuntimeException {
    private final String server;

    public LabStartException(String server, String reason, String logTail, Throwable cause) {
        super(server + " did not start: " + reason
                + (logTail == null || logTail.isBlank() ? "" : "\n--- last lines of its log ---\n" + logTail), cause);
        this.server = server;
    }

    public String server() {
        return server;
    }
}
