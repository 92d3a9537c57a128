package dev.cdclab.connect;

/** Kafka Connect's REST API answered with an error; carries its HTTP status and its own message. */
public class ConnectRestException extends RuntimeException {
    private final int status;
    private final String connectMessage;

    public ConnectRestException(String request, int status, String connectMessage) {
        super(request + " answered HTTP " + status + ": " + connectMessage);
        this.status = status;
        this.connectMessage = connectMessage;
    }

    public int status() {
        return status;
    }

    /** The {@code message} field of Connect's error body, or the body itself. */
    public String connectMessage() {
        return connectMessage;
    }
}
