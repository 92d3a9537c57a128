package dev.cdclab.lab;

/** A host and port of a lab server, as the grader reaches it (always a loopback address here). */
public record Endpoint(String host, int port) {
    @Override
    public String toString() {
        return host + ":" + port;
    }
}
