package dev.cdclab.lab;

/**
 * What Debezium's own metrics say of the task behind one logical server name (the connector's
 * topic prefix), where the grader can see them. Connect's REST status says RUNNING as soon as a
 * task was started, before its snapshot ends, and forgets a deleted or stopped connector before
 * its task has exited; Debezium's streaming metrics tell both moments as an operator checks them.
 *
 * <pre>{@code
 * if (lab.connect().taskActivity(prefix) == TaskActivity.STREAMING) { ... }
 * }</pre>
 */
public enum TaskActivity {
    /** The worker's metrics cannot be seen from the grader (Connect in a container): only REST tells. */
    UNKNOWN,
    /** No task of that name is registered: it has exited, or has not started yet. */
    ABSENT,
    /** A task is registered and its streaming has not connected yet (it starts, or its snapshot runs). */
    STARTING,
    /** The task's streaming has connected to the database's log. */
    STREAMING
}
