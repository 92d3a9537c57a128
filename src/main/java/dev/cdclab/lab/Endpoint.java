package dev.cdclab.lab;

/** A host and port of a lab server: a loopback address for the grader, or a name Kafka Connect resolves. */
public record Endpoint(String host, int port) {
    @Override
    public String toString() {
        return host + ":" + port;
    }
}
