package dev.cdclab.connect;

import java.util.List;

/**
 * A connector's state and its tasks' states, from {@code GET /connectors/{name}/status}.
 *
 * @param state   {@code RUNNING}, {@code FAILED}, {@code PAUSED}, {@code STOPPED}, {@code UNASSIGNED}
 * @param trace   the connector's stack trace when it failed, else empty
 */
public record ConnectorState(String name, String state, String trace, List<TaskState> tasks) {

    public record TaskState(int id, String state, String trace) {
    }

    /** Connector and at least one task RUNNING, no task FAILED. */
    public boolean isRunning() {
        return "RUNNING".equals(state) && !tasks.isEmpty() && tasks.stream().allMatch(t -> "RUNNING".equals(t.state()));
    }

    public boolean isStopped() {
        return "STOPPED".equals(state);
    }

    public boolean hasFailed() {
        return "FAILED".equals(state) || tasks.stream().anyMatch(t -> "FAILED".equals(t.state()));
    }

    /** The first failure trace, of the connector or of a task. */
    public String failureTrace() {
        if (trace != null && !trace.isBlank()) {
            return trace;
        }
        return tasks.stream().map(TaskState::trace).filter(t -> t != null && !t.isBlank()).findFirst().orElse("");
    }

    /**
     * The cause a person can read: the deepest "Caused by:" line of the trace (Debezium puts its
     * explanation there), else the first line.
     */
    public String failureReason() {
        String full = failureTrace();
        String reason = full.lines().findFirst().orElse("");
        for (String line : (Iterable<String>) full.lines()::iterator) {
            if (line.startsWith("Caused by: ")) {
                reason = line.substring("Caused by: ".length());
            }
        }
        return reason;
    }

    /** The connector's state and its tasks': {@code connector RUNNING, task 0 FAILED}. */
    public String summary() {
        StringBuilder text = new StringBuilder("connector " + state);
        tasks.forEach(t -> text.append(", task ").append(t.id()).append(' ').append(t.state()));
        return text.toString();
    }

    @Override
    public String toString() {
        return name + " " + summary().substring("connector ".length());
    }
}
